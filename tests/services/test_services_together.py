"""Several actions as one transaction: an edit of the app that takes more than one."""

from __future__ import annotations

import pytest

from altitude.domain.entities import InventoryItem, Mode, Person, WeeklyCheckIn
from altitude.domain.validation import ValidationError
from altitude.domain.weeks import IsoWeek
from altitude.services import Altitude

WEEK = IsoWeek(2026, 48)


def test_actions_together_are_saved_together(svc: Altitude) -> None:
    with svc.together():
        svc.add_person(Person("Ana"))
        item = svc.add_item(InventoryItem("Reviews", 4, Mode.EXECUTION)).result
        svc.record_checkin(WeeklyCheckIn(WEEK, 4, 0, item_hours=((item.id, 4.0),)))  # type: ignore[arg-type]
    state = svc.state
    assert [p.name for p in state.people] == ["Ana"]
    assert state.checkin(WEEK) is not None


def test_a_refusal_half_way_keeps_none_of_them(svc: Altitude) -> None:
    before = svc.state
    with pytest.raises(ValidationError), svc.together():
        svc.add_person(Person("Ana"))
        svc.record_checkin(WeeklyCheckIn(WEEK, 30, 10))
        svc.record_checkin(WeeklyCheckIn(WEEK, -5, 10))  # refused: negative hours
    assert svc.state == before
    assert svc.state.people == () and svc.state.checkins == ()
