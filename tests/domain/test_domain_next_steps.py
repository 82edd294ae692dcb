"""Next steps: the first loop, ticked from the data, in the situation's order."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from altitude.domain.arcs.narrative import NarrativeVersion
from altitude.domain.arcs.stakeholders import BossConversation, BossTopic, Stakeholder
from altitude.domain.entities import (
    Decision,
    Delegation,
    InventoryItem,
    Mode,
    Person,
    PlanState,
    WeeklyCheckIn,
    new_plan,
)
from altitude.domain.growth.decisions import JournalEntry
from altitude.domain.growth.feedback import FeedbackTheme, SelfRating, ThemeOrigin
from altitude.domain.growth.take_back import take_back_draft
from altitude.domain.guidance.next_steps import (
    LIST_ORDER,
    Step,
    first_loop,
    loop_done,
    order_for,
)
from altitude.domain.guidance.situations import Situation
from altitude.domain.weeks import IsoWeek

PLAN = new_plan("Analyst", "Team lead", date(2026, 11, 23), 20, 50)
FRESH = PlanState(plan=PLAN)


def done(state: PlanState) -> dict[Step, bool]:
    return {s.step: s.done for s in first_loop(state)}


def test_a_fresh_plan_has_every_step_open_in_the_list_order() -> None:
    statuses = first_loop(FRESH)
    assert [s.step for s in statuses] == list(LIST_ORDER)
    assert LIST_ORDER == (
        Step.WEIGH,
        Step.TEAM,
        Step.OUTCOME,
        Step.CHECKIN,
        Step.DECISION,
        Step.FEEDBACK,
        Step.NARRATIVE,
        Step.BOSS,
    )
    assert not any(s.done for s in statuses)
    assert not loop_done(statuses)


def test_weighing_is_done_when_no_item_is_left_undecided() -> None:
    items = (
        InventoryItem("Forecast", 4, Mode.EXECUTION, id=1),
        InventoryItem("Coaching", 2, Mode.STRATEGY, id=2),
    )
    state = replace(FRESH, items=items)
    [weigh] = [s for s in first_loop(state) if s.step == Step.WEIGH]
    assert (weigh.done, weigh.open_count, weigh.total) == (False, 2, 2)
    one = replace(state, items=(replace(items[0], decision=Decision.DELEGATE), items[1]))
    assert not done(one)[Step.WEIGH]
    both = replace(one, items=tuple(replace(i, decision=Decision.KEEP) for i in items))
    assert done(both)[Step.WEIGH]


def test_each_step_flips_exactly_when_its_data_appears() -> None:
    theme = FeedbackTheme("Listening", ThemeOrigin.OWN, id=1)
    rated = replace(theme, self_ratings=(SelfRating(date(2026, 11, 23), 3),))
    cases = {
        Step.TEAM: {"people": (Person("Maya", id=1),)},
        Step.OUTCOME: {"delegations": (Delegation("Forecast", date(2026, 11, 23), id=1),)},
        Step.CHECKIN: {"checkins": (WeeklyCheckIn(IsoWeek(2026, 48), 30, 10),)},
        Step.FEEDBACK: {"themes": (rated,)},
    }
    cases[Step.DECISION] = {"journal": (_entry(),)}
    cases[Step.NARRATIVE] = {
        "narratives": (NarrativeVersion(date(2026, 11, 23), "Late", "Own it"),)
    }
    cases[Step.BOSS] = {"stakeholders": (_boss(talked=True),)}
    for step, fields in cases.items():
        after = done(replace(FRESH, **fields))
        assert [s for s, is_done in after.items() if is_done] == [step]
    assert not done(replace(FRESH, themes=(theme,)))[Step.FEEDBACK]  # a theme not rated yet
    assert not done(replace(FRESH, stakeholders=(_boss(talked=False),)))[Step.BOSS]
    peer = replace(_boss(talked=True), is_boss=False)  # a conversation, but not the boss
    assert not done(replace(FRESH, stakeholders=(peer,)))[Step.BOSS]


def _boss(talked: bool) -> Stakeholder:
    talks = (BossConversation(BossTopic.EXPECTATIONS, date(2026, 11, 24), "Monthly 1:1"),)
    return Stakeholder(
        "Dana", "VP Sales", is_boss=True, conversations=talks if talked else (), id=1
    )


def _entry() -> JournalEntry:
    """Any journal entry counts; this one is the take-back draft, answered."""
    forecast = Delegation("Forecast", date(2026, 11, 2), id=1)
    draft = take_back_draft(forecast, "Maya")
    return draft.entry(date(2026, 11, 23), 60, 70, "On time again", date(2026, 12, 14), "A rota")


@pytest.mark.parametrize(
    ("situation", "first"),
    [
        (None, [Step.WEIGH, Step.TEAM]),
        (Situation.TURNAROUND, [Step.DECISION, Step.WEIGH]),
        (Situation.REALIGNMENT, [Step.NARRATIVE, Step.BOSS, Step.WEIGH]),
        (Situation.START_UP, [Step.TEAM, Step.OUTCOME, Step.WEIGH]),
        (Situation.ACCELERATED_GROWTH, [Step.TEAM, Step.OUTCOME, Step.WEIGH]),
        (Situation.SUSTAINING_SUCCESS, [Step.FEEDBACK, Step.BOSS, Step.WEIGH]),
    ],
)
def test_the_order_follows_the_situation(situation: Situation | None, first: list[Step]) -> None:
    order = order_for(situation)
    assert list(order[: len(first)]) == first
    assert sorted(order) == sorted(LIST_ORDER)  # every step, once


def test_steps_the_app_cannot_offer_are_left_out() -> None:
    offered = [s for s in LIST_ORDER if s not in (Step.NARRATIVE, Step.BOSS)]
    statuses = first_loop(FRESH, Situation.REALIGNMENT, offered)
    assert [s.step for s in statuses] == offered
