"""The chart canvas: lazy loading, redrawing only on change, saving, and the plan's charts."""

from __future__ import annotations

import stat
import subprocess
import sys
import textwrap
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt

from altitude.domain.entities import Person
from altitude.services import Altitude
from altitude.ui.shared.chart_canvas import ChartCanvas, chart_library_loaded
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.dialogs import ScriptedDialogs
from altitude.ui.shared.plan_charts import FreedChart, MatrixChart, TrajectoryChart

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"


def line_builder(calls: list[bool]) -> Callable[[Any, Any], None]:
    """A builder that draws one line (gid "probe") and records the palette's darkness."""

    def build(figure: Any, palette: Any) -> None:
        figure.clear()
        figure.set_facecolor(palette.background)
        ax = figure.add_subplot()
        (line,) = ax.plot([0, 1, 2], [1, 3, 2])
        line.set_gid("probe")
        calls.append(palette.dark)

    return build


@pytest.fixture
def shown_canvas(qtbot, service: Altitude, dialogs: ScriptedDialogs):  # type: ignore[no-untyped-def]
    def make(ctx: AppContext | None = None) -> ChartCanvas:
        canvas = ChartCanvas(ctx or AppContext(service, dialogs), "Probe chart", "probe")
        qtbot.addWidget(canvas)
        canvas.resize(640, 400)
        canvas.show()
        qtbot.waitExposed(canvas)
        return canvas

    return make


def loaded(qtbot, canvas: ChartCanvas) -> ChartCanvas:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(canvas.is_loaded, timeout=30000)  # a cold matplotlib import on a busy machine
    return canvas


def gids(canvas: ChartCanvas) -> set[str]:
    assert canvas.figure is not None
    return {a.get_gid() for a in canvas.figure.findobj() if a.get_gid()}


def test_the_canvas_shows_a_placeholder_first_and_the_figure_once_matplotlib_has_loaded(
    qtbot, service: Altitude, dialogs: ScriptedDialogs
) -> None:  # type: ignore[no-untyped-def]
    calls: list[bool] = []
    canvas = ChartCanvas(AppContext(service, dialogs), "Probe chart", "probe")
    qtbot.addWidget(canvas)
    canvas.set_builder(line_builder(calls), key=1)
    # Loading waits for the canvas to be shown and the event loop: until then only the
    # placeholder is there.
    assert canvas.placeholder.isVisibleTo(canvas)
    assert canvas.placeholder.text() == "Loading chart…"
    assert canvas.canvas is None and calls == []
    canvas.resize(640, 400)
    canvas.show()

    loaded(qtbot, canvas)
    assert chart_library_loaded()
    assert canvas.canvas is not None and canvas.canvas.isVisible()
    assert not canvas.placeholder.isVisible()
    assert calls == [False]
    assert "probe" in gids(canvas)
    assert canvas.canvas.accessibleName() == "Probe chart"
    assert canvas.save_action.isEnabled()


def test_the_builder_runs_again_only_when_its_key_changes_or_the_theme_flips(
    qtbot, shown_canvas, service: Altitude, dialogs: ScriptedDialogs
) -> None:  # type: ignore[no-untyped-def]
    ctx = AppContext(service, dialogs)
    calls: list[bool] = []
    canvas = loaded(qtbot, shown_canvas(ctx))
    build = line_builder(calls)
    canvas.set_builder(build, key=("week", 1))
    canvas.set_builder(build, key=("week", 1))
    assert calls == [False]
    canvas.set_builder(build, key=("week", 2))
    assert calls == [False, False]
    ctx.set_dark(True)
    assert calls == [False, False, True]
    assert canvas.figure is not None and canvas.figure.get_facecolor()[0] < 0.5  # dark
    ctx.set_dark(True)  # no change, no redraw
    canvas.set_builder(build, key=None)  # None: always redraw
    assert calls == [False, False, True, True]
    assert canvas.builds == 4


def test_a_hidden_canvas_catches_up_when_shown(qtbot, shown_canvas) -> None:  # type: ignore[no-untyped-def]
    calls: list[bool] = []
    canvas = loaded(qtbot, shown_canvas())
    build = line_builder(calls)
    canvas.set_builder(build, key=1)
    canvas.hide()
    canvas.set_builder(build, key=2)
    canvas.set_builder(build, key=3)
    assert calls == [False]
    canvas.show()
    assert calls == [False, False]


@pytest.mark.parametrize(
    ("name", "magic"),
    [("chart.png", b"\x89PNG\r\n\x1a\n"), ("chart.svg", b"<?xml"), ("chart.pdf", b"%PDF-")],
)
def test_save_from_the_context_menu_writes_the_chosen_format_privately(
    qtbot, shown_canvas, service: Altitude, out: Path, name: str, magic: bytes
) -> None:  # type: ignore[no-untyped-def]
    dialogs = ScriptedDialogs(path=out / name)
    canvas = loaded(qtbot, shown_canvas(AppContext(service, dialogs)))
    canvas.set_builder(line_builder([]), key=1)
    menu = canvas.context_menu()
    [action] = menu.actions()
    assert action.text() == "Save chart as PNG / SVG / PDF…"
    action.trigger()

    written = out / name
    assert written.read_bytes().startswith(magic)
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert sorted(p.name for p in out.iterdir()) == [name]  # no temp file left
    assert dialogs.errors() == []
    assert [c[0] for c in dialogs.calls] == ["save_path"]


def test_a_name_without_suffix_is_saved_as_png(qtbot, shown_canvas, service, out) -> None:  # type: ignore[no-untyped-def]
    dialogs = ScriptedDialogs(path=out / "trajectory")
    canvas = loaded(qtbot, shown_canvas(AppContext(service, dialogs)))
    canvas.set_builder(line_builder([]), key=1)
    assert canvas.save_as() == out / "trajectory.png"
    assert (out / "trajectory.png").read_bytes().startswith(b"\x89PNG")


@pytest.mark.parametrize(
    ("relative", "expected"),
    [("chart.jpg", "use .png, .svg or .pdf"), ("missing/chart.png", "Can't write")],
)
def test_a_chart_that_cannot_be_saved_says_why_and_writes_nothing(
    qtbot, shown_canvas, service, out: Path, relative: str, expected: str
) -> None:  # type: ignore[no-untyped-def]
    dialogs = ScriptedDialogs(path=out / relative)
    canvas = loaded(qtbot, shown_canvas(AppContext(service, dialogs)))
    canvas.set_builder(line_builder([]), key=1)
    assert canvas.save_as() is None
    [error] = dialogs.errors()
    assert expected in error
    assert list(out.iterdir()) == []


def test_cancelling_the_save_dialog_writes_nothing(qtbot, shown_canvas, service, out) -> None:  # type: ignore[no-untyped-def]
    dialogs = ScriptedDialogs(path=None)
    canvas = loaded(qtbot, shown_canvas(AppContext(service, dialogs)))
    assert canvas.save_as() is None
    assert dialogs.errors() == [] and list(out.iterdir()) == []


def test_freed_chart_redraws_when_delegations_change_but_not_for_the_team(
    qtbot, sample_service: Altitude, dialogs: ScriptedDialogs
) -> None:  # type: ignore[no-untyped-def]
    ctx = AppContext(sample_service, dialogs)
    chart = FreedChart(ctx)
    qtbot.addWidget(chart)
    chart.show()
    qtbot.waitUntil(lambda: chart.builds == 1, timeout=30000)
    assert {"freed", "taken-back"} <= gids(chart)

    svc = sample_service
    ctx.perform("add", lambda: svc.add_person(Person("Ana")))
    assert chart.builds == 1  # the team is not on this chart
    delegation = next(d for d in svc.state.delegations if d.hours_freed > 0)
    ctx.perform("delete", lambda: svc.delete_delegation(delegation.id))  # type: ignore[arg-type]
    assert chart.builds == 2


def test_the_trajectory_chart_updates_its_figure_in_place_when_a_week_changes(
    qtbot, sample_service: Altitude, dialogs: ScriptedDialogs
) -> None:  # type: ignore[no-untyped-def]
    ctx = AppContext(sample_service, dialogs)
    chart = TrajectoryChart(ctx)
    qtbot.addWidget(chart)
    chart.show()
    qtbot.waitUntil(lambda: chart.builds == 1, timeout=30000)
    assert chart.figure is not None and chart.canvas is not None
    [axes] = chart.figure.axes
    assert {"strategy", "execution", "glide", "band", "today", "legend"} <= gids(chart)
    chart.canvas.draw()

    svc = sample_service
    latest = max(svc.state.checkins, key=lambda c: c.week)
    total = latest.execution_hours + latest.strategy_hours  # the item hours must still add up
    changed = replace(latest, execution_hours=total / 4, strategy_hours=total * 3 / 4)
    ctx.perform("log", lambda: svc.record_checkin(changed))
    assert dialogs.errors() == []
    assert chart.builds == 2
    assert chart.figure.axes == [axes]  # the same axes, updated
    [line] = [a for a in axes.lines if a.get_gid() == "strategy"]
    assert line.get_xdata()[-1] == latest.week.monday()
    assert line.get_ydata()[-1] == 75.0
    assert len(line.get_xdata()) == len(svc.state.checkins)
    assert {"strategy", "execution", "glide", "band", "today", "legend"} <= gids(chart)
    assert len(chart.figure.legends) == 1


def test_clicking_a_bubble_on_the_matrix_picks_its_item(
    qtbot, sample_service: Altitude, dialogs: ScriptedDialogs
) -> None:  # type: ignore[no-untyped-def]
    chart = MatrixChart(AppContext(sample_service, dialogs))
    qtbot.addWidget(chart)
    chart.resize(800, 560)
    chart.show()
    qtbot.waitUntil(lambda: chart.builds == 1, timeout=30000)
    assert chart.canvas is not None and chart.figure is not None
    chart.canvas.draw()
    [scatter] = [c for ax in chart.figure.axes for c in ax.collections if c.get_gid() == "items"]
    biggest = max(range(len(chart.items)), key=lambda i: chart.items[i].hours)
    x, y = scatter.get_offset_transform().transform(scatter.get_offsets()[biggest])
    ratio = chart.canvas.device_pixel_ratio
    height = chart.figure.bbox.height
    with qtbot.waitSignal(chart.item_picked) as picked:
        qtbot.mouseClick(
            chart.canvas,
            Qt.MouseButton.LeftButton,
            pos=QPoint(int(x / ratio), int((height - y) / ratio)),
        )
    assert picked.args == [chart.items[biggest].id]


def test_start_up_shows_the_window_before_matplotlib_is_imported(tmp_path: Path) -> None:
    script = textwrap.dedent(
        """
        import sys, time
        from datetime import date
        from pathlib import Path
        from altitude.services import Altitude
        from altitude.ui.app import build_window
        from altitude.ui.shared.dialogs import ScriptedDialogs
        from PySide6.QtWidgets import QApplication

        service = Altitude.open(Path(sys.argv[1]))
        service.clock = lambda: date(2026, 11, 23)
        service.load_sample()
        window = build_window(service, ScriptedDialogs())
        window.show_page(0)
        window.show()
        print("at show:", "matplotlib" in sys.modules, "altitude.charts" in sys.modules)
        chart = window.pages[0].chart
        print("placeholder:", chart.placeholder.isVisible())
        app = QApplication.instance()
        for _ in range(3000):
            if chart.builds:
                break
            app.processEvents()
            time.sleep(0.01)
        print("after:", "matplotlib" in sys.modules, chart.builds)
        """
    )
    env = {**__import__("os").environ, "PYTHONPATH": str(DESKTOP)}
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "at show: False False",
        "placeholder: True",
        "after: True 1",
    ]


def test_the_inventory_matrix_view_draws_on_demand_and_picks_items_for_the_weighing_panel(
    qtbot, sample_service: Altitude, dialogs: ScriptedDialogs
) -> None:  # type: ignore[no-untyped-def]
    from altitude.ui.inventory.page import InventoryPage

    page = InventoryPage(AppContext(sample_service, dialogs))
    qtbot.addWidget(page)
    page.resize(1110, 720)
    page.show()
    qtbot.waitExposed(page)
    assert page.table.isVisible() and not page.matrix.isVisible()
    assert page.table_button.isChecked() and page.matrix_button.accessibleName() == "Matrix view"

    page.matrix_button.click()
    assert page.matrix.isVisible() and not page.table.isVisible()
    assert page.matrix_button.isChecked() and not page.filter.isEnabled()
    qtbot.waitUntil(lambda: page.matrix.builds == 1, timeout=30000)
    assert page.panel.isVisible()
    [scatter] = [a for a in page.matrix.figure.findobj() if a.get_gid() == "items"]  # type: ignore[union-attr]
    assert len(scatter.get_offsets()) == len(sample_service.state.items)

    other = next(i for i in sample_service.state.items if i.id != page.panel.item_id())
    page.matrix.item_picked.emit(other.id)
    assert page.panel.item_id() == other.id
    assert page.selected_item() == other

    page.table_button.click()
    assert page.table.isVisible() and page.filter.isEnabled()
    assert page.table.currentIndex().data(Qt.ItemDataRole.DisplayRole) == other.title
