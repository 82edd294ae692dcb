"""The decision journal's charts: calibration points per bin over the diagonal, and the
team's share by month; both say what to do when there is nothing to draw."""

from __future__ import annotations

from datetime import date

from altitude.charts.growth.decisions import (
    CALIBRATION_EMPTY,
    SHARE_EMPTY,
    calibration_figure,
    team_share_figure,
)
from altitude.charts.style import palette
from altitude.domain.growth.decision_stats import Bin
from altitude.domain.growth.decision_trends import MonthShare


def _texts(fig) -> list[str]:  # type: ignore[no-untyped-def]
    return [t.get_text() for t in fig.texts]


def test_calibration_draws_one_point_per_filled_bin_with_its_count() -> None:
    bins = [Bin(i * 10, i * 10 + 10, 0, 0, None) for i in range(10)]
    bins[7] = Bin(70, 80, 10, 7, 72.0)
    bins[9] = Bin(90, 100, 2, 2, 95.0)  # thin: drawn hollow
    fig = calibration_figure(bins, palette(False))
    (ax,) = fig.axes
    (diagonal,) = [line for line in ax.lines if line.get_gid() == "diagonal"]
    assert list(diagonal.get_xdata()) == [0, 100] and list(diagonal.get_ydata()) == [0, 100]
    (points,) = [c for c in ax.collections if c.get_gid() == "bins"]
    assert [tuple(p) for p in points.get_offsets()] == [(72.0, 70.0), (95.0, 100.0)]
    counts = [t.get_text() for t in ax.texts if t.get_gid() == "bin-count"]
    assert counts == ["10", "2"]
    faces = points.get_facecolors()
    assert tuple(faces[0]) != tuple(faces[1])  # the thin bin is hollow


def test_calibration_without_reviews_says_so() -> None:
    fig = calibration_figure([Bin(0, 10, 0, 0, None)], palette(True))
    assert fig.axes == [] and _texts(fig) == [CALIBRATION_EMPTY]


def test_team_share_bars_by_month_and_empty_state() -> None:
    months = [
        MonthShare(date(2026, 9, 1), 0, 2),
        MonthShare(date(2026, 10, 1), 1, 2),
        MonthShare(date(2026, 11, 1), 0, 0),  # no decisions: no bar
    ]
    fig = team_share_figure(months, palette(False))
    (ax,) = fig.axes
    bars = list(ax.patches)
    assert [round(b.get_height()) for b in bars] == [0, 50]
    assert [t.get_text() for t in ax.texts] == ["0 of 2", "1 of 2"]
    empty = team_share_figure([], palette(False))
    assert _texts(empty) == [SHARE_EMPTY]
