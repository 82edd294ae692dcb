"""The things a transition plan is made of. Plain, immutable values: no I/O.

Entities carry an ``id`` that is ``None`` until the store has saved them. Changes
are made with ``dataclasses.replace`` so every version can be kept for undo.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from altitude.domain.weeks import IsoWeek


class Mode(StrEnum):
    EXECUTION = "execution"
    STRATEGY = "strategy"


class Decision(StrEnum):
    UNDECIDED = "undecided"
    KEEP = "keep"
    DELEGATE = "delegate"
    COACH = "coach-then-delegate"
    STOP = "stop"


class Status(StrEnum):
    PLANNED = "planned"
    HANDING_OVER = "handing-over"
    OWNED = "owned"
    TAKEN_BACK = "taken-back"


class Theme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


DEFAULT_HORIZON_DAYS = 90
DEFAULT_MILESTONE_DAYS = (30, 60, 90)
DEFAULT_TOLERANCE = 5.0  # percentage points either side of the glide path


@dataclass(frozen=True, slots=True)
class Milestone:
    """A checkpoint ``day`` days after the start, with the strategy share due by then."""

    day: int
    target_share: float
    label: str = ""


@dataclass(frozen=True, slots=True)
class Plan:
    current_role: str
    new_role: str
    start_date: date
    horizon_end: date
    baseline_share: float  # percent of the week on strategy when the plan starts
    target_share: float  # percent of the week on strategy by the horizon end
    milestones: tuple[Milestone, ...] = ()
    motive: str = ""  # the answer to "Why do I want to lead?"
    identity: tuple[str, ...] = ()  # "who I need to become"
    tolerance: float = DEFAULT_TOLERANCE

    @property
    def horizon_days(self) -> int:
        return (self.horizon_end - self.start_date).days


def default_milestones(
    baseline: float, target: float, horizon_days: int = DEFAULT_HORIZON_DAYS
) -> tuple[Milestone, ...]:
    """30/60/90-day milestones on a straight line from baseline to target.

    Milestones past a shorter horizon are dropped; the horizon end is always one.
    """
    days = [d for d in DEFAULT_MILESTONE_DAYS if d < horizon_days] + [horizon_days]
    return tuple(
        Milestone(
            day=d,
            target_share=round(baseline + (target - baseline) * d / horizon_days, 1),
            label=f"{d} days",
        )
        for d in days
    )


def new_plan(
    current_role: str,
    new_role: str,
    start_date: date,
    baseline_share: float,
    target_share: float,
    horizon_days: int = DEFAULT_HORIZON_DAYS,
    motive: str = "",
    identity: tuple[str, ...] = (),
) -> Plan:
    return Plan(
        current_role=current_role,
        new_role=new_role,
        start_date=start_date,
        horizon_end=start_date + timedelta(days=horizon_days),
        baseline_share=baseline_share,
        target_share=target_share,
        milestones=default_milestones(baseline_share, target_share, horizon_days),
        motive=motive,
        identity=identity,
    )


@dataclass(frozen=True, slots=True)
class Factors:
    """The five weighing factors, each rated 1 (low) to 5 (high)."""

    leverage: int = 3  # how much more it yields when *you* do it
    only_you: int = 3  # how truly nobody else could do it
    risk: int = 3  # what it costs if it is done imperfectly
    growth: int = 3  # how much it would grow a team member
    attachment: int = 3  # how attached you are to doing it yourself

    def as_dict(self) -> dict[str, int]:
        return {
            "leverage": self.leverage,
            "only_you": self.only_you,
            "risk": self.risk,
            "growth": self.growth,
            "attachment": self.attachment,
        }


FACTOR_NAMES: tuple[str, ...] = ("leverage", "only_you", "risk", "growth", "attachment")


@dataclass(frozen=True, slots=True)
class InventoryItem:
    title: str
    hours: float  # per week
    mode: Mode
    factors: Factors = field(default_factory=Factors)
    decision: Decision = Decision.UNDECIDED
    notes: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    role: str = ""
    growth_goal: str = ""
    notes: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class DelegationCheckIn:
    on: date
    note: str
    on_track: bool


@dataclass(frozen=True, slots=True)
class LevelStep:
    """A planned level: reach ``level`` by ``week`` weeks after the delegation began."""

    week: int
    level: int


@dataclass(frozen=True, slots=True)
class LevelChange:
    """The actual level, as set on a date."""

    on: date
    level: int


@dataclass(frozen=True, slots=True)
class Delegation:
    outcome: str
    started_on: date
    owner_id: int | None = None
    item_id: int | None = None
    success_measure: str = ""
    level: int = 3
    cadence_days: int = 7
    next_checkin: date | None = None
    status: Status = Status.PLANNED
    taken_back_reason: str = ""
    hours_freed: float = 0.0
    checkins: tuple[DelegationCheckIn, ...] = ()
    level_plan: tuple[LevelStep, ...] = ()
    level_history: tuple[LevelChange, ...] = ()
    id: int | None = None


@dataclass(frozen=True, slots=True)
class ReflectionAnswer:
    prompt: str
    answer: str


@dataclass(frozen=True, slots=True)
class WeeklyCheckIn:
    week: IsoWeek
    execution_hours: float
    strategy_hours: float
    item_hours: tuple[tuple[int, float], ...] = ()  # (inventory item id, hours)
    note: str = ""
    answers: tuple[ReflectionAnswer, ...] = ()

    @property
    def total_hours(self) -> float:
        return self.execution_hours + self.strategy_hours


@dataclass(frozen=True, slots=True)
class Settings:
    checkin_weekday: int = 4  # 0 = Monday; Friday by default
    first_day_of_week: int = 0
    theme: Theme = Theme.SYSTEM
    backups_kept: int = 10


@dataclass(frozen=True, slots=True)
class PlanState:
    """Everything in one store, as the services hand it to the GUI and the CLI."""

    plan: Plan | None = None
    items: tuple[InventoryItem, ...] = ()
    people: tuple[Person, ...] = ()
    delegations: tuple[Delegation, ...] = ()
    checkins: tuple[WeeklyCheckIn, ...] = ()  # sorted by week
    settings: Settings = field(default_factory=Settings)

    def item(self, item_id: int) -> InventoryItem | None:
        return next((i for i in self.items if i.id == item_id), None)

    def person(self, person_id: int) -> Person | None:
        return next((p for p in self.people if p.id == person_id), None)

    def delegation(self, delegation_id: int) -> Delegation | None:
        return next((d for d in self.delegations if d.id == delegation_id), None)

    def checkin(self, week: IsoWeek) -> WeeklyCheckIn | None:
        return next((c for c in self.checkins if c.week == week), None)
