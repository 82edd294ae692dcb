"""The benchmark scripts still run against the code as it is (one quick pass, no timing).

`make bench` is run by hand, so nothing else would notice an API change breaking it.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from altitude.services import Altitude

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
TODAY = date(2026, 11, 23)


@pytest.fixture
def inprocess(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    import inprocess as module

    yield module
    sys.modules.pop("inprocess", None)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    service = Altitude.open(tmp_path / "data")
    service.clock = lambda: TODAY
    service.load_sample()
    service.close()
    return tmp_path / "data"


def test_the_scale_measures_run_and_agree_with_each_other(inprocess, folder: Path) -> None:  # type: ignore[no-untyped-def]
    cards, attention, shares = inprocess.dashboard_data(folder, TODAY)
    assert len(cards) == 6 and attention
    floor = inprocess.weekly_shares_floor(folder)
    assert [(str(s.week), round(s.strategy_share, 6)) for s in shares] == [
        (week, round(share, 6)) for week, share in floor
    ]
    assert inprocess.checked_open_floor(folder) == floor
    phases = inprocess.phase_times(folder, TODAY, runs=1)
    assert set(phases) >= {"open", "read", "compute"}
    assert all(ms >= 0 for ms in phases.values())


def test_the_chart_and_report_measures_run(qapp, inprocess, folder: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    service = Altitude.open(folder)
    try:
        state = service.state
    finally:
        service.close()
    bench = inprocess.ChartBench()
    try:
        bench.trajectory(state, TODAY)
        bench.first_trajectory(state, TODAY)
        bench.bare_line(state)
    finally:
        bench.close()
    assert inprocess.report_ms(state, TODAY, tmp_path / "r.pdf", runs=1) > 0
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")


def test_the_fill_week_measure_runs_on_a_small_calendar(monkeypatch: pytest.MonkeyPatch) -> None:
    """benchmarks/fill_week.py once over a test fixture (the real run is 5 years, by hand)."""
    from altitude.domain.weeks import IsoWeek

    monkeypatch.syspath_prepend(str(BENCHMARKS))
    import fill_week

    fixture = BENCHMARKS.parent / "tests" / "timeimport" / "fixtures" / "focus_moved.ics"
    ms = fill_week.measure(fixture, [IsoWeek(2026, 10), IsoWeek(2026, 11)], runs=1)
    assert set(ms) == {"baseline", "first read", "fill"}
    assert all(value > 0 for value in ms.values())
    for name in ("fill_week", "time_import"):
        sys.modules.pop(name, None)


def test_the_fill_week_dialog_click_runs_on_a_small_calendar(
    qapp, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from altitude.domain.weeks import IsoWeek

    monkeypatch.syspath_prepend(str(BENCHMARKS))
    import fill_week

    fixture = BENCHMARKS.parent / "tests" / "timeimport" / "fixtures" / "focus_moved.ics"
    assert fill_week.measure_dialog(fixture, [IsoWeek(2026, 10), IsoWeek(2026, 11)], runs=1) > 0
    for name in ("fill_week", "time_import"):
        sys.modules.pop(name, None)
