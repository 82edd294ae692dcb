"""An undo that no longer fits (changed elsewhere meanwhile) is refused and changes nothing."""

from __future__ import annotations

from dataclasses import replace

import pytest

from altitude.domain.entities import Decision, InventoryItem, Mode, Person, WeeklyCheckIn
from altitude.services import ActionError, Altitude, Edit


def refused(svc: Altitude, edit: Edit[object], match: str) -> None:
    before = svc.reload()
    with pytest.raises(ActionError, match=match):
        svc.apply(edit.undo)
    assert svc.reload() == before


def test_an_item_whose_id_was_taken_meanwhile(sample: Altitude, elsewhere: Altitude) -> None:
    edit = sample.delete_item(11)
    elsewhere.add_item(InventoryItem("Re-created elsewhere", 1, Mode.EXECUTION, id=11))
    refused(sample, edit, "another item has its id")


def test_an_item_whose_delegation_was_deleted_meanwhile(
    sample: Altitude, elsewhere: Altitude
) -> None:
    edit = sample.delete_item(1)
    elsewhere.delete_delegation(1)
    refused(sample, edit, "a delegation of it was deleted or changed since")


def test_an_item_whose_logged_week_was_deleted_meanwhile(
    sample: Altitude, elsewhere: Altitude
) -> None:
    week = next(c.week for c in sample.state.checkins if any(i == 1 for i, _ in c.item_hours))
    edit = sample.delete_item(1)
    elsewhere.delete_checkin(week)
    refused(sample, edit, "a check-in with its hours was deleted since")


def test_a_person_whose_outcome_was_handed_on_meanwhile(
    sample: Altitude, elsewhere: Altitude
) -> None:
    edit = sample.delete_person(3)
    handed = elsewhere.state.delegation(4)
    assert handed is not None
    elsewhere.update_delegation(replace(handed, owner_id=1))
    refused(sample, edit, "deleted or handed on since")


def test_a_person_whose_id_was_taken_meanwhile(sample: Altitude, elsewhere: Altitude) -> None:
    edit = sample.delete_person(3)
    elsewhere.add_person(Person("Re-created elsewhere", id=3))
    refused(sample, edit, "another team member has their id")


def test_a_delegation_whose_owner_was_deleted_meanwhile(
    sample: Altitude, elsewhere: Altitude
) -> None:
    edit = sample.delete_delegation(2)
    elsewhere.delete_person(2)
    refused(sample, edit, "its owner was deleted since")


def test_a_week_logged_again_meanwhile(sample: Altitude, elsewhere: Altitude) -> None:
    week = sample.state.checkins[-1].week
    edit = sample.delete_checkin(week)
    elsewhere.record_checkin(WeeklyCheckIn(week, 30, 10))
    refused(sample, edit, "that week was logged again since")


def test_an_edit_of_an_item_deleted_meanwhile(sample: Altitude, elsewhere: Altitude) -> None:
    edit = sample.set_decision(5, Decision.STOP)
    elsewhere.delete_item(5)
    refused(sample, edit, "no inventory item with id 5")


def test_a_step_refused_half_way_keeps_none_of_the_others(
    sample: Altitude, elsewhere: Altitude
) -> None:
    """The undo of decide-and-delegate deletes the delegation, then puts back the decision:
    the item is gone, so the delegation is not deleted either."""
    edit = sample.decide_and_delegate(10, Decision.DELEGATE)
    elsewhere.delete_item(10)
    refused(sample, edit, "no inventory item with id 10")
    assert sample.state.delegation(edit.result.id or 0) is not None
