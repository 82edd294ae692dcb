from __future__ import annotations

from datetime import date, timedelta

import pytest

from altitude.domain import metrics
from altitude.domain.entities import Decision, InventoryItem, Mode, Person, Status, WeeklyCheckIn
from altitude.domain.validation import ValidationError
from altitude.domain.weeks import IsoWeek
from altitude.services import ActionError, Altitude

TODAY = date(2026, 11, 23)


@pytest.fixture
def setup(svc: Altitude) -> tuple[Altitude, int, int]:
    item = svc.add_item(InventoryItem("Release sign-off", 4, Mode.EXECUTION)).result
    sam = svc.add_person(Person("Sam", "Senior engineer")).result
    return svc, item.id or 0, sam.id or 0


def test_delegating_an_item_prefills_it_and_frees_its_hours(setup) -> None:  # type: ignore[no-untyped-def]
    svc, item_id, sam_id = setup
    draft = svc.draft_from_item(item_id, owner_id=sam_id)
    assert draft.outcome == "Release sign-off" and draft.hours_freed == 4
    saved = svc.add_delegation(draft).result
    state = svc.state
    assert state.item(item_id).decision is Decision.DELEGATE  # type: ignore[union-attr]
    assert metrics.hours_freed(state.delegations) == 0  # planned: not freed yet
    svc.start_handover(saved.id or 0)
    assert metrics.hours_freed(svc.state.delegations) == 4
    assert metrics.what_if(svc.state.items, svc.state.delegations).execution_hours == 0


def test_take_back_needs_a_reason_and_keeps_it(setup) -> None:  # type: ignore[no-untyped-def]
    svc, item_id, sam_id = setup
    d = svc.add_delegation(svc.draft_from_item(item_id, sam_id)).result
    with pytest.raises(ValidationError):
        svc.take_back(d.id or 0, "   ")
    assert svc.reload().delegations[0].status is Status.PLANNED
    svc.take_back(d.id or 0, "A release went out broken")
    back = svc.reload().delegations[0]
    assert back.status is Status.TAKEN_BACK
    assert back.taken_back_reason == "A release went out broken"
    with pytest.raises(ActionError):
        svc.mark_owned(d.id or 0)


def test_level_changes_are_kept_as_history(setup) -> None:  # type: ignore[no-untyped-def]
    svc, item_id, sam_id = setup
    d = svc.add_delegation(svc.draft_from_item(item_id, sam_id)).result
    svc.set_level(d.id or 0, 5)
    levels = [h.level for h in svc.reload().delegations[0].level_history]
    assert levels == [3, 5]


def test_logging_a_delegation_checkin_moves_the_next_date(setup) -> None:  # type: ignore[no-untyped-def]
    svc, item_id, sam_id = setup
    d = svc.add_delegation(svc.draft_from_item(item_id, sam_id)).result
    svc.log_delegation_checkin(d.id or 0, "Going well", True)
    saved = svc.reload().delegations[0]
    assert saved.checkins[-1].note == "Going well" and saved.checkins[-1].on_track
    assert saved.next_checkin == TODAY + timedelta(days=7)


def test_hours_logged_on_a_delegated_item_are_a_boomerang(setup) -> None:  # type: ignore[no-untyped-def]
    svc, item_id, sam_id = setup
    d = svc.add_delegation(svc.draft_from_item(item_id, sam_id)).result
    svc.mark_owned(d.id or 0)
    week = IsoWeek.of(TODAY)
    checkin = WeeklyCheckIn(week, 30, 10, item_hours=((item_id, 3.0), (item_id + 1000, 0.0)))
    found = svc.boomerangs(checkin)
    assert len(found) == 1 and found[0].hours == 3 and found[0].owner_name == "Sam"
    assert "Release sign-off" in found[0].message and "Sam" in found[0].message


def test_a_delegation_to_an_unknown_person_is_refused(setup) -> None:  # type: ignore[no-untyped-def]
    svc, item_id, _ = setup
    with pytest.raises(ValidationError) as caught:
        svc.add_delegation(svc.draft_from_item(item_id, owner_id=999))
    assert "owner_id" in caught.value.errors
    assert svc.reload().delegations == ()


def test_started_on_is_today_by_the_injected_clock(setup) -> None:  # type: ignore[no-untyped-def]
    svc, item_id, _ = setup
    svc.clock = lambda: date(2027, 1, 4)
    assert svc.draft_from_item(item_id).started_on == date(2027, 1, 4)
