"""The decision journal's undo: do → undo → redo for every action, and the refusals."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest

from altitude.domain.growth.decisions import (
    DelegationLink,
    Door,
    JournalEntry,
    JournalReview,
    PersonLink,
    Quality,
)
from altitude.services import Altitude, Edit
from altitude.services.undo.changes import PutDecision, RestoreDecision

from .conftest import TODAY, RoundTrip
from .test_undo_refusals import refused

LATER = date(2027, 3, 1)  # after every sample decision's review date


def _new() -> JournalEntry:
    return JournalEntry(
        decision="Move the stand-up to ten",
        kind="process",
        door=Door.TWO_WAY,
        decided_on=TODAY,
        review_on=date(2026, 12, 14),
        information=70,
        chosen="Ten",
        expected="Everyone is on time",
        expected_by=date(2026, 12, 15),
        confidence=75,
        options=("Ten", "Half past nine"),
        people=(PersonLink(1),),
        delegations=(DelegationLink(1),),
    )


def _entry(s: Altitude, entry_id: int) -> JournalEntry:
    return s.decision(entry_id)


REVIEW = JournalReview(TODAY, True, Quality.GOOD, Quality.POOR, "It held")

ACTIONS: dict[str, Callable[[Altitude], Edit[object]]] = {
    "record a decision": lambda s: s.record_decision(_new()),
    "correct one before its review": lambda s: s.amend_decision(
        replace(_entry(s, 5), confidence=55, rationale="Two pages a week is too many")
    ),
    "review it": lambda s: s.review_decision(3, REVIEW),
    "rewrite a review": lambda s: s.review_decision(1, REVIEW),
    "add a later thought": lambda s: s.add_hindsight(2, "The freeze calendar matters"),
    "delete one with its links, review and notes": lambda s: s.delete_decision(2),
}


@pytest.mark.parametrize("action", ACTIONS.values(), ids=ACTIONS.keys())
def test_undo_restores_the_journal_before_and_redo_after(
    sample: Altitude, round_trip: RoundTrip, action: Callable[[Altitude], Edit[object]]
) -> None:
    round_trip(sample, action)


def test_the_undo_of_a_later_thought_after_the_review_date_takes_only_it_back(
    sample: Altitude, round_trip: RoundTrip
) -> None:
    # Past the review, amend refuses to drop a hindsight note; the undo still can, because
    # it puts back the entry exactly as it was a moment ago.
    sample.clock = lambda: LATER
    before = _entry(sample, 1)
    edit = round_trip(sample, lambda s: s.add_hindsight(1, "Priya was ready sooner"))
    assert edit.undo == PutDecision(before)
    assert _entry(sample, 1) == before


def test_a_delete_comes_back_under_its_id_with_every_link(sample: Altitude) -> None:
    before = _entry(sample, 1)
    edit = sample.delete_decision(1)
    assert edit.undo == RestoreDecision(before)
    assert all(e.id != 1 for e in sample.state.journal)
    sample.apply(edit.undo)
    assert _entry(sample, 1) == before
    assert before.people and before.delegations and before.items and before.reviews


def test_a_restore_is_refused_when_a_linked_delegation_is_gone(
    sample: Altitude, elsewhere: Altitude
) -> None:
    edit = sample.delete_decision(1)
    elsewhere.delete_delegation(1)
    refused(sample, edit, "cannot come back: a delegation it is linked to was deleted since")


def test_a_restore_is_refused_when_its_maker_is_gone(sample: Altitude, elsewhere: Altitude) -> None:
    edit = sample.delete_decision(4)  # made by team member 2
    elsewhere.delete_person(2)
    refused(sample, edit, "the team member who made it was deleted since")


def test_a_restore_is_refused_when_its_id_was_taken(sample: Altitude, elsewhere: Altitude) -> None:
    edit = sample.delete_decision(5)
    elsewhere.restore_decision(replace(_new(), id=5))
    refused(sample, edit, "another decision has its id")


def test_undoing_an_edit_of_a_decision_deleted_meanwhile_is_refused(
    sample: Altitude, elsewhere: Altitude
) -> None:
    edit = sample.add_hindsight(2, "A thought")
    elsewhere.delete_decision(2)
    refused(sample, edit, "no decision with id 2")
