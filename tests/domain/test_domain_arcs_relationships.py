"""Relationships, the cross-functional map and the milestone reviews: the grid, overdue
contacts, Watkins' order, the boss's five conversations, coverage and reviews due."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from altitude.domain.arcs.functions import (
    BusinessFunction,
    FunctionTouch,
    coverage,
    month_starts,
    untouched,
)
from altitude.domain.arcs.reviews import MilestoneReview, next_review, since_last_review
from altitude.domain.arcs.stakeholders import (
    BossConversation,
    BossTopic,
    Contact,
    Quadrant,
    Stakeholder,
    Stance,
    conversations_held,
    overdue_contacts,
    watkins_order,
)
from altitude.domain.entities import Milestone, Plan
from altitude.domain.records import problems

TODAY = date(2026, 11, 30)


def test_the_power_interest_grid() -> None:
    def at(influence: int, interest: int) -> Quadrant:
        return Stakeholder("X", influence=influence, interest=interest).quadrant

    assert at(5, 5) is Quadrant.MANAGE_CLOSELY
    assert at(4, 1) is Quadrant.KEEP_SATISFIED
    assert at(2, 4) is Quadrant.KEEP_INFORMED
    assert at(1, 2) is Quadrant.MONITOR
    assert at(3, 3) is Quadrant.MANAGE_CLOSELY  # 3 is on the high side of the middle line


@given(st.integers(1, 5), st.integers(1, 5))
def test_more_influence_never_moves_someone_to_a_lower_half(influence: int, interest: int) -> None:
    low = Stakeholder("X", influence=influence, interest=interest).quadrant
    high = Stakeholder("X", influence=5, interest=interest).quadrant
    high_halves = {Quadrant.MANAGE_CLOSELY, Quadrant.KEEP_SATISFIED}
    assert high in high_halves
    if low in high_halves:
        assert low == high


def test_scores_out_of_range_are_refused_with_their_message() -> None:
    assert problems(Stakeholder("X", trust=6)) == {
        "trust": "Rate the trust between you from 1 to 5."
    }
    assert "name" in problems(Stakeholder(" "))


def test_overdue_contacts_longest_first() -> None:
    never = Stakeholder("Ana", contact_days=14)
    late = Stakeholder("Ben", contact_days=7, contacts=(Contact(date(2026, 11, 1)),))
    fine = Stakeholder("Cy", contact_days=30, contacts=(Contact(date(2026, 11, 20)),))
    no_rhythm = Stakeholder("Di")
    assert overdue_contacts([fine, late, no_rhythm, never], TODAY) == [never, late]
    assert late.contact_due() == date(2026, 11, 8)
    assert not fine.contact_overdue(TODAY)


def test_watkins_order_influential_supporters_then_convincibles() -> None:
    opponent = Stakeholder("Op", influence=5, stance=Stance.OPPONENT)
    convincible = Stakeholder("Co", influence=4, stance=Stance.CONVINCIBLE)
    supporter = Stakeholder("Su", influence=3, stance=Stance.SUPPORTER)
    quiet = Stakeholder("Qu", influence=1, stance=Stance.SUPPORTER)
    order = watkins_order([quiet, opponent, convincible, supporter])
    assert [p.name for p in order] == ["Su", "Co", "Op", "Qu"]


def test_the_five_conversations_with_the_boss() -> None:
    boss = Stakeholder(
        "Mara",
        is_boss=True,
        conversations=(
            BossConversation(BossTopic.EXPECTATIONS, date(2026, 10, 2), "Ship the migration"),
            BossConversation(BossTopic.SITUATION, date(2026, 9, 10), "A turnaround"),
            BossConversation(BossTopic.EXPECTATIONS, date(2026, 11, 2), "Ship it by March"),
        ),
    )
    held = conversations_held(boss)
    assert list(held) == list(BossTopic)  # Watkins' order
    assert held[BossTopic.EXPECTATIONS] is not None
    assert held[BossTopic.EXPECTATIONS].agreed == "Ship it by March"
    assert held[BossTopic.RESOURCES] is None


def test_functions_untouched_for_sixty_days_are_flagged() -> None:
    finance = BusinessFunction("Finance", touches=(FunctionTouch(date(2026, 9, 1)),))
    sales = BusinessFunction("Sales", touches=(FunctionTouch(date(2026, 11, 1)),))
    legal = BusinessFunction("Legal")
    assert untouched([sales, finance, legal], TODAY) == [legal, finance]
    edge = BusinessFunction("Ops", touches=(FunctionTouch(date(2026, 10, 1)),))
    assert untouched([edge], TODAY) == []  # exactly 60 days is not yet untouched


def test_coverage_counts_touches_per_function_per_month() -> None:
    finance = BusinessFunction(
        "Finance",
        touches=(
            FunctionTouch(date(2026, 9, 3)),
            FunctionTouch(date(2026, 9, 30)),
            FunctionTouch(date(2026, 11, 2)),
            FunctionTouch(date(2025, 1, 1)),  # outside: not counted
        ),
    )
    grid = coverage([finance, BusinessFunction("Sales")], date(2026, 9, 15), TODAY)
    assert grid.months == (date(2026, 9, 1), date(2026, 10, 1), date(2026, 11, 1))
    assert grid.counts == ((2, 0, 1), (0, 0, 0))


def test_month_starts_cross_a_year() -> None:
    assert month_starts(date(2026, 12, 31), date(2027, 1, 1)) == [
        date(2026, 12, 1),
        date(2027, 1, 1),
    ]


def _plan() -> Plan:
    return Plan(
        "Engineer",
        "Lead",
        date(2026, 9, 1),
        date(2026, 11, 30),
        20,
        50,
        milestones=(Milestone(30, 30), Milestone(60, 40), Milestone(90, 50)),
    )


def test_the_next_milestone_review_and_when_it_is_overdue() -> None:
    plan = _plan()
    done = [MilestoneReview(30, date(2026, 10, 2), keep="Pairing")]
    due = next_review(plan, done, TODAY)
    assert due is not None
    assert (due.milestone_day, due.due_on, due.overdue) == (60, date(2026, 10, 31), True)
    upcoming = next_review(plan, done, date(2026, 10, 20))
    assert upcoming is not None and not upcoming.overdue
    all_done = [*done, MilestoneReview(60, TODAY), MilestoneReview(90, TODAY)]
    assert next_review(plan, all_done, TODAY) is None
    assert since_last_review(done, plan, TODAY) == date(2026, 10, 2)
    assert since_last_review([], plan, TODAY) == plan.start_date


def test_a_review_with_no_share_yet_is_valid_but_a_share_out_of_range_is_not() -> None:
    assert problems(MilestoneReview(30, TODAY)) == {}
    assert problems(MilestoneReview(30, TODAY, actual_share=120)) == {
        "actual_share": "A share must be between 0 and 100%."
    }
