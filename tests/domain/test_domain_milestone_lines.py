"""Milestone arithmetic for the plan (the Plan page's buttons and the wizard's defaults)."""

from __future__ import annotations

from datetime import date

from altitude.domain.entities import InventoryItem, Milestone, Mode
from altitude.domain.milestone_lines import on_straight_line, with_one_more
from altitude.domain.plan_draft import Draft, default_milestone_days, milestones_on_line


def test_milestones_move_onto_the_line_from_baseline_to_target() -> None:
    moved = on_straight_line([Milestone(30, 90.0), Milestone(120, 0.0)], 20.0, 50.0, 90)
    assert [(m.day, m.target_share) for m in moved] == [(30, 30.0), (120, 50.0)]


def test_one_more_milestone_goes_in_the_middle_of_the_longest_stretch() -> None:
    milestones = (Milestone(10, 25.0), Milestone(20, 30.0))
    added = with_one_more(milestones, 20.0, 50.0, 90)
    assert [(m.day, m.target_share) for m in added] == [(10, 25.0), (20, 30.0), (55, 40.0)]


def test_no_milestone_is_added_where_no_stretch_has_a_day_between() -> None:
    milestones = (Milestone(1, 30.0),)
    assert with_one_more(milestones, 20.0, 50.0, 2) == milestones


def test_the_wizard_s_default_milestones_fall_inside_the_horizon() -> None:
    assert default_milestone_days(90) == [30, 60, 90]
    assert default_milestone_days(45) == [30, 45]
    assert default_milestone_days(0) == []
    line = milestones_on_line([30, 90], 20.0, 50.0, 90)
    assert [(m.day, m.target_share, m.label) for m in line] == [
        (30, 30.0, "30 days"),
        (90, 50.0, "90 days"),
    ]


def test_a_draft_makes_a_plan_from_its_answers() -> None:
    items = (
        InventoryItem(title="Code review", hours=8.0, mode=Mode.EXECUTION),
        InventoryItem(title="Roadmap", hours=2.0, mode=Mode.STRATEGY),
    )
    draft = Draft(new_role="Lead", start_date=date(2026, 1, 5), items=items, target_share=40.0)
    plan = draft.plan(today=date(2026, 3, 1))
    assert plan.baseline_share == 20.0
    assert plan.horizon_end == date(2026, 4, 5)  # the default 90 days
    assert [(m.day, m.target_share) for m in plan.milestones] == [
        (30, 27.0),
        (60, 33.0),
        (90, 40.0),
    ]
