"""What-if, hours freed, boomerangs and the "needs attention" helpers."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from altitude.domain.entities import (
    Decision,
    Delegation,
    InventoryItem,
    Mode,
    Person,
    Status,
    WeeklyCheckIn,
    new_plan,
)
from altitude.domain.metrics import (
    Boomerang,
    BoomerangFinder,
    WeekShare,
    boomerangs,
    checkin_due,
    current_split,
    day_of_horizon,
    delegations_due,
    hours_freed,
    missing_weeks,
    person_load,
    rising_execution,
    what_if,
)
from altitude.domain.weeks import IsoWeek

W03 = IsoWeek(2026, 3)  # Monday 2026-01-12 to Sunday 2026-01-18


def item(
    item_id: int, hours: float, mode: Mode = Mode.EXECUTION, decision: Decision = Decision.UNDECIDED
) -> InventoryItem:
    return InventoryItem(f"Item {item_id}", hours, mode, decision=decision, id=item_id)


def delegation(
    item_id: int | None = None,
    status: Status = Status.OWNED,
    hours: float = 0.0,
    owner_id: int | None = None,
    started_on: date = date(2026, 1, 14),
    next_checkin: date | None = None,
) -> Delegation:
    return Delegation(
        "An outcome",
        started_on,
        owner_id=owner_id,
        item_id=item_id,
        status=status,
        hours_freed=hours,
        next_checkin=next_checkin,
    )


def test_hours_freed_counts_only_work_that_left_your_desk() -> None:
    ledger = [
        delegation(status=Status.PLANNED, hours=8),
        delegation(status=Status.HANDING_OVER, hours=3),
        delegation(status=Status.OWNED, hours=2.5),
        delegation(status=Status.TAKEN_BACK, hours=5),
    ]
    assert hours_freed(ledger) == 5.5
    assert hours_freed([]) == 0


def test_current_split_sums_hours_by_mode() -> None:
    split = current_split([item(1, 10), item(2, 5, Mode.STRATEGY), item(3, 2.5)])
    assert (split.execution_hours, split.strategy_hours) == (12.5, 5)


def test_what_if_drops_what_you_decided_to_let_go() -> None:
    items = [
        item(1, 10, decision=Decision.KEEP),
        item(2, 6, decision=Decision.DELEGATE),
        item(3, 4, decision=Decision.COACH),
        item(4, 3, decision=Decision.STOP),
        item(5, 2, decision=Decision.UNDECIDED),
        item(6, 5, Mode.STRATEGY, decision=Decision.KEEP),
        item(7, 1, Mode.STRATEGY, decision=Decision.STOP),
    ]
    split = what_if(items)
    assert (split.execution_hours, split.strategy_hours) == (12, 5)


def test_what_if_drops_items_under_any_delegation_not_taken_back() -> None:
    items = [item(1, 10), item(2, 6), item(3, 4), item(4, 3)]
    ledger = [
        delegation(item_id=1, status=Status.PLANNED),
        delegation(item_id=2, status=Status.OWNED),
        delegation(item_id=3, status=Status.TAKEN_BACK),
        delegation(item_id=None, status=Status.OWNED),
    ]
    assert what_if(items, ledger).execution_hours == 7
    assert what_if(items).execution_hours == 23  # without the ledger, nothing is decided


def test_what_if_of_nothing_is_an_empty_week() -> None:
    assert what_if([]).strategy_share is None


def test_boomerang_names_the_item_the_owner_and_the_week() -> None:
    items = [InventoryItem("Release sign-off", 4, Mode.EXECUTION, id=7)]
    people = [Person("Sam", id=2)]
    ledger = [delegation(item_id=7, owner_id=2, started_on=date(2026, 1, 14))]
    checkin = WeeklyCheckIn(W03, 30, 10, item_hours=((7, 3.0),))
    assert boomerangs(checkin, items, ledger, people) == [
        Boomerang(7, "Release sign-off", 3.0, "Sam", W03, W03)
    ]
    [found] = boomerangs(checkin, items, ledger, people)
    assert found.message == "You spent 3 h on Release sign-off, delegated to Sam in 2026-W03."


def test_a_boomerang_is_filed_under_the_latest_hand_over_of_its_week() -> None:
    # Handed to Sam, taken back, handed to Ana the week after: hours in W03 undo Sam's
    # hand-over (the latest started by then); the finder, indexed once, agrees week by week.
    items = [InventoryItem("Release sign-off", 4, Mode.EXECUTION, id=7)]
    people = [Person("Sam", id=2), Person("Ana", id=3)]
    ledger = [
        replace(delegation(item_id=7, owner_id=2, started_on=date(2026, 1, 2)), id=10),
        replace(delegation(item_id=7, owner_id=3, started_on=date(2026, 1, 19)), id=11),
        replace(
            delegation(item_id=7, status=Status.TAKEN_BACK, started_on=date(2026, 1, 5)), id=12
        ),
    ]
    weeks = [WeeklyCheckIn(W03 + n, 30, 10, item_hours=((7, 1.0 + n),)) for n in range(3)]
    finder = BoomerangFinder(items, ledger, people)
    found = [b for c in weeks for b in finder.find(c)]
    assert [(b.week, b.owner_name, b.delegation_id) for b in found] == [
        (W03, "Sam", 10),
        (W03 + 1, "Ana", 11),
        (W03 + 2, "Ana", 11),
    ]
    assert found == [b for c in weeks for b in boomerangs(c, items, ledger, people)]


def test_boomerang_without_an_owner_blames_your_team_and_formats_half_hours() -> None:
    items = [InventoryItem("Hiring loop", 4, Mode.EXECUTION, id=1)]
    ledger = [delegation(item_id=1, status=Status.HANDING_OVER, started_on=date(2026, 1, 2))]
    checkin = WeeklyCheckIn(W03, 30, 10, item_hours=((1, 2.5),))
    [found] = boomerangs(checkin, items, ledger, [])
    assert found.message == "You spent 2.5 h on Hiring loop, delegated to your team in 2026-W01."


@pytest.mark.parametrize(
    "ledger",
    [
        [delegation(item_id=7, status=Status.PLANNED)],
        [delegation(item_id=7, status=Status.TAKEN_BACK)],
        [delegation(item_id=7, started_on=date(2026, 1, 19))],  # the Monday after
        [delegation(item_id=8)],
        [],
    ],
)
def test_no_boomerang_unless_the_item_was_handed_over_by_that_week(
    ledger: list[Delegation],
) -> None:
    checkin = WeeklyCheckIn(W03, 30, 10, item_hours=((7, 3.0),))
    assert boomerangs(checkin, [item(7, 4)], ledger, []) == []


def test_no_boomerang_for_zero_hours_and_the_sunday_still_counts() -> None:
    ledger = [delegation(item_id=7, started_on=date(2026, 1, 18)), delegation(item_id=8)]
    checkin = WeeklyCheckIn(W03, 30, 10, item_hours=((7, 3.0), (8, 0.0)))
    assert [b.item_id for b in boomerangs(checkin, [item(7, 4), item(8, 4)], ledger, [])] == [7]


def test_boomerang_of_a_deleted_item_uses_the_outcome() -> None:
    ledger = [delegation(item_id=9)]
    checkin = WeeklyCheckIn(W03, 30, 10, item_hours=((9, 1.0),))
    assert boomerangs(checkin, [], ledger, [])[0].item_title == "An outcome"


def test_day_of_horizon_counts_the_start_as_day_one() -> None:
    p = new_plan("Engineer", "Manager", date(2026, 1, 5), 20, 50)
    assert day_of_horizon(p, date(2026, 1, 5)) == 1
    assert day_of_horizon(p, date(2026, 1, 4)) == 0
    assert day_of_horizon(p, date(2026, 1, 1)) == -3
    assert day_of_horizon(p, date(2026, 4, 5)) == 91


def test_missing_weeks_lists_the_gaps_across_a_year_end() -> None:
    logged = [WeeklyCheckIn(IsoWeek(2026, 52), 1, 1), WeeklyCheckIn(IsoWeek(2027, 2), 1, 1)]
    assert missing_weeks(logged, IsoWeek(2026, 51), IsoWeek(2027, 3)) == [
        IsoWeek(2026, 51),
        IsoWeek(2026, 53),
        IsoWeek(2027, 1),
        IsoWeek(2027, 3),
    ]
    assert missing_weeks(logged, IsoWeek(2027, 3), IsoWeek(2027, 1)) == []


def shares(*values: float) -> list[WeekShare]:
    return [WeekShare(W03 + i, v, 0, 0) for i, v in enumerate(values)]


def test_rising_execution_needs_every_recent_step_to_rise() -> None:
    assert rising_execution(shares(40, 35, 30))  # strategy falling = execution rising
    assert rising_execution(shares(50, 60, 40, 35, 30))
    assert not rising_execution(shares(40, 30, 30))
    assert not rising_execution(shares(40, 30, 35))
    assert not rising_execution(shares(40, 30))  # not enough weeks
    assert rising_execution(shares(40, 30), weeks=1)
    assert rising_execution(shares(50, 40, 30, 20), weeks=3)
    assert not rising_execution(shares(50, 40, 30), weeks=0)


def test_rising_execution_looks_at_the_latest_weeks_whatever_the_order() -> None:
    assert rising_execution(shares(40, 35, 30)[::-1])


def test_checkin_is_due_from_the_chosen_weekday_until_logged() -> None:
    friday, thursday, sunday = date(2026, 1, 16), date(2026, 1, 15), date(2026, 1, 18)
    assert checkin_due([], friday, weekday=4)
    assert checkin_due([], sunday, weekday=4)
    assert not checkin_due([], thursday, weekday=4)
    assert not checkin_due([WeeklyCheckIn(W03, 30, 10)], friday, weekday=4)
    assert checkin_due([WeeklyCheckIn(W03 + -1, 30, 10)], friday, weekday=4)


def test_delegations_due_are_open_ones_with_a_date_soonest_first() -> None:
    today = date(2026, 1, 16)
    later = delegation(next_checkin=today, status=Status.PLANNED)
    sooner = delegation(next_checkin=today - timedelta(days=3), status=Status.HANDING_OVER)
    ledger = [
        later,
        delegation(next_checkin=today + timedelta(days=1)),
        delegation(next_checkin=None),
        delegation(next_checkin=today, status=Status.TAKEN_BACK),
        sooner,
    ]
    assert delegations_due(ledger, today) == [sooner, later]


def test_person_load_sums_what_they_took_over() -> None:
    ledger = [
        delegation(owner_id=1, hours=3, status=Status.OWNED),
        delegation(owner_id=1, hours=2, status=Status.HANDING_OVER),
        delegation(owner_id=1, hours=9, status=Status.PLANNED),
        delegation(owner_id=1, hours=9, status=Status.TAKEN_BACK),
        delegation(owner_id=2, hours=4, status=Status.OWNED),
    ]
    assert person_load(1, ledger) == 5
    assert person_load(3, ledger) == 0
