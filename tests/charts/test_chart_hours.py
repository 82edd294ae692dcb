"""The weekly hours figure: stacked bars whose heights are the logged hours."""

from __future__ import annotations

import numpy as np
import pytest
from chart_figures import by_gid, num, one, texts
from chart_states import START, checkin
from matplotlib.figure import Figure

from altitude.charts.hours import EMPTY_MESSAGE, MAX_TOTAL_LABELS, hours_figure
from altitude.charts.style import palette
from altitude.domain.weeks import IsoWeek

W = IsoWeek.of(START)


def bars(fig: Figure, gid: str) -> list[tuple[float, float, float]]:
    """(centre, bottom, top) of each rectangle in the collection with ``gid``."""
    out = []
    for path in one(fig, gid).get_paths():
        xs, ys = path.vertices[:, 0], path.vertices[:, 1]
        out.append(((xs.min() + xs.max()) / 2, float(ys.min()), float(ys.max())))
    return out


def test_bars_stack_strategy_on_execution_and_sum_to_the_total() -> None:
    checkins = [checkin(W + 1, 20, 12.5), checkin(W, 30, 10), checkin(W + 3, 0, 0)]
    fig = hours_figure(checkins, palette(False))
    execution = bars(fig, "execution")
    strategy = bars(fig, "strategy")
    assert [(b, t) for _, b, t in execution] == [(0, 30), (0, 20), (0, 0)]
    assert [(b, t) for _, b, t in strategy] == [(30, 40), (20, 32.5), (0, 0)]
    centres = [c for c, _, _ in execution]
    assert centres == pytest.approx([num(w.monday()) for w in (W, W + 1, W + 3)])
    assert [c for c, _, _ in strategy] == centres


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
    assert len(bars(fig, "execution")) == 120


def test_bars_for_a_few_weeks_stay_narrow() -> None:
    fig = hours_figure([checkin(W, 30, 10)], palette(False))
    (path,) = one(fig, "execution").get_paths()
    left, right = fig.axes[0].get_xlim()
    assert np.ptp(path.vertices[:, 0]) / (right - left) < 0.15


def test_no_check_ins_show_the_empty_state() -> None:
    fig = hours_figure([], palette(True))
    assert fig.axes == []
    assert texts(fig) == [EMPTY_MESSAGE]
