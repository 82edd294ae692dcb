"""The resources a user reads come in the app's language, through the one Qt-free hook
(``altitude.i18n``) the GUI installs Qt's translator into; without it (the CLI) they are
the files as written. A fake translator stands in for Qt here."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from altitude import i18n
from altitude.domain.entities import ReflectionAnswer, WeeklyCheckIn
from altitude.domain.prompts import (
    FEEDBACK_PROMPT,
    FEEDBACK_PROMPTS,
    STANDING_PROMPTS,
    standing_prompts,
)
from altitude.domain.weeks import IsoWeek
from altitude.paths import load_json_resource
from altitude.services import Altitude
from altitude.services.catalogue import load_catalogue
from altitude.services.guidance.families import load_families

MARK = "«de» "


def fake_german(context: str, text: str, dis: str | None = None, n: int = -1) -> str:
    """Every resource message marked, as if translated; code messages left alone."""
    if context in ("catalogue", "prompts", "sample-plan", "CheckinPrompts"):
        return MARK + text
    if context == "families/sales" and text.startswith("sales"):  # the job-title words
        return "vertrieb, verkaufsleitung"
    if context.startswith("families/"):
        return MARK + text
    return i18n.english(context, text, dis, n)


@pytest.fixture
def german() -> Iterator[None]:
    i18n.install(fake_german)
    yield
    i18n.install(None)


def test_without_a_translator_the_families_read_as_written() -> None:
    raw = load_json_resource("families", "sales.json")
    sales = load_families().by_id("sales")
    assert [t.title for t in sales.tasks] == [t["title"] for t in raw["tasks"]]
    assert sales.name == raw["name"]


def test_a_familys_tasks_statements_and_outcomes_come_translated(german: None) -> None:
    raw = load_json_resource("families", "sales.json")
    sales = load_families().by_id("sales")
    assert [t.title for t in sales.tasks] == [MARK + t["title"] for t in raw["tasks"]]
    assert sales.name == MARK + raw["name"]
    assert sales.identity[0].statement == MARK + raw["identity"][0]["statement"]
    assert sales.outcomes[0] == MARK + raw["outcomes"][0]
    assert [t.hours for t in sales.tasks] == [t["hours"] for t in raw["tasks"]]  # not prose
    # a German job title finds the field, and the English words still do
    assert "vertrieb" in sales.words and raw["words"][0] in sales.words
    assert load_families().suggest("Leiterin Vertrieb").family.id == "sales"


def test_a_translation_the_reader_refuses_leaves_that_family_in_english(
    caplog: pytest.LogCaptureFixture,
) -> None:
    i18n.install(lambda c, t, d=None, n=-1: "x" * 500 if c == "families/sales" else t)
    try:
        sales = load_families().by_id("sales")
    finally:
        i18n.install(None)
    raw = load_json_resource("families", "sales.json")
    assert [t.title for t in sales.tasks] == [t["title"] for t in raw["tasks"]]
    assert "stays in English" in caplog.text


def test_the_catalogue_comes_translated(german: None) -> None:
    catalogue = load_catalogue()
    raw = load_json_resource("catalogue.json")
    assert catalogue.identity[0].statement == MARK + raw["identity_statements"][0]["statement"]
    assert catalogue.rules[0].label == MARK + raw["target_rules_of_thumb"][0]["label"]
    assert catalogue.rules[0].target_share == raw["target_rules_of_thumb"][0]["target_share"]


def test_the_weeks_prompts_come_translated_without_the_feedback_one(
    german: None, svc: Altitude
) -> None:
    week = IsoWeek(2026, 40)
    prompts = svc.prompts(week, count=30)
    raw = load_json_resource("prompts.json")
    assert prompts and all(p.startswith(MARK) for p in prompts)
    assert MARK + "Whose feedback did you ask for?" not in prompts  # asked every week instead
    assert len(prompts) == len(raw["prompts"]) - 1
    assert svc.prompts(week, pulled_back=True)[0] == MARK + raw["boomerang"]


def test_the_feedback_questions_are_known_in_either_language(german: None) -> None:
    assert list(standing_prompts()) == [MARK + FEEDBACK_PROMPT]
    assert list(standing_prompts().values()) == list(STANDING_PROMPTS)
    for text in (FEEDBACK_PROMPT, MARK + FEEDBACK_PROMPT, "Whose feedback did you ask for?",
                 MARK + "Whose feedback did you ask for?"):  # fmt: skip
        assert text in FEEDBACK_PROMPTS
    assert "What decision did you make with incomplete data?" not in FEEDBACK_PROMPTS


def test_the_standing_question_is_the_one_the_feedback_log_asks() -> None:
    from altitude.domain.growth.feedback_prompts import WEEKLY_ASK

    assert list(standing_prompts()) == [WEEKLY_ASK] == list(STANDING_PROMPTS)


def test_the_sample_a_gui_user_creates_is_in_their_language(german: None, svc: Altitude) -> None:
    state = svc.load_sample()
    raw = load_json_resource("sample-plan.json")
    assert state.plan is not None and state.plan.new_role == MARK + raw["plan"]["new_role"]
    assert {i.title for i in state.items} == {MARK + i["title"] for i in raw["items"]}
    answers = [a for c in state.checkins for a in c.answers]
    assert all(a.prompt.startswith(MARK) for a in answers)
    # the report still leaves out the answers naming who gave feedback
    assert any(a.prompt in FEEDBACK_PROMPTS for a in answers)


def test_the_cli_sample_stays_english(svc: Altitude) -> None:
    state = svc.load_sample()
    raw = load_json_resource("sample-plan.json")
    assert state.plan is not None and state.plan.new_role == raw["plan"]["new_role"]


def test_a_sample_translation_the_plan_refuses_falls_back_to_english(svc: Altitude) -> None:
    i18n.install(lambda c, t, d=None, n=-1: "y" * 5000 if c == "sample-plan" else t)
    try:
        state = svc.load_sample()
    finally:
        i18n.install(None)
    assert state.plan is not None
    assert state.plan.new_role == load_json_resource("sample-plan.json")["plan"]["new_role"]


def test_a_week_answered_in_english_keeps_its_feedback_answer_shown_in_german(
    german: None,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    from altitude.ui.checkins.prompts import ReflectionSection

    section = ReflectionSection()
    qtbot.addWidget(section)
    section.reset({FEEDBACK_PROMPT: "Asked Sam about the roadmap."})
    [shown] = section.standing
    assert shown == MARK + FEEDBACK_PROMPT
    assert section.standing[shown].toPlainText() == "Asked Sam about the roadmap."
    assert section.answers() == (ReflectionAnswer(shown, "Asked Sam about the roadmap."),)
    assert section.typed_prompts() == []  # not shown again as a rotating prompt


def test_the_prompts_the_state_calls_for_are_asked_in_the_apps_language(german: None) -> None:
    from dataclasses import replace
    from datetime import date, timedelta

    from altitude.domain.arcs.narrative import NarrativeVersion
    from altitude.domain.entities import Delegation, PlanState, Status, new_plan
    from altitude.domain.prompts import NARRATIVE_PROMPT, TAKE_BACK_PROMPT, Rule, fitting_prompts

    week = IsoWeek(2026, 44)
    today = week.monday()
    plan = new_plan("Analyst", "Team lead", date(2026, 9, 7), 20, 50)
    taken = Delegation("Weekly forecast", date(2026, 9, 14), status=Status.TAKEN_BACK,
                       taken_back_reason="Late", id=1)  # fmt: skip
    written = NarrativeVersion(today - timedelta(days=30), "Forecasts late", "Own the rhythm")
    state = PlanState(plan=plan, delegations=(taken,), narratives=(written,))
    draft = WeeklyCheckIn(week, 20, 20)  # above the glide path
    found = fitting_prompts(state, draft, today)
    assert [f.rule for f in found] == [Rule.TAKE_BACK, Rule.NARRATIVE_MONTH]
    assert found[0].text == MARK + TAKE_BACK_PROMPT.format("Weekly forecast")
    assert found[1].text == MARK + NARRATIVE_PROMPT
    # answered last week in English (before the language changed): not asked again
    english = (
        ReflectionAnswer(TAKE_BACK_PROMPT.format("Weekly forecast"), "I missed the numbers."),
        ReflectionAnswer(NARRATIVE_PROMPT, "Still holds."),
    )
    answered = replace(state, checkins=(WeeklyCheckIn(week + -1, 30, 10, answers=english),))
    assert [f.rule for f in fitting_prompts(answered, draft, today)] == [Rule.ABOVE_PATH]
    assert fitting_prompts(answered, draft, today)[0].text.startswith(MARK + "This week")
