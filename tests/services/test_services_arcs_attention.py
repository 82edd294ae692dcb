"""Needs attention from thinking in arcs: the milestone review a week ahead or overdue,
people overdue a contact, the narrative's monthly revisit (or none past day 14), functions
untouched for 60 days — on the sample, and each one shown or not as its day comes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from altitude.domain.arcs.functions import BusinessFunction, FunctionTouch
from altitude.domain.arcs.reviews import MilestoneReview
from altitude.domain.arcs.stakeholders import Stakeholder
from altitude.services import Altitude
from altitude.services.arcs.attention import arcs_attention
from altitude.services.attention import Attention, Concern, in_english

from .conftest import STORY


def _arcs(svc: Altitude, today: date) -> list[Attention]:
    return arcs_attention(svc.state, today)


def test_the_sample_names_the_review_the_overdue_contact_the_narrative_and_sales(
    sample: Altitude,
) -> None:
    items = [i for i in sample.summary().attention_items if i.concern.value.startswith(
        ("milestone", "contact", "narrative", "function"))]  # fmt: skip
    assert [(i.concern, i.who or i.outcome or i.count) for i in items] == [
        (Concern.MILESTONE_REVIEW_SOON, 90),
        (Concern.CONTACT_OVERDUE, "Marcus Chen"),
        (Concern.NARRATIVE_DUE, 0),
        (Concern.FUNCTION_UNTOUCHED, "Sales"),
    ]
    assert in_english(items[0]) == "Your day-90 milestone review is due on 2026-11-29."
    assert in_english(items[1]) == "Be in touch with Marcus Chen (due since 2026-11-01)."
    assert in_english(items[3]) == "You have not worked with Sales since 2026-09-10."


def test_the_overview_says_the_same_as_the_whole_state(sample: Altitude) -> None:
    today = sample.today()
    whole = arcs_attention(sample.state, today)
    sample._state = None  # what the dashboard reads before the plan is loaded
    assert arcs_attention(sample.store.load_overview(), today) == whole


def test_a_review_shows_a_week_ahead_then_overdue_then_not_once_held(sample: Altitude) -> None:
    start = sample.require_plan().start_date
    day_90 = start + timedelta(days=90)
    assert not any(
        i.concern.value.startswith("milestone") for i in _arcs(sample, day_90 - timedelta(days=8))
    )
    soon = _arcs(sample, day_90 - timedelta(days=7))[0]
    assert soon == Attention(Concern.MILESTONE_REVIEW_SOON, count=90, due=day_90)
    late = _arcs(sample, day_90 + timedelta(days=1))[0]
    assert late.concern == Concern.MILESTONE_REVIEW_OVERDUE
    assert in_english(late) == f"Your day-90 milestone review is overdue (due {day_90})."
    sample.record_review(MilestoneReview(90, day_90))
    assert not any(i.concern.value.startswith("milestone") for i in _arcs(sample, day_90))


def test_contacts_overdue_are_named_up_to_five_then_counted(svc: Altitude) -> None:
    for n in range(7):
        svc.add_stakeholder(Stakeholder(name=f"Person {n}", contact_days=30))
    items = [i for i in _arcs(svc, date(2026, 11, 23)) if "contact" in i.concern.value]
    assert [i.concern for i in items] == [Concern.CONTACT_OVERDUE] * 5 + [
        Concern.MORE_CONTACTS_OVERDUE
    ]
    assert (
        items[0].due is None
        and in_english(items[0]) == "You have not been in touch with Person 0 yet."
    )
    assert items[-1].count == 2


def test_the_narrative_is_asked_for_past_day_14_then_monthly(sample: Altitude) -> None:
    start = sample.require_plan().start_date
    for version in sample.state.narratives:
        sample.delete_narrative_version(version.id or 0)
    assert Concern.NARRATIVE_MISSING not in [
        i.concern for i in _arcs(sample, start + timedelta(days=14))
    ]
    assert Concern.NARRATIVE_MISSING in [
        i.concern for i in _arcs(sample, start + timedelta(days=15))
    ]
    sample.write_narrative(replace(STORY, written_on=date(2026, 11, 2)))
    concerns = [i.concern for i in _arcs(sample, date(2026, 12, 1))]
    assert Concern.NARRATIVE_MISSING not in concerns and Concern.NARRATIVE_DUE not in concerns
    due = [i for i in _arcs(sample, date(2026, 12, 2)) if i.concern == Concern.NARRATIVE_DUE]
    assert due == [Attention(Concern.NARRATIVE_DUE, due=date(2026, 12, 2))]


def test_a_function_untouched_for_60_days_is_flagged_and_a_new_one_is_not(
    svc: Altitude,
) -> None:
    from altitude.domain.entities import new_plan

    svc.start_plan(new_plan("Engineer", "Lead", date(2026, 11, 1), 20, 50))
    svc.add_function(BusinessFunction(name="Legal"))  # never touched, but the plan is new
    svc.add_function(BusinessFunction(name="Sales", touches=(FunctionTouch(date(2026, 9, 1), ""),)))
    names = [
        i.outcome for i in _arcs(svc, date(2026, 11, 1)) if i.concern == Concern.FUNCTION_UNTOUCHED
    ]
    assert names == ["Sales"]
    later = [
        i.outcome for i in _arcs(svc, date(2026, 12, 31)) if i.concern == Concern.FUNCTION_UNTOUCHED
    ]
    assert later == ["Legal", "Sales"]  # never touched first
