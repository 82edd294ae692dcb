"""Scoring the journal: calibration in 10-point bins, the Brier score, the process x outcome
grid, the team's share of decisions and how long decisions waited."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from altitude.domain.growth.decision_stats import (
    MIN_REVIEWED,
    Bin,
    bin_index,
    brier,
    calibration,
    process_outcome_grid,
    scores,
)
from altitude.domain.growth.decision_trends import (
    MonthShare,
    median_wait,
    team_share_by_month,
    waiting_days,
)
from altitude.domain.growth.decisions import Door, JournalEntry, JournalReview, Quality

DAY = date(2026, 1, 5)


def entry(
    confidence: int = 70,
    came_true: bool | None = True,
    process: Quality = Quality.GOOD,
    outcome: Quality = Quality.GOOD,
    decided_on: date = DAY,
    made_by_id: int | None = None,
    raised_on: date | None = None,
) -> JournalEntry:
    reviews = () if came_true is None else (JournalReview(DAY, came_true, outcome, process),)
    return JournalEntry(
        "Decide", "risk", Door.TWO_WAY, decided_on, decided_on + timedelta(21), 70, "a",
        "It works", decided_on + timedelta(28), confidence, ("a", "b"),
        raised_on=raised_on, made_by_id=made_by_id, reviews=reviews,
    )  # fmt: skip


def forecaster(confidence: int, n: int) -> list[JournalEntry]:
    """n forecasts at ``confidence`` of which as near confidence% as n allows came true."""
    hits = round(n * confidence / 100)
    return [entry(confidence, i < hits) for i in range(n)]


# ---------------------------------------------------------------- calibration
def test_bins_hold_ten_points_and_100_sits_in_the_top_bin() -> None:
    assert [bin_index(c) for c in (0, 9, 10, 69, 70, 99, 100)] == [0, 0, 1, 6, 7, 9, 9]


def test_calibration_counts_only_reviewed_entries_in_all_ten_bins() -> None:
    bins = calibration([entry(72, True), entry(75, False), entry(30, None), entry(100, True)])
    assert [(b.low, b.high) for b in bins] == [(10 * i, 10 * i + 10) for i in range(10)]
    assert bins[7] == Bin(70, 80, 2, 1, 73.5)
    assert bins[7].rate == 50.0 and bins[7].thin
    assert bins[9].count == 1 and bins[3].count == 0 and bins[3].rate is None


@settings(deadline=None, max_examples=60)
@given(
    st.lists(st.integers(0, 100), min_size=1, max_size=5),
    st.integers(200, 400),
)
def test_a_calibrated_forecaster_is_calibrated(confidences: list[int], n: int) -> None:
    """Deterministic: of n forecasts at c%, round(n*c/100) came true; a bin may mix several
    confidences, and its rate still lands within half a forecast of their mean."""
    entries = [e for c in confidences for e in forecaster(c, n)]
    for b in calibration(entries):
        if b.count:
            assert b.rate is not None and b.mean_confidence is not None
            assert abs(b.rate - b.mean_confidence) <= 100 / (2 * n) + 1e-9


def test_an_overconfident_forecaster_shows_it() -> None:
    bins = calibration([entry(90, i < 10) for i in range(20)])
    assert bins[9].rate == 50.0 and bins[9].mean_confidence == 90.0


# ---------------------------------------------------------------- the Brier score
def test_the_brier_score_of_no_reviews_is_none() -> None:
    assert brier([]) is None and brier([entry(came_true=None)]) is None


def test_perfect_and_perfectly_wrong() -> None:
    assert brier([entry(100, True), entry(0, False)]) == 0.0
    assert brier([entry(100, False), entry(0, True)]) == 1.0


@given(st.lists(st.booleans(), min_size=1, max_size=200))
def test_always_saying_50_scores_exactly_a_quarter(outcomes: list[bool]) -> None:
    assert brier([entry(50, o) for o in outcomes]) == 0.25


@given(st.lists(st.tuples(st.integers(0, 100), st.booleans()), min_size=1, max_size=50))
def test_the_brier_score_is_between_0_and_1(forecasts: list[tuple[int, bool]]) -> None:
    score = brier([entry(c, o) for c, o in forecasts])
    assert score is not None and 0 <= score <= 1


def test_a_calibrated_70_scores_its_variance() -> None:
    score = brier(forecaster(70, 100))
    assert score is not None and math.isclose(score, 0.7 * 0.3)


def test_scores_wait_for_enough_reviews() -> None:
    few = forecaster(70, MIN_REVIEWED - 1) + [entry(came_true=None)] * 5
    assert scores(few) is None
    enough = scores(forecaster(70, MIN_REVIEWED))
    assert enough is not None and enough.reviewed == MIN_REVIEWED == 10
    assert enough.bins[7].count == MIN_REVIEWED


# ---------------------------------------------------------------- process x outcome
def test_the_grid_names_its_cells() -> None:
    poor_luck = entry(process=Quality.GOOD, outcome=Quality.POOR)
    cells = process_outcome_grid([poor_luck, entry(), entry(came_true=None)])
    assert [c.name for c in cells] == ["earned reward", "bad luck", "dumb luck", "just deserts"]
    assert [c.count for c in cells] == [1, 1, 0, 0] and cells[1].entries == (poor_luck,)


qualities = st.sampled_from(list(Quality))


@given(st.lists(st.tuples(qualities, qualities, st.booleans(), st.booleans()), max_size=30))
def test_the_four_cells_partition_the_reviewed_entries(
    rows: list[tuple[Quality, Quality, bool, bool]],
) -> None:
    entries = [
        replace(entry(process=p, outcome=o), confidence=i) if done else entry(came_true=None)
        for i, (p, o, done, _) in enumerate(rows)
    ]
    cells = process_outcome_grid(entries)
    placed = [id(e) for c in cells for e in c.entries]
    assert sorted(placed) == sorted(id(e) for e in entries if e.review is not None)


# ---------------------------------------------------------------- over time
def test_the_team_share_by_month_fills_empty_months() -> None:
    entries = [
        entry(decided_on=date(2025, 12, 30)),
        entry(decided_on=date(2025, 12, 1), made_by_id=3),
        entry(decided_on=date(2026, 2, 14), made_by_id=3),
    ]
    months = team_share_by_month(entries)
    assert months == [
        MonthShare(date(2025, 12, 1), 1, 2),
        MonthShare(date(2026, 1, 1), 0, 0),
        MonthShare(date(2026, 2, 1), 1, 1),
    ]
    assert [m.share for m in months] == [50.0, None, 100.0]
    assert team_share_by_month([]) == []


def test_waiting_days_run_from_raised_to_decided() -> None:
    slow = entry(raised_on=DAY - timedelta(days=30))
    quick = entry(raised_on=DAY - timedelta(days=2))
    waits = waiting_days([quick, entry(), slow])
    assert [(w.entry, w.days) for w in waits] == [(slow, 30), (quick, 2)]
    assert median_wait([quick, slow]) == 16
    assert median_wait([quick], Door.ONE_WAY) is None
