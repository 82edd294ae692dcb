"""Watkins' five situations: each sets a glide-path shape and an emphasis, as labelled
rules of thumb; the shapes differ as described and stay between baseline and target."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from altitude.domain.guidance.situations import (
    GUIDES,
    SOURCE,
    STRAIGHT,
    Emphasis,
    Situation,
    guide_for,
    milestone_shares,
    shape_for,
)
from altitude.domain.plan_draft import Draft
from altitude.domain.validation import validate_plan

DAYS = (30, 60, 90)


def shares(situation: Situation | None, baseline: float = 20.0, target: float = 60.0) -> list:
    return list(milestone_shares(DAYS, baseline, target, 90, situation))


def test_there_are_the_five_stars_situations_each_with_its_texts_and_source() -> None:
    assert [g.situation for g in GUIDES] == list(Situation)
    for guide in GUIDES:
        assert guide.name and guide.recognise.endswith(".") and guide.asks.endswith(".")
        assert guide.pace and guide.first_move
        assert guide.kind == "rule of thumb"
        assert guide.source == SOURCE
    assert "Watkins, The First 90 Days, STARS" in SOURCE
    assert "Altitude's own rule of thumb" in SOURCE


def test_each_situation_puts_its_own_move_first() -> None:
    assert guide_for(Situation.TURNAROUND).emphasis is Emphasis.DECISIONS
    assert guide_for(Situation.ACCELERATED_GROWTH).emphasis is Emphasis.DELEGATION_AND_SYSTEMS
    assert guide_for(Situation.START_UP).emphasis is Emphasis.DELEGATION_AND_SYSTEMS
    assert guide_for(Situation.REALIGNMENT).emphasis is Emphasis.RELATIONSHIPS_AND_NARRATIVE
    assert guide_for(Situation.SUSTAINING_SUCCESS).emphasis is Emphasis.LEARNING


def test_not_sure_keeps_the_straight_line() -> None:
    assert shape_for(None) is STRAIGHT
    assert shares(None) == [33.0, 47.0, 60.0]


def test_the_turnaround_front_loads_and_sustaining_success_shifts_slowest() -> None:
    turnaround = shares(Situation.TURNAROUND)
    start_up = shares(Situation.START_UP)
    growth = shares(Situation.ACCELERATED_GROWTH)
    realignment = shares(Situation.REALIGNMENT)
    sustaining = shares(Situation.SUSTAINING_SUCCESS)
    assert turnaround == [45.0, 57.0, 60.0]
    assert sustaining == [24.0, 36.0, 60.0]
    assert growth == shares(None)  # steady: the straight line
    # At the first two milestones: fastest to slowest, every one distinct.
    for index in (0, 1):
        column = [s[index] for s in (turnaround, start_up, growth, realignment, sustaining)]
        assert column == sorted(column, reverse=True)
        assert len(set(column)) == 5
    # Front-loaded: most of the shift done in the first third.
    assert turnaround[0] - 20 > (60 - 20) / 2
    # Back-loaded: less than half of it two thirds of the way in.
    assert sustaining[1] - 20 < (60 - 20) / 2


@pytest.mark.parametrize("situation", [None, *Situation])
@given(
    baseline=st.floats(0, 100, allow_nan=False),
    target=st.floats(0, 100, allow_nan=False),
    horizon=st.integers(1, 1096),
    days=st.lists(st.integers(1, 1200), min_size=1, max_size=6),
)
def test_every_shape_rises_and_stays_within_baseline_and_target(
    situation: Situation | None, baseline: float, target: float, horizon: int, days: list[int]
) -> None:
    days = sorted(days)
    values = milestone_shares(days, baseline, target, horizon, situation)
    low, high = min(baseline, target), max(baseline, target)
    assert all(low <= v <= high for v in values)
    step = 1 if target >= baseline else -1
    assert all(step * (b - a) >= 0 for a, b in pairwise(values))  # monotone towards target
    if days[-1] >= horizon:
        assert values[-1] == pytest.approx(min(max(round(target), low), high))


def test_the_draft_shapes_its_milestones_and_they_stay_editable() -> None:
    from altitude.domain.entities import InventoryItem, Mode

    items = (
        InventoryItem(title="Doing the work", hours=8.0, mode=Mode.EXECUTION),
        InventoryItem(title="One-to-ones", hours=2.0, mode=Mode.STRATEGY),
    )
    draft = Draft("Nurse", "Charge nurse", date(2026, 1, 5), items=items, target_share=60.0)
    straight = draft.plan(date(2026, 1, 5))
    turnaround = replace(draft, situation=Situation.TURNAROUND).plan(date(2026, 1, 5))
    assert [m.target_share for m in straight.milestones] == [33.0, 47.0, 60.0]
    assert [m.target_share for m in turnaround.milestones] == [45.0, 57.0, 60.0]
    assert validate_plan(turnaround) == {}
    # A default, not a lock: the plan takes other shares like any other.
    edited = replace(
        turnaround,
        milestones=tuple(replace(m, target_share=40.0) for m in turnaround.milestones[:1])
        + turnaround.milestones[1:],
    )
    assert validate_plan(edited) == {}
    assert edited.milestones[0].target_share == 40.0
