"""The arcs' services: what they say (hours, hints, due dates, overdue people, untouched
functions, coverage) and what they refuse, with a clear message and nothing changed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from altitude.domain.arcs.described import ActionItemLink
from altitude.domain.arcs.functions import DEFAULT_FUNCTIONS, BusinessFunction
from altitude.domain.arcs.narrative import Hint, NarrativeAction
from altitude.domain.arcs.reviews import MilestoneReview, ReviewDue
from altitude.domain.arcs.stakeholders import BossConversation, BossTopic, Stakeholder
from altitude.domain.entities import Milestone
from altitude.domain.validation import ValidationError
from altitude.services import Altitude

from .conftest import BOSS, PEER, STORY, TODAY


def test_the_state_holds_the_arcs_in_their_orders(arcs: Altitude) -> None:
    state = arcs.state
    assert [v.written_on for v in state.narratives] == [date(2026, 9, 18), date(2026, 10, 19)]
    assert [p.name for p in state.stakeholders][:2] == [BOSS.name, "Marcus Chen"]
    assert state.boss() == state.stakeholder(1) and state.boss().is_boss  # type: ignore[union-attr]
    assert [f.name for f in state.functions] == ["Finance", "Sales", "Product", "Support"]
    assert state.function(1).learn_from_id == 2  # type: ignore[union-attr]
    assert [r.milestone_day for r in state.reviews] == [30, 60]


def test_hours_behind_each_action_come_from_the_check_ins_and_delegations(
    arcs: Altitude,
) -> None:
    hours = arcs.narrative_hours(STORY)
    # Priya carries 6 h a week of reviews (owned); the roadmap and Risk from the items' split
    assert hours[0] >= 6.0 and all(h > 0 for h in hours)
    idle = replace(STORY, actions=(*STORY.actions, NarrativeAction("Write a blog")))
    findings = arcs.narrative_findings(idle)
    assert any(f.hint == Hint.ACTION_WITHOUT_HOURS and f.detail == "Write a blog" for f in findings)


def test_the_narrative_is_due_a_month_after_its_latest_version(arcs: Altitude) -> None:
    assert arcs.narrative_due() == date(2026, 11, 18)
    arcs.write_narrative(replace(STORY, written_on=TODAY))
    assert arcs.narrative_due() == TODAY + timedelta(days=30)


def test_no_narrative_yet_is_due_nothing(svc: Altitude) -> None:
    assert svc.narrative_due() is None and svc.latest_narrative() is None


def test_a_narrative_linking_a_missing_item_is_refused_and_nothing_changes(
    sample: Altitude,
) -> None:
    bad = replace(STORY, actions=(NarrativeAction("Ghost", items=(ActionItemLink(99),)),))
    before = sample.reload()
    with pytest.raises(ValidationError) as caught:
        sample.write_narrative(bad)
    assert "inventory" in caught.value.errors["actions"]
    assert sample.reload() == before


def test_only_one_boss(arcs: Altitude) -> None:
    before = arcs.reload()
    with pytest.raises(ValidationError) as caught:
        arcs.add_stakeholder(replace(PEER, name="Other", is_boss=True))
    assert (
        caught.value.errors["is_boss"]
        == "Dana Whitfield is your boss already; only one person can be."
    )
    with pytest.raises(ValidationError):
        arcs.update_stakeholder(replace(arcs.known_stakeholder(2), is_boss=True))
    assert arcs.reload() == before


def test_a_stakeholder_out_of_range_is_refused_with_the_description_s_message(
    sample: Altitude,
) -> None:
    with pytest.raises(ValidationError) as caught:
        sample.add_stakeholder(Stakeholder(name=" ", influence=6))
    assert caught.value.errors == {
        "name": "Give their name.",
        "influence": "Rate their influence from 1 to 5.",
    }
    assert len(sample.state.stakeholders) == 5  # the sample's, and no sixth


def test_talked_today_logs_a_contact_and_clears_the_overdue(arcs: Altitude) -> None:
    assert [p.name for p in arcs.overdue_contacts()] == ["Marcus Chen"]  # monthly, last 2 Oct
    person = arcs.log_contact(2, note="Quick sync").result
    assert person.last_contact == TODAY and person.contacts[-1].note == "Quick sync"
    assert arcs.overdue_contacts() == []


def test_the_five_conversations_are_held_with_the_boss_only(arcs: Altitude) -> None:
    talk = BossConversation(BossTopic.STYLE, TODAY, "Async updates on Fridays")
    assert arcs.hold_conversation(1, talk).result.conversations[-1] == talk
    with pytest.raises(ValidationError, match="mark Marcus Chen as your boss"):
        arcs.hold_conversation(2, talk)


def test_a_function_must_learn_from_someone_on_the_map_and_have_its_own_name(
    arcs: Altitude,
) -> None:
    before = arcs.reload()
    with pytest.raises(ValidationError) as caught:
        arcs.add_function(BusinessFunction(name=" finance ", learn_from_id=77))
    assert set(caught.value.errors) == {"name", "learn_from_id"}
    assert arcs.reload() == before


def test_default_functions_skip_the_names_there(arcs: Altitude) -> None:
    added = arcs.add_default_functions().result
    have = ("Finance", "Sales", "Product", "Support")
    assert [f.name for f in added] == [n for n in DEFAULT_FUNCTIONS if n not in have]
    assert arcs.add_default_functions().result == ()


def test_untouched_functions_and_coverage(arcs: Altitude) -> None:
    assert [f.name for f in arcs.untouched_functions()] == ["Sales"]  # last on 10 Sep
    arcs.touch_function(2, TODAY - timedelta(days=61), "Still too long ago")
    assert [f.name for f in arcs.untouched_functions()] == ["Sales"]
    arcs.touch_function(2, TODAY, "Merchant call")
    assert arcs.untouched_functions() == []
    cells = arcs.function_coverage(date(2026, 9, 1), TODAY)
    assert cells.functions == ("Finance", "Sales", "Product", "Support")
    assert cells.months == (date(2026, 9, 1), date(2026, 10, 1), date(2026, 11, 1))
    assert cells.counts == ((1, 1, 1), (2, 0, 1), (1, 1, 2), (0, 1, 1))


def test_a_second_review_for_the_day_replaces_the_first(arcs: Altitude) -> None:
    first = arcs.review_for(30)
    again = arcs.record_review(MilestoneReview(30, TODAY, keep="Shorter standups")).result
    assert again.id == first.id  # type: ignore[union-attr]
    assert arcs.state.reviews[0].keep == "Shorter standups"
    assert len(arcs.state.reviews) == 2


def test_a_review_is_for_a_plan_milestone(arcs: Altitude) -> None:
    before = arcs.reload()
    with pytest.raises(ValidationError, match="Plan page"):
        arcs.record_review(MilestoneReview(45, TODAY))
    assert arcs.reload() == before
    plan = arcs.require_plan()
    added = (plan.milestones[0], Milestone(45, 40.0), *plan.milestones[1:])
    arcs.update_plan(replace(plan, milestones=added))  # the user adds a milestone
    assert arcs.record_review(MilestoneReview(45, TODAY)).result.milestone_day == 45


def test_the_next_review_is_the_earliest_milestone_without_one(arcs: Altitude) -> None:
    # the plan starts on 2026-08-31: 30 and 60 are reviewed, day 90 is 2026-11-29
    assert arcs.next_review() == ReviewDue(90, date(2026, 11, 29), overdue=False)
    arcs.delete_review(60)
    assert arcs.next_review() == ReviewDue(60, date(2026, 10, 30), overdue=True)
    arcs.record_review(MilestoneReview(60, TODAY))
    arcs.record_review(MilestoneReview(90, TODAY))
    assert arcs.next_review() is None
