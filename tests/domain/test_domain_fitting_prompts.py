"""Prompts that fit: each rule of ``domain.prompts.fitting_prompts`` chosen by the state."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from altitude.domain.arcs.narrative import NarrativeVersion
from altitude.domain.arcs.reviews import MilestoneReview
from altitude.domain.entities import (
    Delegation,
    PlanState,
    ReflectionAnswer,
    Status,
    WeeklyCheckIn,
    new_plan,
)
from altitude.domain.growth.decisions import JournalEntry
from altitude.domain.growth.take_back import take_back_draft
from altitude.domain.prompts import (
    ABOVE_PATH_PROMPT,
    MAX_FITTING,
    NARRATIVE_PROMPT,
    Rule,
    fitting_prompts,
    review_prompt,
    take_back_prompt,
)
from altitude.domain.weeks import IsoWeek

START = date(2026, 9, 7)  # a Monday; the 30-day milestone is on Wed 7 Oct
PLAN = new_plan("Analyst", "Team lead", START, 20, 50)
WEEK = IsoWeek(2026, 44)  # Mon 26 Oct - Sun 1 Nov: day 49-55, no milestone within 7 days
TODAY = WEEK.monday()
BELOW = WeeklyCheckIn(WEEK, 35, 5)  # 12.5% strategy, under the path (~36%)
ABOVE = WeeklyCheckIn(WEEK, 20, 20)  # 50%
TAKEN = Delegation(
    "Weekly forecast", date(2026, 9, 14), status=Status.TAKEN_BACK, taken_back_reason="Late", id=1
)


def rules(state: PlanState, draft: WeeklyCheckIn = BELOW, today: date = TODAY) -> list[Rule]:
    return [f.rule for f in fitting_prompts(state, draft, today)]


def test_a_plain_week_asks_nothing_in_particular() -> None:
    assert rules(PlanState(plan=PLAN)) == []
    assert rules(PlanState()) == []  # no plan: nothing to judge


def test_a_take_back_asks_about_it_until_a_week_answers_it() -> None:
    state = PlanState(plan=PLAN, delegations=(TAKEN,))
    [found] = fitting_prompts(state, BELOW, TODAY)
    assert found.rule == Rule.TAKE_BACK
    assert found.text == take_back_prompt("Weekly forecast")
    assert "“Weekly forecast”" in found.text and "hand it over again" in found.text

    # asked but not answered last week: still asked
    asked = WeeklyCheckIn(WEEK + -1, 30, 10)
    assert rules(replace(state, checkins=(asked,))) == [Rule.TAKE_BACK]
    # answered last week: not again
    answer = ReflectionAnswer(found.text, "I panicked before the board meeting.")
    answered = replace(asked, answers=(answer,))
    assert rules(replace(state, checkins=(answered,))) == []
    # answered in this very week (a saved week reopened): still shown there
    this_week = replace(answered, week=WEEK)
    assert rules(replace(state, checkins=(this_week,))) == [Rule.TAKE_BACK]


def test_a_take_back_decided_long_ago_is_not_news() -> None:
    def decided(on: date) -> JournalEntry:
        draft = take_back_draft(TAKEN, "Sam")
        return draft.entry(on, 60, 70, "Back on time", on + timedelta(days=14), "A template")

    state = PlanState(plan=PLAN, delegations=(TAKEN,))
    assert rules(replace(state, journal=(decided(TODAY - timedelta(days=3)),))) == [Rule.TAKE_BACK]
    assert rules(replace(state, journal=(decided(TODAY - timedelta(days=30)),))) == []


def test_an_open_delegation_is_no_take_back() -> None:
    owned = replace(TAKEN, status=Status.OWNED, taken_back_reason="")
    assert rules(PlanState(plan=PLAN, delegations=(owned,))) == []


def test_work_that_came_back_brings_the_boomerang_question() -> None:
    found = fitting_prompts(PlanState(plan=PLAN), BELOW, TODAY, came_back="What pulled you?")
    assert [(f.rule, f.text) for f in found] == [(Rule.CAME_BACK, "What pulled you?")]


@pytest.mark.parametrize(
    ("today", "asked"),
    [
        (date(2026, 9, 30), True),  # a week before day 30 (7 Oct)
        (date(2026, 10, 7), True),  # the day itself
        (date(2026, 10, 14), True),  # a week after, not reviewed yet
        (date(2026, 9, 29), False),  # eight days before
        (date(2026, 10, 15), False),  # eight days after
    ],
)
def test_a_milestone_within_a_week_asks_about_its_review(today: date, asked: bool) -> None:
    week = IsoWeek.of(today)
    found = fitting_prompts(PlanState(plan=PLAN), replace(BELOW, week=week), today)
    expected = [(Rule.REVIEW_NEAR, review_prompt(30))] if asked else []
    assert [(f.rule, f.text) for f in found] == expected


def test_a_past_week_is_judged_from_its_sunday() -> None:
    past = IsoWeek.of(date(2026, 10, 5))  # Sun 11 Oct is four days after day 30
    found = fitting_prompts(PlanState(plan=PLAN), replace(BELOW, week=past), TODAY)
    assert [f.rule for f in found] == [Rule.REVIEW_NEAR]


def test_a_week_above_the_glide_path_asks_what_made_room() -> None:
    state = PlanState(plan=PLAN)
    [found] = fitting_prompts(state, ABOVE, TODAY)
    assert (found.rule, found.text) == (Rule.ABOVE_PATH, ABOVE_PATH_PROMPT)
    assert rules(state, WeeklyCheckIn(WEEK, 0, 0)) == []  # no hours yet: nothing to judge
    before_start = replace(ABOVE, week=IsoWeek.of(START) + -2)
    assert rules(state, before_start) == []


def test_at_most_two_fitting_prompts_the_first_rules_first() -> None:
    state = PlanState(plan=PLAN, delegations=(TAKEN,))
    near = date(2026, 10, 6)
    draft = replace(ABOVE, week=IsoWeek.of(near))
    found = fitting_prompts(state, draft, near, came_back="Came back?")
    assert len(found) == MAX_FITTING
    assert [f.rule for f in found] == [Rule.TAKE_BACK, Rule.CAME_BACK]
    assert [f.rule for f in fitting_prompts(state, draft, near)] == [
        Rule.TAKE_BACK,
        Rule.REVIEW_NEAR,
    ]


def test_a_month_old_narrative_asks_whether_it_still_holds() -> None:
    written = NarrativeVersion(TODAY - timedelta(days=30), "Forecasts late", "Own the rhythm")
    state = PlanState(plan=PLAN, narratives=(written,))
    [found] = fitting_prompts(state, BELOW, TODAY)
    assert (found.rule, found.text) == (Rule.NARRATIVE_MONTH, NARRATIVE_PROMPT)
    fresher = replace(written, written_on=TODAY - timedelta(days=29), id=2)
    assert rules(replace(state, narratives=(written, fresher))) == []  # the latest counts
    assert rules(PlanState(plan=PLAN)) == []  # no narrative: nothing to revisit
    # answered two weeks ago: not again yet; four weeks ago: again
    for before, asked in [(2, False), (3, False), (4, True)]:
        answer = ReflectionAnswer(NARRATIVE_PROMPT, "Still holds.")
        week = WeeklyCheckIn(WEEK + -before, 30, 10, answers=(answer,))
        assert (rules(replace(state, checkins=(week,))) == [Rule.NARRATIVE_MONTH]) is asked


def test_a_reviewed_milestone_asks_no_more() -> None:
    near = date(2026, 10, 6)
    draft = replace(BELOW, week=IsoWeek.of(near))
    held = MilestoneReview(30, near, keep="Weekly forecast with Maya")
    assert rules(PlanState(plan=PLAN), draft, near) == [Rule.REVIEW_NEAR]
    assert rules(PlanState(plan=PLAN, reviews=(held,)), draft, near) == []
