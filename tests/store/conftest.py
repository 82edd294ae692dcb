"""Store fixtures: a fresh database file per test, and a plan with every field set."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from altitude.domain.arcs.described import ActionDelegationLink, ActionItemLink
from altitude.domain.arcs.functions import BusinessFunction, FunctionTouch
from altitude.domain.arcs.narrative import NarrativeAction, NarrativeVersion
from altitude.domain.arcs.reviews import MilestoneReview
from altitude.domain.arcs.stakeholders import (
    BossConversation,
    BossTopic,
    Contact,
    Stakeholder,
    Stance,
)
from altitude.domain.entities import (
    Decision,
    Delegation,
    DelegationCheckIn,
    Factors,
    InventoryItem,
    LevelChange,
    LevelStep,
    Milestone,
    Mode,
    Person,
    Plan,
    PlanState,
    ReflectionAnswer,
    Settings,
    Status,
    Theme,
    WeeklyCheckIn,
)
from altitude.domain.growth.decisions import (
    DelegationLink,
    Door,
    HindsightNote,
    ItemLink,
    JournalEntry,
    JournalReview,
    PersonLink,
    Quality,
)
from altitude.domain.growth.feedback import (
    FeedbackEntry,
    FeedbackTheme,
    SelfRating,
    SourceKind,
    ThemeOrigin,
)
from altitude.domain.guidance.situations import Situation
from altitude.domain.weeks import IsoWeek
from altitude.domain.worktime.rules import RuleMode
from altitude.domain.worktime.stored import (
    DateOrder,
    ImportedTime,
    TimeRule,
    TimeSource,
    TimeSourceKind,
)
from altitude.store import Store


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "altitude.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    opened = Store.open(db_path)
    yield opened
    opened.close()


def make_full_state() -> PlanState:
    """Every field away from its default, odd floats, ids with gaps, unicode text."""
    return PlanState(
        plan=Plan(
            current_role="Senior engineer",
            new_role="Engineering manager — platform",
            start_date=date(2026, 1, 5),
            horizon_end=date(2026, 4, 5),
            baseline_share=17.3,
            target_share=55.55,
            milestones=(
                Milestone(day=30, target_share=1 / 3 * 100, label="30 days"),
                Milestone(day=60, target_share=41.0, label="Halfway ✓"),
                Milestone(day=90, target_share=55.55, label=""),
            ),
            motive="To grow people\nnot to control them",
            identity=("Operate at altitude", "Decide with incomplete data"),
            tolerance=7.5,
            situation=Situation.TURNAROUND,
            family="software-engineering",
        ),
        items=(
            InventoryItem(
                title="Code review",
                hours=6.1,
                mode=Mode.EXECUTION,
                factors=Factors(leverage=1, only_you=2, risk=4, growth=5, attachment=5),
                decision=Decision.COACH,
                notes="Every PR, every day",
                id=3,
            ),
            InventoryItem(
                title="Roadmap",
                hours=0.1,
                mode=Mode.STRATEGY,
                factors=Factors(5, 5, 5, 1, 1),
                decision=Decision.KEEP,
                id=7,
            ),
            InventoryItem(title="Status report", hours=99.99, mode=Mode.EXECUTION, id=8),
        ),
        people=(
            Person(
                name="Ana",
                role="Engineer",
                growth_goal="Lead reviews",
                notes="n",
                one_to_one_days=14,
                last_one_to_one=date(2026, 11, 16),
                id=2,
            ),
            Person(name="Bo Ødegård", id=5),
        ),
        delegations=(
            Delegation(
                outcome="Reviews are fast and kind",
                started_on=date(2026, 1, 6),
                owner_id=2,
                item_id=3,
                success_measure="median < 1 day",
                level=5,
                cadence_days=14,
                next_checkin=date(2026, 1, 20),
                status=Status.HANDING_OVER,
                hours_freed=6.1,
                checkins=(
                    DelegationCheckIn(on=date(2026, 1, 13), note="good start", on_track=True),
                    DelegationCheckIn(on=date(2026, 1, 10), note="", on_track=False),
                ),
                level_plan=(LevelStep(week=0, level=3), LevelStep(week=4, level=6)),
                level_history=(
                    LevelChange(on=date(2026, 1, 6), level=3),
                    LevelChange(on=date(2026, 1, 13), level=5),
                ),
                id=4,
            ),
            Delegation(
                outcome="Release notes",
                started_on=date(2025, 12, 29),
                status=Status.TAKEN_BACK,
                taken_back_reason="Customer escalation",
                level=1,
                cadence_days=1,
                id=9,
            ),
        ),
        checkins=(
            WeeklyCheckIn(
                week=IsoWeek(2026, 1),
                execution_hours=40.25,
                strategy_hours=0.0,
                note="first",
            ),
            WeeklyCheckIn(
                week=IsoWeek(2026, 2),
                execution_hours=30.7,
                strategy_hours=8.3,
                item_hours=((8, 2.2), (3, 6.1)),
                note="busy week",
                answers=(
                    ReflectionAnswer(prompt="What did I hand over?", answer="Reviews"),
                    ReflectionAnswer(prompt="Where did I hover?", answer=""),
                ),
            ),
        ),
        settings=Settings(
            checkin_weekday=2,
            first_day_of_week=6,
            theme=Theme.DARK,
            backups_kept=100,
            time_zone="Europe/Berlin",
            my_addresses=("ana@example.com", "Ana.Work@Example.org"),
            focus_words=("Fokuszeit", "deep work ✓"),
            two_way_review_days=14,
            one_way_review_days=730,
            report_sections=("feedback", "plan", "charts", "boss", "narrative"),
        ),
        journal=make_journal(),
        themes=(
            FeedbackTheme(
                title="Decide with incomplete data",
                origin=ThemeOrigin.IDENTITY,
                self_ratings=(SelfRating(date(2026, 1, 9), 2), SelfRating(date(2026, 4, 9), 4)),
                id=3,
            ),
            FeedbackTheme(title="Listening — really", origin=ThemeOrigin.OWN, id=6),
        ),
        feedback=(
            FeedbackEntry(
                source=SourceKind.TEAM_MEMBER,
                on=date(2026, 1, 14),
                response="Say the decision once, in writing",
                person_id=2,
                theme_id=3,
                situation="Planning, Monday",
                behaviour="I reopened the decision twice",
                impact="The team waited a day",
                ask="Decide, then stop",
                feedforward=("Write the decision down", "Name a review date ✓"),
                follow_up_on=date(2026, 2, 14),
                followed_up_on=date(2026, 2, 16),
                rating=3,
                id=4,
            ),
            FeedbackEntry(
                source=SourceKind.OTHER_FUNCTION,
                on=date(2026, 1, 20),
                response="Ask Finance first",
                name="Dana (Finance)",
                id=9,
            ),
        ),
        time_sources=make_time_sources(),
        time_rules=make_time_rules(),
        imported=make_imported(),
        narratives=make_narratives(),
        stakeholders=make_stakeholders(),
        functions=make_functions(),
        reviews=make_reviews(),
    )


def make_narratives() -> tuple[NarrativeVersion, ...]:
    """Two versions; the first's actions link items and delegations (with the order kept)."""
    return (
        NarrativeVersion(
            written_on=date(2026, 1, 12),
            diagnosis="Releases slip because every review waits on me.",
            guiding_policy="Move review and release decisions to the team;\nI keep the roadmap.",
            will_not=("Take on new integrations", "Hire before April ✓"),
            actions=(
                NarrativeAction(
                    "Hand reviews to Ana",
                    items=(ActionItemLink(3), ActionItemLink(8)),
                    delegations=(ActionDelegationLink(4),),
                ),
                NarrativeAction("Publish the roadmap", items=(ActionItemLink(7),)),
                NarrativeAction("Release on Thursdays", delegations=(ActionDelegationLink(9),)),
            ),
            press_release="Platform ships weekly — and the lead is on the roadmap.",
            release_on=date(2026, 4, 5),
            id=4,
        ),
        NarrativeVersion(written_on=date(2026, 2, 11), diagnosis="Better already", id=2),
    )


def make_stakeholders() -> tuple[Stakeholder, ...]:
    return (
        Stakeholder(
            name="Mira Okafor",
            role="VP Engineering",
            function="engineering",
            influence=5,
            interest=4,
            stance=Stance.SUPPORTER,
            trust=4,
            contact_days=7,
            is_boss=True,
            owe_them="The hiring plan",
            owe_me="A budget answer",
            contacts=(Contact(date(2026, 1, 9), "1:1"), Contact(date(2026, 1, 6), "Intro")),
            conversations=(
                BossConversation(BossTopic.SITUATION, date(2026, 1, 6), "A turnaround"),
                BossConversation(BossTopic.DEVELOPMENT, date(2026, 1, 20), "Strategy skills"),
            ),
            id=3,
        ),
        Stakeholder(
            name="Jonas Lind — Finance",
            influence=2,
            interest=1,
            stance=Stance.OPPONENT,
            trust=1,
            id=8,
        ),
    )


def make_functions() -> tuple[BusinessFunction, ...]:
    return (
        BusinessFunction(
            name="Finance",
            measured_on="Cash, margin",
            how_we_move_it="Cloud spend",
            learn_from_id=8,
            still_unclear="Capitalised work",
            could_explain=4,
            touches=(FunctionTouch(date(2026, 1, 15), "Budget review"),),
            id=2,
        ),
        BusinessFunction(name="Support", could_explain=5, id=5),
    )


def make_reviews() -> tuple[MilestoneReview, ...]:
    return (
        MilestoneReview(
            milestone_day=30,
            held_on=date(2026, 2, 5),
            actual_share=21.5,
            planned_share=1 / 3 * 100,
            keep="Friday reviews",
            stop="Reviewing every PR",
            start="Roadmap mornings",
            adjustment="Target 50% instead of 55.55%",
            boss_needs="A second senior hire",
            id=6,
        ),
        MilestoneReview(milestone_day=60, held_on=date(2026, 3, 7), id=2),
    )


def make_time_sources() -> tuple[TimeSource, ...]:
    return (
        TimeSource(
            name="Work calendar",
            kind=TimeSourceKind.ICS,
            path="/home/ana/Downloads/work — 2026.ics",
            zone="America/New_York",
            me=("ana@corp.example",),
            date_order=DateOrder.AUTO,
            last_read=date(2026, 1, 16),
            id=2,
        ),
        TimeSource(
            name="Clockify",
            kind=TimeSourceKind.CLOCKIFY,
            path="C:\\Users\\ana\\clockify.csv",
            date_order=DateOrder.DMY,
            id=6,
        ),
    )


def make_time_rules() -> tuple[TimeRule, ...]:
    """In the user's order, which is not the order of their ids."""
    return (
        TimeRule(words=("1:1", "one-to-one"), mode=RuleMode.STRATEGY, item_id=7, id=5),
        TimeRule(words=("review", "PR"), mode=RuleMode.EXECUTION, item_id=3, id=2),
        TimeRule(words=("lunch",), mode=RuleMode.IGNORE, id=8),
    )


def make_imported() -> tuple[ImportedTime, ...]:
    return (
        ImportedTime(
            week=IsoWeek(2026, 1),
            source_id=2,
            counted_hours=40.25,
            meeting_hours=12.5,
            short_block_hours=3.25,
            focus_kept_hours=4.0,
            focus_lost_hours=1.5,
            item_hours=((3, 6.1), (7, 2.0)),
        ),
        ImportedTime(week=IsoWeek(2026, 2), source_id=6, counted_hours=39.0, meeting_hours=39.0),
    )


def make_journal() -> tuple[JournalEntry, ...]:
    """One reviewed decision with hindsight and links, one a team member made."""
    return (
        JournalEntry(
            decision="Hand code review to Ana",
            kind="people",
            door=Door.TWO_WAY,
            decided_on=date(2026, 1, 6),
            review_on=date(2026, 1, 27),
            information=65,
            chosen="Hand it over",
            expected="Reviews in under a day",
            expected_by=date(2026, 1, 31),
            confidence=70,
            options=("Hand it over", "Keep it\u00a0a month", "Split it"),
            rationale="She asked for it;\nI hover.",
            reverse_if="Two outages",
            premortem="I kept reviewing in secret",
            feeling="Tired, relieved",
            raised_on=date(2025, 12, 15),
            people=(PersonLink(2), PersonLink(5)),
            delegations=(DelegationLink(4),),
            items=(ItemLink(3),),
            reviews=(
                JournalReview(
                    reviewed_on=date(2026, 1, 28),
                    came_true=True,
                    outcome_quality=Quality.GOOD,
                    process_quality=Quality.POOR,
                    what_happened="Fast reviews, by luck",
                ),
            ),
            hindsight=(
                HindsightNote(date(2026, 2, 1), "Should have asked Bo too"),
                HindsightNote(date(2026, 1, 29), "Order kept as given"),
            ),
            id=5,
        ),
        JournalEntry(
            decision="Move the release to Thursdays",
            kind="timing",
            door=Door.ONE_WAY,
            decided_on=date(2026, 2, 2),
            review_on=date(2026, 5, 3),
            information=100,
            chosen="Thursday",
            expected="Fewer weekend pages",
            expected_by=date(2026, 4, 1),
            confidence=0,
            options=("Thursday", "Tuesday"),
            made_by_id=5,
            id=11,
        ),
    )


@pytest.fixture
def full_state() -> PlanState:
    return make_full_state()
