"""What the wizard asked is kept on the plan it makes (format 5): the situation and family."""

from __future__ import annotations

from datetime import date

from altitude.domain.entities import REPORT_SECTIONS, REPORT_SECTIONS_V4, upgraded_sections
from altitude.domain.guidance.situations import Situation
from altitude.domain.plan_draft import Draft
from altitude.domain.validation import validate_plan


def test_the_draft_s_situation_and_family_go_on_the_plan() -> None:
    draft = Draft("Engineer", "Lead", situation=Situation.TURNAROUND, family="product")
    plan = draft.plan(date(2026, 11, 23))
    assert plan.situation == Situation.TURNAROUND and plan.family == "product"
    assert validate_plan(plan) == {}


def test_not_sure_and_no_family_stay_empty() -> None:
    plan = Draft("Engineer", "Lead").plan(date(2026, 11, 23))
    assert plan.situation is None and plan.family == ""


def test_a_choice_of_every_earlier_section_becomes_every_section() -> None:
    assert upgraded_sections(tuple(reversed(REPORT_SECTIONS_V4))) == REPORT_SECTIONS
    assert upgraded_sections(("plan", "feedback")) == ("plan", "feedback")
    assert set(REPORT_SECTIONS) - set(REPORT_SECTIONS_V4) == {
        "narrative", "relationships", "functions", "reviews", "boss",
    }  # fmt: skip
