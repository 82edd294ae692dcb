"""Time-share arithmetic: shares, glide path, projection, what-if. (CONTRACT — being implemented.)"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from altitude.domain.entities import (
    Delegation,
    InventoryItem,
    Person,
    Plan,
    WeeklyCheckIn,
)
from altitude.domain.weeks import IsoWeek

DEFAULT_TREND_WINDOW = 6  # check-ins used for the projection
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


@dataclass(frozen=True, slots=True)
class Projection:
    slope_per_week: float  # percentage points per week
    reach_week: IsoWeek | None  # None: "not at this trend"
    points: tuple[tuple[IsoWeek, float], ...]  # the fitted line from the last check-in to reach_week (or a few weeks)
    reason: str  # one sentence for the user


@dataclass(frozen=True, slots=True)
class Split:
    execution_hours: float
    strategy_hours: float

    @property
    def strategy_share(self) -> float | None:
        ...

    @property
    def execution_share(self) -> float | None:
        ...


@dataclass(frozen=True, slots=True)
class Boomerang:
    item_id: int
    item_title: str
    hours: float
    owner_name: str
    delegated_week: IsoWeek
    week: IsoWeek

    @property
    def message(self) -> str:
        ...


def strategy_share(checkin: WeeklyCheckIn) -> float | None: ...
def weekly_shares(checkins: Sequence[WeeklyCheckIn]) -> list[WeekShare]: ...
def rolling_average(values: Sequence[float], window: int = DEFAULT_ROLLING_WINDOW) -> list[float]: ...
def glide_path(plan: Plan) -> list[tuple[date, float]]: ...
def glide_target(plan: Plan, day: date) -> float: ...
def glide_target_for_week(plan: Plan, week: IsoWeek) -> float: ...
def projection(plan: Plan, shares: Sequence[WeekShare], window: int = DEFAULT_TREND_WINDOW) -> Projection: ...
def track(actual: float, expected: float, tolerance: float) -> Track: ...
def hours_freed(delegations: Sequence[Delegation]) -> float: ...
def what_if(items: Sequence[InventoryItem], delegations: Sequence[Delegation] = ()) -> Split: ...
def current_split(items: Sequence[InventoryItem]) -> Split: ...
def boomerangs(checkin: WeeklyCheckIn, items: Sequence[InventoryItem], delegations: Sequence[Delegation], people: Sequence[Person]) -> list[Boomerang]: ...
def day_of_horizon(plan: Plan, today: date) -> int: ...
def missing_weeks(checkins: Sequence[WeeklyCheckIn], since: IsoWeek, until: IsoWeek) -> list[IsoWeek]: ...
def rising_execution(shares: Sequence[WeekShare], weeks: int = 2) -> bool: ...
def checkin_due(checkins: Sequence[WeeklyCheckIn], today: date, weekday: int) -> bool: ...
def delegations_due(delegations: Sequence[Delegation], until: date) -> list[Delegation]: ...
def person_load(person_id: int, delegations: Sequence[Delegation]) -> float: ...
