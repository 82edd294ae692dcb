"""Every undoable action: do → undo → redo → undo, compared with the whole saved state."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

import pytest

from altitude.domain.entities import (
    Decision,
    Delegation,
    Factors,
    InventoryItem,
    Mode,
    Person,
    Theme,
    WeeklyCheckIn,
)
from altitude.domain.weeks import IsoWeek
from altitude.services import Altitude, Edit

RoundTrip = Callable[[Altitude, Callable[[Altitude], Edit[object]]], Edit[object]]
TODAY = date(2026, 11, 23)  # the services' conftest clock
THIS_WEEK = IsoWeek.of(TODAY)  # the sample's last logged week is the one before


@dataclass(frozen=True)
class Note:
    delegation_id: int
    note: str
    on_track: bool


def _item(s: Altitude, item_id: int) -> InventoryItem:
    found = s.state.item(item_id)
    assert found is not None
    return found


def _delegation(s: Altitude, delegation_id: int) -> Delegation:
    found = s.state.delegation(delegation_id)
    assert found is not None
    return found


def _last_week(s: Altitude) -> WeeklyCheckIn:
    return s.state.checkins[-1]


ACTIONS: dict[str, Callable[[Altitude], Edit[object]]] = {
    "add an item": lambda s: s.add_item(InventoryItem("Code review", 4, Mode.EXECUTION)),
    "edit an item": lambda s: s.update_item(replace(_item(s, 5), title="Status", hours=1.5)),
    "decide": lambda s: s.set_decision(5, Decision.STOP),
    "weigh": lambda s: s.update_item(replace(s.state.item(5), factors=Factors(1, 2, 3, 4, 5))),  # type: ignore[arg-type]
    "delete an item with a delegation and logged hours": lambda s: s.delete_item(1),
    "add a person": lambda s: s.add_person(Person("Ana", "Engineer")),
    "edit a person": lambda s: s.update_person(replace(s.state.people[0], role="Staff")),
    "delete a person who owns two outcomes": lambda s: s.delete_person(3),
    "delegate an undecided item": lambda s: s.add_delegation(s.draft_from_item(5, 1)),
    "add a delegation without an item": lambda s: s.add_delegation(
        Delegation("Run the incident reviews", TODAY, owner_id=2)
    ),
    "edit a delegation and its level": lambda s: s.update_delegation(
        replace(_delegation(s, 4), success_measure="A goal by Monday", level=4)
    ),
    "start handing over": lambda s: s.start_handover(4),
    "mark owned": lambda s: s.mark_owned(2),
    "set a level": lambda s: s.set_level(1, 6),
    "take back": lambda s: s.take_back(2, "Two outages in one week"),
    "log a delegation check-in": lambda s: s.log_delegation_checkin(1, "Fine", True),
    "delete a delegation with its lists": lambda s: s.delete_delegation(1),
    "log a new week": lambda s: s.record_checkin(WeeklyCheckIn(THIS_WEEK, 20, 20)),
    "correct a week": lambda s: s.record_checkin(replace(_last_week(s), note="Corrected")),
    "delete a week": lambda s: s.delete_checkin(_last_week(s).week),
    "a week with its delegation notes": lambda s: s.record_checkin_with_notes(
        WeeklyCheckIn(THIS_WEEK, 20, 20),
        [Note(1, "Reviews are on time", True), Note(2, "Late again", False)],
        TODAY,
    ),
    "decide and delegate": lambda s: s.decide_and_delegate(10, Decision.DELEGATE),
    "edit the plan": lambda s: s.update_plan(replace(s.require_plan(), motive="To grow people")),
    "settings": lambda s: s.update_settings(
        replace(s.state.settings, theme=Theme.DARK, backups_kept=3)
    ),
}


@pytest.mark.parametrize("action", ACTIONS.values(), ids=ACTIONS.keys())
def test_undo_restores_the_state_before_and_redo_the_state_after(
    sample: Altitude, round_trip: RoundTrip, action: Callable[[Altitude], Edit[object]]
) -> None:
    round_trip(sample, action)


def test_redo_of_an_add_brings_it_back_under_the_same_id(sample: Altitude) -> None:
    edit = sample.add_item(InventoryItem("Code review", 4, Mode.EXECUTION))
    redo = sample.apply(edit.undo)
    assert sample.state.item(edit.result.id or 0) is None
    sample.apply(redo)
    assert sample.state.item(edit.result.id or 0) == edit.result


def test_compound_edits_are_one_step(sample: Altitude) -> None:
    before = sample.reload()
    edit = sample.decide_and_delegate(10, Decision.COACH)
    assert edit.result.item_id == 10 and _item(sample, 10).decision is Decision.COACH
    sample.apply(edit.undo)  # one apply takes back the decision and the delegation
    assert sample.reload() == before


def test_a_delegation_check_in_is_dated_as_asked(sample: Altitude) -> None:
    on = date(2026, 11, 22)
    sample.record_checkin_with_notes(WeeklyCheckIn(THIS_WEEK, 20, 20), [Note(1, "ok", True)], on)
    assert _delegation(sample, 1).checkins[-1].on == on
