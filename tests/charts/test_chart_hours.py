"""The weekly hours figure: stacked bars whose heights are the logged hours."""

from __future__ import annotations

import pytest
from chart_figures import by_gid, num, texts
from chart_states import START, checkin

from altitude.charts.hours import EMPTY_MESSAGE, MAX_TOTAL_LABELS, hours_figure
from altitude.charts.style import palette
from altitude.domain.weeks import IsoWeek

W = IsoWeek.of(START)


def test_bars_stack_strategy_on_execution_and_sum_to_the_total() -> None:
    checkins = [checkin(W + 1, 20, 12.5), checkin(W, 30, 10), checkin(W + 3, 0, 0)]
    fig = hours_figure(checkins, palette(False))
    execution = by_gid(fig, "execution")
    strategy = by_gid(fig, "strategy")
    assert [b.get_height() for b in execution] == [30, 20, 0]
    assert [b.get_height() for b in strategy] == [10, 12.5, 0]
    assert [b.get_y() for b in strategy] == [30, 20, 0]
    tops = [b.get_y() + b.get_height() for b in strategy]
    assert tops == [40, 32.5, 0]
    centres = [b.get_x() + b.get_width() / 2 for b in execution]
    assert centres == pytest.approx([num(w.monday()) for w in (W, W + 1, W + 3)])


def test_totals_are_labelled_above_each_bar() -> None:
    checkins = [checkin(W, 30, 10), checkin(W + 1, 20, 12.5)]
    fig = hours_figure(checkins, palette(False))
    labels = sorted(by_gid(fig, "total"), key=lambda t: t.xy[1])
    assert [t.get_text() for t in labels] == ["32.5", "40"]
    assert [t.xy[1] for t in labels] == [32.5, 40]


def test_many_weeks_label_fewer_totals_but_always_the_latest() -> None:
    checkins = [checkin(W + n, 30, n % 10) for n in range(120)]
    fig = hours_figure(checkins, palette(False))
    labels = by_gid(fig, "total")
    assert 0 < len(labels) <= MAX_TOTAL_LABELS
    latest = (W + 119).monday()
    assert any(t.xy[0] == latest for t in labels)
    assert len(by_gid(fig, "execution")) == 120


def test_bars_for_a_few_weeks_stay_narrow() -> None:
    fig = hours_figure([checkin(W, 30, 10)], palette(False))
    (bar,) = by_gid(fig, "execution")
    left, right = fig.axes[0].get_xlim()
    assert bar.get_width() / (right - left) < 0.15


def test_no_check_ins_show_the_empty_state() -> None:
    fig = hours_figure([], palette(True))
    assert fig.axes == []
    assert texts(fig) == [EMPTY_MESSAGE]
