"""The glide path: the strategy share the plan expects on a day and in a week."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from altitude.domain.entities import Milestone, Plan, new_plan
from altitude.domain.metrics import (
    GLIDE_WEEKDAY,
    glide_path,
    glide_target,
    glide_target_for_week,
)
from altitude.domain.weeks import IsoWeek

START = date(2026, 1, 5)  # a Monday


def plan(**changes: object) -> Plan:
    base = new_plan("Engineer", "Engineering manager", START, baseline_share=20, target_share=50)
    return replace(base, **changes)  # type: ignore[arg-type]


def test_default_plan_runs_through_its_30_60_90_milestones() -> None:
    assert glide_path(plan()) == [
        (START, 20),
        (START + timedelta(days=30), 30),
        (START + timedelta(days=60), 40),
        (START + timedelta(days=90), 50),
    ]


def test_horizon_end_is_added_when_no_milestone_lands_on_it() -> None:
    p = plan(milestones=(Milestone(60, 45), Milestone(30, 25)))
    assert glide_path(p) == [
        (START, 20),
        (START + timedelta(days=30), 25),
        (START + timedelta(days=60), 45),
        (START + timedelta(days=90), 50),
    ]


def test_a_milestone_on_the_horizon_end_replaces_the_target_point() -> None:
    p = plan(milestones=(Milestone(90, 55),))
    assert glide_path(p) == [(START, 20), (START + timedelta(days=90), 55)]
    assert glide_target(p, START + timedelta(days=200)) == 55


def test_milestones_on_day_zero_leave_the_start_to_the_baseline() -> None:
    p = plan(milestones=(Milestone(0, 99),))
    assert glide_path(p) == [(START, 20), (START + timedelta(days=90), 50)]


def test_before_the_start_the_baseline_and_after_the_end_the_target() -> None:
    p = plan()
    assert glide_target(p, START - timedelta(days=400)) == 20
    assert glide_target(p, START) == 20
    assert glide_target(p, START + timedelta(days=90)) == 50
    assert glide_target(p, START + timedelta(days=3650)) == 50


def test_between_points_the_target_is_linear() -> None:
    p = plan(milestones=())
    assert glide_target(p, START + timedelta(days=45)) == 35
    assert glide_target(p, START + timedelta(days=9)) == 23


def test_a_week_is_judged_by_its_thursday() -> None:
    p = plan(milestones=())
    assert GLIDE_WEEKDAY == 3
    week = IsoWeek.of(START)  # START is day 0, so Thursday is day 3
    assert glide_target_for_week(p, week) == 21
    assert glide_target_for_week(p, week + 1) == glide_target(p, START + timedelta(days=10))
    assert glide_target_for_week(p, week + -1) == 20


@st.composite
def plans(draw: st.DrawFn) -> Plan:
    horizon = draw(st.integers(min_value=1, max_value=1096))
    shares = st.floats(min_value=0, max_value=100, allow_nan=False)
    days = draw(st.lists(st.integers(1, horizon), unique=True, max_size=6))
    milestones = tuple(Milestone(d, draw(shares)) for d in sorted(days))
    start = draw(st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 1, 1)))
    return Plan(
        "Engineer",
        "Manager",
        start,
        start + timedelta(days=horizon),
        draw(shares),
        draw(shares),
        milestones=milestones,
    )


@settings(deadline=None)
@given(plans())
def test_glide_path_hits_every_milestone_exactly(p: Plan) -> None:
    for milestone in p.milestones:
        assert glide_target(p, p.start_date + timedelta(days=milestone.day)) == (
            milestone.target_share
        )
    assert glide_target(p, p.start_date) == p.baseline_share
    path = glide_path(p)
    assert path[0] == (p.start_date, p.baseline_share)
    assert path[-1][0] == p.horizon_end
    assert [d for d, _ in path] == sorted({d for d, _ in path})


@settings(deadline=None)
@given(plans(), st.data())
def test_glide_path_interpolates_monotonically_between_two_points(
    p: Plan, data: st.DataObject
) -> None:
    path = glide_path(p)
    index = data.draw(st.integers(0, len(path) - 2))
    (first_day, first_share), (last_day, last_share) = path[index], path[index + 1]
    targets = [
        glide_target(p, first_day + timedelta(days=n))
        for n in range((last_day - first_day).days + 1)
    ]
    assert targets[0] == first_share
    assert targets[-1] == last_share
    low, high = min(first_share, last_share), max(first_share, last_share)
    assert all(low - 1e-9 <= t <= high + 1e-9 for t in targets)
    steps = list(pairwise(targets))
    if first_share <= last_share:
        assert all(a <= b for a, b in steps)
    else:
        assert all(a >= b for a, b in steps)


@settings(deadline=None)
@given(plans(), st.integers(min_value=-2000, max_value=3000))
def test_glide_target_is_always_a_share(p: Plan, offset: int) -> None:
    assert 0 <= glide_target(p, p.start_date + timedelta(days=offset)) <= 100
