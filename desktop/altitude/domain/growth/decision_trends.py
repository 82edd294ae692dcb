"""The journal over time: how much your team decides, how long decisions wait.

A manager's output is the output of their organisation (Andy Grove, *High Output
Management*): decisions made by team members count, and a rising share of them is the
point of delegating. How long a question waited before it was decided is the other half
of Bezos' advice that reversible decisions should be made fast (2015/2016 letters).
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from altitude.domain.growth.decisions import Door, JournalEntry


@dataclass(frozen=True, slots=True)
class MonthShare:
    month: date  # the first of the month
    by_team: int
    total: int

    @property
    def share(self) -> float | None:
        """The percent decided by team members; None in a month without decisions."""
        return 100 * self.by_team / self.total if self.total else None


def _next_month(month: date) -> date:
    return date(month.year + month.month // 12, month.month % 12 + 1, 1)


def team_share_by_month(entries: Iterable[JournalEntry]) -> list[MonthShare]:
    """Every month from the first decision to the last, the empty ones included."""
    counts: dict[date, tuple[int, int]] = {}
    for e in entries:
        month = e.decided_on.replace(day=1)
        team, total = counts.get(month, (0, 0))
        counts[month] = (team + e.by_team, total + 1)
    if not counts:
        return []
    found: list[MonthShare] = []
    month, last = min(counts), max(counts)
    while month <= last:
        team, total = counts.get(month, (0, 0))
        found.append(MonthShare(month, team, total))
        month = _next_month(month)
    return found


@dataclass(frozen=True, slots=True)
class Wait:
    entry: JournalEntry
    days: int  # from the question first coming up to the decision


def waiting_days(entries: Iterable[JournalEntry]) -> list[Wait]:
    """How long each decision with a ``raised_on`` date waited, the longest first."""
    waits = [Wait(e, (e.decided_on - e.raised_on).days) for e in entries if e.raised_on is not None]
    return sorted(waits, key=lambda w: -w.days)


def median_wait(entries: Iterable[JournalEntry], door: Door | None = None) -> float | None:
    """The median wait in days, of one door's decisions when given; None without any."""
    days = [w.days for w in waiting_days(entries) if door is None or w.entry.door == door]
    return statistics.median(days) if days else None
