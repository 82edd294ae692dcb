"""The projection: when will the strategy share reach the target at the current trend?

A least-squares line through the last ``window`` weekly shares, with x the whole weeks
since the first of them (a skipped week leaves a gap rather than squashing the line).

- fewer than three shares: no projection ("Log at least three check-ins ...");
- the latest share is at or above the target: reached, in the latest week;
- the line is flat or falling: not at this trend;
- otherwise the first week after the latest one where the line reaches the target,
  unless that is more than ``HORIZON_WEEKS`` (two years) away: not at this trend.

``points`` is the fitted line from the latest week to the reach week (inclusive) or, with
no reach week, ``AHEAD_WEEKS`` weeks ahead; values are clamped to 0-100 for drawing.

Import these through ``altitude.domain.metrics`` (this module is not called
``projection`` so that the function of that name never shadows a module).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from altitude.domain.entities import Plan
from altitude.domain.shares import WeekShare
from altitude.domain.weeks import IsoWeek
from altitude.i18n import QT_TRANSLATE_N_NOOP, QT_TRANSLATE_NOOP, formats, translate
from altitude.i18n.sentence import Local, Sentence

DEFAULT_TREND_WINDOW = 6  # check-ins used for the projection
MIN_POINTS = 3
HORIZON_WEEKS = 104  # beyond two years a trend says nothing useful
AHEAD_WEEKS = 8  # how far the line is drawn when the target is not in reach
_FLAT = 1e-9  # slopes this small are rounding noise, not a trend
_EPSILON = 1e-6  # lets an exactly linear series land on its week despite rounding


@dataclass(frozen=True, slots=True)
class Projection:
    slope_per_week: float  # percentage points per week
    reach_week: IsoWeek | None  # None: "not at this trend"
    points: tuple[tuple[IsoWeek, float], ...]  # fitted line, latest check-in onwards
    words: Sentence  # one sentence for the user (``reason`` in English)

    @property
    def reason(self) -> str:
        return self.words.english()


def _fit(xs: Sequence[int], ys: Sequence[float]) -> tuple[float, float]:
    """Intercept and slope of the least-squares line through (xs, ys)."""
    n = len(xs)
    mean_x = math.fsum(xs) / n
    mean_y = math.fsum(ys) / n
    sxx = math.fsum((x - mean_x) ** 2 for x in xs)
    sxy = math.fsum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
    slope = sxy / sxx if sxx else 0.0
    return mean_y - slope * mean_x, slope


def _clamp(share: float) -> float:
    return min(100.0, max(0.0, share))


def _signed(slope: float) -> Local:
    """Points a week: "+1.5" for the CLI, "+1,5" in German."""
    sign = "+" if slope >= 0 else ""
    return Local(f"{slope:+.1f}", lambda: sign + formats.number(slope, 1))


def _week(week: IsoWeek) -> Local:
    """The CLI's ISO week (2026-W50); the GUI's "the week of 14 Dec 2026"."""
    return Local(
        str(week),
        lambda: translate("Trend", "the week of {0}").format(formats.day(week.monday())),
    )


def _pct(share: float) -> str:
    return f"{share:.1f}".rstrip("0").rstrip(".") + "%"


def projection(
    plan: Plan, shares: Sequence[WeekShare], window: int = DEFAULT_TREND_WINDOW
) -> Projection:
    """Where the recent trend leads, as a reach week and a line to draw."""
    recent = sorted(shares, key=lambda s: s.week)[-window:] if window > 0 else []
    if len(recent) < MIN_POINTS:
        words = Sentence(
            "Trend", QT_TRANSLATE_NOOP("Trend", "Log at least three check-ins to see a projection.")
        )
        return Projection(0.0, None, (), words)

    first, latest = recent[0], recent[-1]
    xs = [s.week - first.week for s in recent]
    intercept, slope = _fit(xs, [s.strategy_share for s in recent])
    last_x = xs[-1]

    def line(until_x: int) -> tuple[tuple[IsoWeek, float], ...]:
        return tuple(
            (first.week + x, _clamp(intercept + slope * x)) for x in range(last_x, until_x + 1)
        )

    target = plan.target_share
    if latest.strategy_share >= target:
        reason = Sentence(
            "Trend",
            QT_TRANSLATE_NOOP("Trend", "You reached your target of {0} strategy in {1}."),
            (_pct(target), _week(latest.week)),
        )
        return Projection(slope, latest.week, line(last_x), reason)
    if slope <= _FLAT:
        reason = Sentence(
            "Trend",
            QT_TRANSLATE_NOOP(
                "Trend",
                "Not at this trend: your strategy share is flat or falling, so it will not "
                "reach {0}.",
            ),
            (_pct(target),),
        )
        return Projection(slope, None, line(last_x + AHEAD_WEEKS), reason)

    weeks_from_first = (target - intercept) / slope
    reach_x = (
        max(last_x + 1, math.ceil(weeks_from_first - _EPSILON))
        if math.isfinite(weeks_from_first)
        else last_x + HORIZON_WEEKS + 1  # a target that is not a number is never reached
    )
    if reach_x - last_x > HORIZON_WEEKS:
        reason = Sentence(
            "Trend",
            QT_TRANSLATE_NOOP(
                "Trend", "Not at this trend: at {0} points a week, {1} is more than two years away."
            ),
            (_signed(slope), _pct(target)),
        )
        return Projection(slope, None, line(last_x + AHEAD_WEEKS), reason)

    reach_week = first.week + reach_x
    weeks = reach_x - last_x
    reason = Sentence(
        "Trend",
        QT_TRANSLATE_N_NOOP(
            "Trend",
            "At {0} points a week you reach {1} strategy in {2}, %n week(s) from your latest "
            "check-in.",
        ),
        (_signed(slope), _pct(target), _week(reach_week)),
        weeks,
    )
    return Projection(slope, reach_week, line(reach_x), reason)
