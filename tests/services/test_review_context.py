"""The milestone review's context on a hand-built plan: exact figures for the share against
the glide path, hand-overs and what came back, decisions and feedback, the narrative's
changes and the boss's conversations; the milestones' states; adjusting the plan."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from altitude.domain.arcs.narrative import NarrativeAction, NarrativeVersion
from altitude.domain.arcs.review_context import (
    MilestoneState,
    PartSaid,
    build_context,
    milestone_rows,
    part_said,
    review_period,
)
from altitude.domain.arcs.reviews import MilestoneReview
from altitude.domain.arcs.stakeholders import BossConversation, BossTopic, Stakeholder
from altitude.domain.entities import (
    Delegation,
    InventoryItem,
    Milestone,
    Mode,
    Person,
    Plan,
    PlanState,
    Status,
    WeeklyCheckIn,
)
from altitude.domain.growth.decisions import (
    DecisionKind,
    DelegationLink,
    Door,
    JournalEntry,
    JournalReview,
    Quality,
)
from altitude.domain.growth.feedback import FeedbackEntry, SourceKind
from altitude.domain.growth.take_back import TAKE_BACK
from altitude.domain.metrics import Track
from altitude.domain.weeks import IsoWeek
from altitude.services.arcs.review_context import AdjustError, adjusted_plan

START = date(2026, 1, 5)  # a Monday; day 30 is 4 Feb 2026
ON = date(2026, 2, 6)  # the day-30 review held at day 32
PLAN = Plan(
    current_role="Engineer",
    new_role="Engineering manager",
    start_date=START,
    horizon_end=START + timedelta(days=90),
    baseline_share=20,
    target_share=50,
    milestones=(Milestone(30, 30, "30 days"), Milestone(60, 40, "60 days"), Milestone(90, 50)),
    tolerance=5,
)


def week(monday: date, execution: float, strategy: float, **hours: float) -> WeeklyCheckIn:
    return WeeklyCheckIn(
        IsoWeek.of(monday), execution, strategy, item_hours=tuple((1, h) for h in hours.values())
    )


def entry(decision: str, on: date, **changes: object) -> JournalEntry:
    base = JournalEntry(
        decision=decision,
        kind=DecisionKind.PEOPLE.value,
        door=Door.TWO_WAY,
        decided_on=on,
        review_on=on + timedelta(days=21),
        information=60,
        chosen="Yes",
        expected="It works",
        expected_by=on + timedelta(days=28),
        confidence=60,
        options=("Yes", "No"),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def reviewed(on: date) -> JournalReview:
    return JournalReview(on, True, Quality.GOOD, Quality.GOOD)


STATE = PlanState(
    plan=PLAN,
    items=(
        InventoryItem("Weekly report", 4, Mode.EXECUTION, id=1),
        InventoryItem("Hiring loop", 3, Mode.EXECUTION, id=2),
    ),
    people=(Person("Ana", id=1), Person("Ben", id=2)),
    delegations=(
        Delegation(
            "Weekly report", date(2026, 1, 12), 1, 1, status=Status.OWNED, hours_freed=4, id=1
        ),
        Delegation(
            "Hiring loop", date(2026, 1, 26), 2, 2, status=Status.HANDING_OVER, hours_freed=3, id=2
        ),
        Delegation("Budget draft", date(2025, 12, 1), 1, None, status=Status.TAKEN_BACK, id=3),
        Delegation("Old roadmap", date(2025, 11, 1), 2, None, status=Status.TAKEN_BACK, id=4),
    ),
    checkins=(
        week(date(2026, 1, 5), 30, 10, a=3),  # 25%; before the hand-over: no boomerang
        week(date(2026, 1, 12), 28, 12),  # 30%
        week(date(2026, 1, 19), 26, 14),  # 35%
        week(date(2026, 1, 26), 24, 16, a=2),  # 40%; 2 h back on the delegated report
        week(date(2026, 2, 2), 30, 10),  # 25%
        week(date(2026, 2, 9), 20, 20),  # 50%: after the review's day, not counted
    ),
    journal=(
        entry("Hire a second lead", date(2026, 1, 14), id=1),
        entry(
            "Take back the budget",
            date(2026, 1, 20),
            chosen=TAKE_BACK,
            delegations=(DelegationLink(3),),
            id=2,
        ),
        entry(
            "Move planning to Mondays",
            date(2025, 12, 20),
            reviews=(reviewed(date(2026, 1, 30)),),
            id=3,
        ),
        entry("Later decision", date(2026, 2, 10), id=4),
    ),
    feedback=(
        FeedbackEntry(
            SourceKind.PEER,
            date(2026, 1, 22),
            "Send the agenda a day before",
            name="Alex",
            situation="SECRET situation",
            id=1,
        ),
        FeedbackEntry(SourceKind.BOSS, date(2025, 12, 30), "Too early", id=2),
    ),
)
OLD_STORY = NarrativeVersion(
    written_on=date(2026, 1, 2),
    diagnosis="Releases slip",
    guiding_policy="Spread review knowledge",
    will_not=("Hire reviewers",),
    actions=(NarrativeAction("Pair on reviews"),),
    id=1,
)
NEW_STORY = replace(
    OLD_STORY,
    written_on=date(2026, 2, 1),
    diagnosis="Releases slip every sprint",
    actions=(NarrativeAction("Pair on reviews"), NarrativeAction("Write the guide")),
    id=2,
)
BOSS = Stakeholder(
    "Maria",
    is_boss=True,
    conversations=(
        BossConversation(BossTopic.SITUATION, date(2026, 1, 7), "Turnaround, not a start-up"),
        BossConversation(BossTopic.EXPECTATIONS, date(2026, 1, 9), "Ship the Q1 release"),
        BossConversation(BossTopic.SITUATION, date(2026, 2, 3), "It is a realignment"),
    ),
)


def context_at_day_30():  # type: ignore[no-untyped-def]
    return build_context(STATE, 30, ON, reviews=(), narratives=(OLD_STORY, NEW_STORY), boss=BOSS)


def test_the_share_against_the_glide_path_at_the_milestone() -> None:
    standing = context_at_day_30().standing
    # The last four weeks by 6 Feb: 30, 35, 40 and 25% -> 32.5%; the path on 4 Feb: 30%.
    assert standing.actual == pytest.approx(32.5)
    assert standing.planned == pytest.approx(30.0)
    assert standing.weeks == 4
    assert standing.gap == pytest.approx(2.5)
    assert standing.track is Track.ON_TRACK


def test_what_was_handed_over_and_what_came_back() -> None:
    context = context_at_day_30()
    assert context.period.first == START and context.period.last == ON
    assert not context.period.since_review
    moved = context.hand_overs
    assert [d.outcome for d in moved.started] == ["Weekly report", "Hiring loop"]
    assert [d.outcome for d in moved.owned] == ["Weekly report"]
    assert moved.hours_owned == 4
    assert [(b.item_title, b.hours, str(b.week)) for b in moved.boomerangs] == [
        ("Weekly report", 2.0, "2026-W05")
    ]
    assert moved.boomerang_hours == 2.0
    # Budget: its take-back decision on 20 Jan; the old roadmap was taken back before.
    assert [d.outcome for d in moved.taken_back] == ["Budget draft"]


def test_decisions_and_feedback_since_the_last_review_name_only_the_users_words() -> None:
    growth = context_at_day_30().growth
    assert growth.decided == ("Hire a second lead", "Take back the budget")
    assert growth.reviewed == ("Move planning to Mondays",)
    assert growth.feedback == ("Send the agenda a day before",)
    assert "SECRET" not in repr(growth)


def test_the_narratives_changes_since_the_period_began() -> None:
    change = context_at_day_30().narrative
    assert change.before is OLD_STORY and change.now is NEW_STORY
    assert change.versions_since
    assert [p.part for p in change.parts] == ["diagnosis", "actions"]
    assert change.parts[0].plain() == "Releases slip {+every sprint+}"
    assert change.parts[1].plain() == "Pair on reviews {+Write the guide+}"
    # As a person reads them: the rewritten text whole, the list's entries.
    assert part_said(change.parts[0]) == PartSaid("diagnosis", "Releases slip every sprint", (), ())
    assert part_said(change.parts[1]) == PartSaid("actions", None, ("Write the guide",), ())


def test_a_first_narrative_in_the_period_is_all_new_and_none_is_no_change() -> None:
    first = build_context(STATE, 30, ON, reviews=(), narratives=(NEW_STORY,), boss=None)
    assert first.narrative.before is None
    assert {p.part for p in first.narrative.parts} == {
        "diagnosis", "guiding_policy", "will_not", "actions"
    }  # fmt: skip
    none = build_context(STATE, 30, ON, reviews=(), narratives=(), boss=None)
    assert none.narrative.parts == () and not none.narrative.versions_since
    assert none.conversations == {} and none.boss_name == ""


def test_the_five_conversations_with_the_latest_of_each() -> None:
    talks = context_at_day_30().conversations
    assert list(talks) == list(BossTopic)
    assert talks[BossTopic.SITUATION] is not None
    assert talks[BossTopic.SITUATION].agreed == "It is a realignment"
    assert talks[BossTopic.RESOURCES] is None


def test_the_day_60_review_looks_back_to_the_day_after_the_last_one() -> None:
    day_30 = MilestoneReview(30, ON, 32.5, 30.0)
    context = build_context(
        STATE, 60, date(2026, 3, 6), reviews=(day_30,), narratives=(OLD_STORY, NEW_STORY),
        boss=BOSS,
    )  # fmt: skip
    assert context.period.first == date(2026, 2, 7) and context.period.since_review
    assert context.growth.decided == ("Later decision",)
    assert context.growth.feedback == ()
    assert context.hand_overs.started == () and context.hand_overs.boomerangs == ()
    assert context.narrative.parts == ()  # nothing written since the day-30 review
    assert context.standing.planned == pytest.approx(40.0)
    assert context.standing.actual == pytest.approx((35 + 40 + 25 + 50) / 4)
    # A review does not count as its own "last review".
    again = build_context(STATE, 30, ON, reviews=(day_30,), narratives=(), boss=None)
    assert again.period.first == START
    assert review_period(PLAN, (day_30,), ON).first == START  # held on ON: not before it


def test_without_weeks_logged_the_share_is_unknown() -> None:
    bare = replace(STATE, checkins=())
    standing = build_context(bare, 30, ON, reviews=(), narratives=(), boss=None).standing
    assert standing.actual is None and standing.track is None and standing.gap is None
    assert standing.planned == pytest.approx(30.0)


def test_the_milestones_states() -> None:
    day_30 = MilestoneReview(30, ON, 32.5, 30.0, keep="Fridays")
    rows = milestone_rows(PLAN, (day_30,), date(2026, 3, 1))
    assert [(r.day, r.on, r.state) for r in rows] == [
        (30, date(2026, 2, 4), MilestoneState.DONE),
        (60, date(2026, 3, 6), MilestoneState.DUE),
        (90, date(2026, 4, 5), MilestoneState.UPCOMING),
    ]
    assert rows[0].review is day_30
    late = milestone_rows(PLAN, (), ON)
    assert [r.state for r in late] == [
        MilestoneState.OVERDUE, MilestoneState.UPCOMING, MilestoneState.UPCOMING
    ]  # fmt: skip
    # A reviewed day the plan no longer has is still listed, as done.
    moved = replace(PLAN, milestones=(Milestone(45, 35), Milestone(90, 50)))
    assert [r.day for r in milestone_rows(moved, (day_30,), ON)] == [30, 45, 90]


def test_adjusting_the_target_relays_the_milestones_ahead() -> None:
    lower = adjusted_plan(PLAN, 30, 45, PLAN.horizon_end)
    assert lower.target_share == 45
    # From the path at day 30 (30%) to 45% at day 90: 37.5% at day 60.
    assert [(m.day, m.target_share, m.label) for m in lower.milestones] == [
        (30, 30, "30 days"), (60, 37.5, "60 days"), (90, 45, "")
    ]  # fmt: skip
    longer = adjusted_plan(PLAN, 30, 50, START + timedelta(days=120))
    assert [(m.day, m.target_share) for m in longer.milestones] == [
        (30, 30), (60, 36.7), (90, 43.3), (120, 50)
    ]  # fmt: skip
    shorter = adjusted_plan(PLAN, 30, 50, START + timedelta(days=50))
    assert [(m.day, m.target_share) for m in shorter.milestones] == [(30, 30), (50, 50)]
    assert adjusted_plan(PLAN, 30, 50, PLAN.horizon_end) is PLAN


def test_an_adjustment_the_plan_cannot_take_is_refused() -> None:
    with pytest.raises(AdjustError, match="must end after the day-30 milestone"):
        adjusted_plan(PLAN, 30, 45, START + timedelta(days=30))
    with pytest.raises(AdjustError, match="between 0 and 100"):
        adjusted_plan(PLAN, 30, 120, PLAN.horizon_end)
