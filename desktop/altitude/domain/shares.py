"""Shares of the week: how many of the hours went to strategy, week by week.

Import these through ``altitude.domain.metrics``; this module only keeps that one small.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from altitude.domain.entities import WeeklyCheckIn
from altitude.domain.weeks import IsoWeek
from altitude.i18n import formats

DEFAULT_ROLLING_WINDOW = 4


class Track(StrEnum):
    AHEAD = "ahead"
    ON_TRACK = "on track"
    BEHIND = "behind"


@dataclass(frozen=True, slots=True)
class WeekShare:
    week: IsoWeek
    strategy_share: float  # percent, 0-100
    execution_hours: float
    strategy_hours: float

    @property
    def execution_share(self) -> float:
        return 100.0 - self.strategy_share


def _percent(part: float, total: float) -> float | None:
    """``part`` as a percentage of ``total``; None when there is nothing to divide."""
    if not (math.isfinite(total) and total > 0 and math.isfinite(part)):
        return None
    # Clamped so that inconsistent hours (a negative part) can never leave 0-100.
    return min(100.0, max(0.0, 100.0 * part / total))


@dataclass(frozen=True, slots=True)
class Split:
    execution_hours: float
    strategy_hours: float

    @property
    def total_hours(self) -> float:
        return self.execution_hours + self.strategy_hours

    @property
    def strategy_share(self) -> float | None:
        return _percent(self.strategy_hours, self.total_hours)

    @property
    def execution_share(self) -> float | None:
        return _percent(self.execution_hours, self.total_hours)


def strategy_share(checkin: WeeklyCheckIn) -> float | None:
    """Percent of the check-in's hours spent on strategy; None for an empty week."""
    return _percent(checkin.strategy_hours, checkin.total_hours)


def weekly_shares(checkins: Sequence[WeeklyCheckIn]) -> list[WeekShare]:
    """One WeekShare per check-in that has any hours, sorted by week."""
    shares = []
    for checkin in checkins:
        share = strategy_share(checkin)
        if share is not None:
            shares.append(
                WeekShare(checkin.week, share, checkin.execution_hours, checkin.strategy_hours)
            )
    return sorted(shares, key=lambda s: s.week)


def rolling_average(values: Sequence[float], window: int = DEFAULT_ROLLING_WINDOW) -> list[float]:
    """Trailing mean of up to ``window`` values ending at each position (same length)."""
    if window < 1:
        raise ValueError(f"the rolling window must be at least 1, not {window}")
    averages = []
    for end in range(1, len(values) + 1):
        recent = values[max(0, end - window) : end]
        mean = math.fsum(recent) / len(recent)
        # Rounding can push a mean of equal values one ulp outside them; keep it inside.
        averages.append(min(max(recent), max(min(recent), mean)))
    return averages


def track(actual: float, expected: float, tolerance: float) -> Track:
    """Ahead, on track (within ``tolerance`` points either side) or behind."""
    if abs(actual - expected) <= tolerance:
        return Track.ON_TRACK
    return Track.AHEAD if actual > expected else Track.BEHIND


def format_hours(hours: float) -> str:
    """Hours as a person writes them: ``3 h``, ``2.5 h``, ``0.25 h`` (in the GUI, in the
    app's language: ``2,5 Std.``; the CLI stays English)."""
    if not math.isfinite(hours):
        return f"{hours} h"
    return formats.hours(hours, 2)
