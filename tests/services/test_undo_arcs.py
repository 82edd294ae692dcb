"""Thinking in arcs' edits: do → undo → redo → undo, compared with the whole saved state;
a deleted version, person, function or review comes back under its id with its lists and
the links others had to it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from altitude.domain.arcs.described import ActionItemLink
from altitude.domain.arcs.functions import BusinessFunction
from altitude.domain.arcs.reviews import MilestoneReview
from altitude.domain.arcs.stakeholders import (
    BossConversation,
    BossTopic,
    Stance,
)
from altitude.services import ActionError, Altitude, Edit
from altitude.services.undo.arcs_changes import RestoreStakeholder

from .conftest import BOSS, PEER, STORY, TODAY, RoundTrip

ACTIONS: dict[str, Callable[[Altitude], Edit[object]]] = {
    "write a narrative": lambda s: s.write_narrative(replace(STORY, written_on=TODAY)),
    "delete a narrative version": lambda s: s.delete_narrative_version(1),
    "add a stakeholder": lambda s: s.add_stakeholder(replace(PEER, name="Kofi Mensah")),
    "edit a stakeholder": lambda s: s.update_stakeholder(
        replace(s.known_stakeholder(2), trust=5, stance=Stance.CONVINCIBLE)
    ),
    "delete the person a function learns from": lambda s: s.delete_stakeholder(2),
    "delete the boss": lambda s: s.delete_stakeholder(1),
    "log a contact": lambda s: s.log_contact(2, note="Coffee"),
    "hold a conversation": lambda s: s.hold_conversation(
        1, BossConversation(BossTopic.RESOURCES, TODAY, "One more engineer")
    ),
    "add a function": lambda s: s.add_function(BusinessFunction(name="Legal")),
    "edit a function": lambda s: s.update_function(
        replace(s.known_function(1), could_explain=4, still_unclear="Accruals")
    ),
    "delete a function with touches": lambda s: s.delete_function(1),
    "touch a function": lambda s: s.touch_function(2, note="Ticket review"),
    "add the default functions": lambda s: s.add_default_functions(),
    "record a review": lambda s: s.record_review(MilestoneReview(90, TODAY, start="Roadmaps")),
    "record a day's review again": lambda s: s.record_review(
        MilestoneReview(30, TODAY, stop="Reviewing PRs")
    ),
    "delete a review": lambda s: s.delete_review(30),
}


@pytest.mark.parametrize("name", ACTIONS)
def test_every_arcs_edit_undoes_and_redoes(
    arcs: Altitude, round_trip: RoundTrip, name: str
) -> None:
    round_trip(arcs, ACTIONS[name])


def test_a_new_narrative_is_always_a_new_version(arcs: Altitude) -> None:
    first = arcs.state.narratives[0]
    saved = arcs.write_narrative(replace(first, written_on=TODAY, diagnosis="Sharper now")).result
    assert saved.id not in (first.id, None)
    assert [v.id for v in arcs.state.narratives] == [1, 2, saved.id]
    assert arcs.narrative_version(first.id).diagnosis == first.diagnosis  # kept as written


def test_the_undo_of_deleting_a_person_links_the_functions_again(arcs: Altitude) -> None:
    edit = arcs.delete_stakeholder(2)
    assert arcs.known_function(1).learn_from_id is None  # the function stays, with no one
    assert isinstance(edit.undo, RestoreStakeholder)
    arcs.apply(edit.undo)
    assert arcs.known_function(1).learn_from_id == 2
    assert arcs.known_stakeholder(2) == edit.result.stakeholder


def test_deleting_an_item_cuts_a_narrative_link_and_its_undo_puts_it_back(
    arcs: Altitude,
) -> None:
    before = arcs.narrative_version(1)
    edit = arcs.delete_item(9)
    assert arcs.narrative_version(1).actions[2].items == (ActionItemLink(8),)
    arcs.apply(edit.undo)
    assert arcs.narrative_version(1) == before  # the link back at its place


def test_deleting_a_delegation_cuts_an_action_link_and_its_undo_puts_it_back(
    arcs: Altitude,
) -> None:
    before = arcs.state
    edit = arcs.delete_delegation(1)
    assert arcs.narrative_version(2).actions[0].delegations == ()
    arcs.apply(edit.undo)
    assert arcs.reload() == before


def test_a_person_cannot_come_back_once_another_boss_is_set(arcs: Altitude) -> None:
    edit = arcs.delete_stakeholder(1)
    arcs.add_stakeholder(replace(BOSS, name="New boss"))
    before = arcs.reload()
    with pytest.raises(ActionError, match="New boss is your boss now"):
        arcs.apply(edit.undo)
    assert arcs.reload() == before


def test_a_version_cannot_come_back_once_what_it_links_to_is_gone(arcs: Altitude) -> None:
    removed = arcs.delete_narrative_version(1)
    arcs.delete_item(8)
    before = arcs.reload()
    with pytest.raises(ActionError, match="item or delegation it links to was deleted"):
        arcs.apply(removed.undo)
    assert arcs.reload() == before
