"""Time-share arithmetic: shares, glide path, projection, what-if, and what needs attention.

This is the one module to import from; shares, the glide path and the projection live in
``shares``, ``glide`` and ``trend`` to keep each file short, and are re-exported here.

**What-if rule.** ``what_if`` shows the split the week would have once every decision is
carried out. An item drops out (its hours are freed) when

- the user decided *delegate*, *coach then delegate* or *stop*, or
- it is the item of a delegation that has not been taken back (planned, handing over or
  owned).

Items the user keeps, and items still undecided, stay: only the user's own decision
counts here, never the app's recommendation.

**Boomerangs.** Hours logged in a check-in on an item whose delegation was handed over
(handing over or owned, started by the end of that week) mean the work came back.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise

from altitude.domain.entities import (
    Decision,
    Delegation,
    InventoryItem,
    Mode,
    Person,
    Plan,
    PlanState,
    Status,
    WeeklyCheckIn,
)
from altitude.domain.glide import GLIDE_WEEKDAY, glide_path, glide_target, glide_target_for_week
from altitude.domain.shares import (
    DEFAULT_ROLLING_WINDOW,
    Split,
    Track,
    WeekShare,
    format_hours,
    rolling_average,
    strategy_share,
    track,
    weekly_shares,
)
from altitude.domain.trend import DEFAULT_TREND_WINDOW, Projection, projection
from altitude.domain.weeks import IsoWeek

__all__ = [
    "DEFAULT_ROLLING_WINDOW",
    "DEFAULT_TREND_WINDOW",
    "GLIDE_WEEKDAY",
    "Boomerang",
    "Projection",
    "Split",
    "Track",
    "WeekShare",
    "boomerangs",
    "boomerangs_by_delegation",
    "checkin_due",
    "current_split",
    "day_of_horizon",
    "delegations_due",
    "format_hours",
    "glide_path",
    "glide_target",
    "glide_target_for_week",
    "hours_freed",
    "missing_weeks",
    "person_load",
    "projection",
    "rising_execution",
    "rolling_average",
    "strategy_share",
    "track",
    "weekly_shares",
    "what_if",
]

HANDED_OVER = frozenset({Status.HANDING_OVER, Status.OWNED})  # the work has left your desk
OPEN = frozenset({Status.PLANNED, Status.HANDING_OVER, Status.OWNED})  # not taken back
LETTING_GO = frozenset({Decision.DELEGATE, Decision.COACH, Decision.STOP})


@dataclass(frozen=True, slots=True)
class Boomerang:
    item_id: int
    item_title: str
    hours: float
    owner_name: str
    delegated_week: IsoWeek
    week: IsoWeek
    # The hand-over this undid (the ledger files the boomerang under it); not part of what
    # the boomerang *is*, so two equal findings compare equal whatever their source.
    delegation_id: int | None = field(default=None, compare=False)

    @property
    def message(self) -> str:
        return (
            f"You spent {format_hours(self.hours)} on {self.item_title}, "
            f"delegated to {self.owner_name} in {self.delegated_week}."
        )


def hours_freed(delegations: Sequence[Delegation]) -> float:
    """Hours a week given away by delegations that are handing over or owned."""
    return sum((d.hours_freed for d in delegations if d.status in HANDED_OVER), 0.0)


def _split(items: Sequence[InventoryItem]) -> Split:
    execution = sum((i.hours for i in items if i.mode == Mode.EXECUTION), 0.0)
    strategy = sum((i.hours for i in items if i.mode == Mode.STRATEGY), 0.0)
    return Split(execution, strategy)


def current_split(items: Sequence[InventoryItem]) -> Split:
    """The week as the inventory stands: hours by mode."""
    return _split(items)


def what_if(items: Sequence[InventoryItem], delegations: Sequence[Delegation] = ()) -> Split:
    """The split once every decision is carried out (the rule is in the module docstring)."""
    delegated = {d.item_id for d in delegations if d.item_id is not None and d.status in OPEN}
    staying = [
        i for i in items if i.decision not in LETTING_GO and (i.id is None or i.id not in delegated)
    ]
    return _split(staying)


def boomerangs(
    checkin: WeeklyCheckIn,
    items: Sequence[InventoryItem],
    delegations: Sequence[Delegation],
    people: Sequence[Person],
) -> list[Boomerang]:
    """Delegated items you still logged hours on in ``checkin``'s week, in check-in order."""
    return BoomerangFinder(items, delegations, people).find(checkin)


class BoomerangFinder:
    """Finds boomerangs week after week with the plan indexed once: ten years of weeks
    against a thousand delegations is then a lookup per logged item, not a scan."""

    def __init__(
        self,
        items: Sequence[InventoryItem],
        delegations: Sequence[Delegation],
        people: Sequence[Person],
    ) -> None:
        self.titles = {i.id: i.title for i in items if i.id is not None}
        self.names = {p.id: p.name for p in people if p.id is not None}
        self.handed: dict[int, list[Delegation]] = {}
        for d in delegations:
            if d.item_id is not None and d.status in HANDED_OVER:
                self.handed.setdefault(d.item_id, []).append(d)

    def find(self, checkin: WeeklyCheckIn) -> list[Boomerang]:
        return self.find_hours(checkin.week, checkin.item_hours)

    def find_hours(self, week: IsoWeek, item_hours: Iterable[tuple[int, float]]) -> list[Boomerang]:
        """The same from any week's hours per item: a check-in's, or time imported from a
        calendar or tracker (each rule that names an item feeds that item's hours)."""
        week_end = week.day(6)
        found = []
        for item_id, hours in item_hours:
            if not hours > 0:
                continue
            handed = [d for d in self.handed.get(item_id, ()) if d.started_on <= week_end]
            if not handed:
                continue
            latest = max(handed, key=lambda d: d.started_on)  # the hand-over that counts now
            owner = self.names.get(latest.owner_id) if latest.owner_id is not None else None
            found.append(
                Boomerang(
                    item_id=item_id,
                    item_title=self.titles.get(item_id, latest.outcome),
                    hours=hours,
                    owner_name=owner or "your team",
                    delegated_week=IsoWeek.of(latest.started_on),
                    week=week,
                    delegation_id=latest.id,
                )
            )
        return found


def boomerangs_by_delegation(state: PlanState) -> dict[int, list[Boomerang]]:
    """Each weekly boomerang, credited to the hand-over it undid (``Boomerang.delegation_id``),
    newest week first."""
    finder = BoomerangFinder(state.items, state.delegations, state.people)
    found: dict[int, list[Boomerang]] = {}
    for checkin in state.checkins:
        for b in finder.find(checkin):
            if b.delegation_id is not None:
                found.setdefault(b.delegation_id, []).append(b)
    for each in found.values():
        each.sort(key=lambda b: b.week, reverse=True)
    return found


def day_of_horizon(plan: Plan, today: date) -> int:
    """Day 1 is the start date; 0 or less before it, past ``horizon_days`` after the end."""
    return (today - plan.start_date).days + 1


def missing_weeks(
    checkins: Sequence[WeeklyCheckIn], since: IsoWeek, until: IsoWeek
) -> list[IsoWeek]:
    """Weeks from ``since`` to ``until`` (both included) without a check-in."""
    logged = {c.week for c in checkins}
    return [since + n for n in range(until - since + 1) if since + n not in logged]


def rising_execution(shares: Sequence[WeekShare], weeks: int = 2) -> bool:
    """Whether the execution share rose at each of the last ``weeks`` steps.

    A step runs from one logged week to the next; a skipped week does not break the run.
    """
    if weeks < 1:
        return False
    recent = sorted(shares, key=lambda s: s.week)[-(weeks + 1) :]
    if len(recent) < weeks + 1:
        return False
    return all(later.strategy_share < earlier.strategy_share for earlier, later in pairwise(recent))


def checkin_due(checkins: Sequence[WeeklyCheckIn], today: date, weekday: int) -> bool:
    """True from the check-in weekday (0 = Monday) on, until this week is logged."""
    this_week = IsoWeek.of(today)
    return today.weekday() >= weekday and all(c.week != this_week for c in checkins)


def delegations_due(delegations: Sequence[Delegation], until: date) -> list[Delegation]:
    """Open delegations with a check-in on or before ``until``, soonest first."""
    due = [
        d
        for d in delegations
        if d.status in OPEN and d.next_checkin is not None and d.next_checkin <= until
    ]
    return sorted(due, key=lambda d: d.next_checkin or until)


def person_load(person_id: int, delegations: Sequence[Delegation]) -> float:
    """Hours a week that ``person_id`` has taken over (handing over or owned)."""
    return hours_freed([d for d in delegations if d.owner_id == person_id])
