"""The dashboard chart's kept picture: written after a live draw, shown at the next start
only for exactly what it was drawn from, never an error when damaged.

A picture made from other data (the CLI changed the plan while the app was closed, a
restore, an import), at another size, in another theme or language is never shown: the
live chart is drawn instead, and kept in its place.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale, QPointF, Qt
from PySide6.QtGui import QImage, QMouseEvent
from PySide6.QtWidgets import QApplication

from altitude.domain.entities import WeeklyCheckIn
from altitude.domain.weeks import IsoWeek
from altitude.services import Altitude
from altitude.ui.dashboard.chart_cache import FILE_NAME, TEXT_KEY, PictureFile
from altitude.ui.dashboard.page import DashboardPage
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.dialogs import ScriptedDialogs

TODAY = date(2026, 11, 23)
DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
SIZE = (1110, 720)

Opened = Callable[..., DashboardPage]


@pytest.fixture
def opened(qtbot) -> Opened:  # type: ignore[no-untyped-def]
    """opened(service, size=SIZE, dark=False) -> a shown dashboard, as at a start-up."""

    def make(service: Altitude, size: tuple[int, int] = SIZE, dark: bool = False) -> DashboardPage:
        ctx = AppContext(service, ScriptedDialogs())
        ctx.dark = dark
        page = DashboardPage(ctx)
        qtbot.addWidget(page)
        page.resize(*size)
        page.show()
        qtbot.waitExposed(page)
        return page

    return make


def drawn_live(qtbot, page: DashboardPage) -> PictureFile:  # type: ignore[no-untyped-def]
    """Wait for the live chart and for its picture to be kept."""
    qtbot.waitUntil(page.chart.is_loaded, timeout=30000)
    pictures = page.chart.pictures
    assert isinstance(pictures, PictureFile)
    qtbot.waitUntil(lambda: pictures.writes == 1, timeout=10000)
    return pictures


@pytest.fixture
def restarted(qtbot, opened: Opened, sample_service: Altitude) -> Iterator[Altitude]:  # type: ignore[no-untyped-def]
    """The sample plan drawn live once (its picture kept), then opened again: a next start."""
    drawn_live(qtbot, opened(sample_service))
    service = reopened(sample_service)
    yield service
    service.close()


def settled(qtbot, page: DashboardPage) -> None:  # type: ignore[no-untyped-def]
    """Long enough for a chart that would load (its fallback is 300 ms) to have loaded."""
    qtbot.wait(600)


def shows_picture(page: DashboardPage) -> bool:
    return page.chart.canvas is None and page.chart.placeholder.shows_chart_picture()


def reopened(service: Altitude) -> Altitude:
    """The same plan, opened again: a new session of the app."""
    folder = service.data_folder()
    service.close()
    again = Altitude.open(folder)
    again.clock = lambda: TODAY
    return again


def test_a_live_draw_is_kept_privately_and_shown_at_the_next_start_without_drawing(
    qtbot, opened: Opened, sample_service: Altitude
) -> None:  # type: ignore[no-untyped-def]
    first = opened(sample_service)
    pictures = drawn_live(qtbot, first)
    path = sample_service.data_folder() / FILE_NAME
    assert pictures.path == path
    assert path.stat().st_mode & 0o777 == 0o600
    first.close()

    service = reopened(sample_service)
    try:
        page = opened(service)
        settled(qtbot, page)
        assert shows_picture(page)
        assert page.chart.builds == 0 and not page.chart.is_loaded()
        assert page.chart.pictures is not None and page.chart.pictures.writes == 0
        placeholder = page.chart.placeholder
        assert placeholder.accessibleName() == "Trajectory chart"
        assert page.chart.toolTip() == "Right-click to save the chart as PNG, SVG or PDF"
        # The picture is what the live chart paints, pixel for pixel.
        kept = placeholder.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        page.chart.load()
        qtbot.waitUntil(lambda: page.chart.builds == 1, timeout=30000)
        assert page.chart.canvas is not None
        qtbot.wait(50)
        live = page.chart.canvas.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        assert live == kept
    finally:
        service.close()


def test_the_menu_or_a_hover_loads_the_live_chart_in_the_pictures_place(
    qtbot, opened: Opened, restarted: Altitude
) -> None:  # type: ignore[no-untyped-def]
    page = opened(restarted)
    settled(qtbot, page)
    assert shows_picture(page)
    at = QPointF(40, 30)
    move = QMouseEvent(QEvent.Type.MouseMove, at, page.chart.placeholder.mapToGlobal(at),
                       Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(page.chart.placeholder, move)  # a hover
    qtbot.waitUntil(page.chart.is_loaded, timeout=30000)
    assert page.chart.placeholder.isHidden() and page.chart.builds == 1


def test_a_picture_of_another_size_is_never_shown(
    qtbot, opened: Opened, restarted: Altitude
) -> None:  # type: ignore[no-untyped-def]
    page = opened(restarted, size=(SIZE[0] - 120, SIZE[1]))
    assert not page.chart.placeholder.shows_chart_picture()
    qtbot.waitUntil(page.chart.is_loaded, timeout=30000)


def test_a_resize_replaces_the_picture_by_the_live_chart(
    qtbot, opened: Opened, restarted: Altitude
) -> None:  # type: ignore[no-untyped-def]
    page = opened(restarted)
    settled(qtbot, page)
    assert shows_picture(page)
    page.resize(SIZE[0] + 150, SIZE[1])
    assert not page.chart.placeholder.shows_chart_picture()
    qtbot.waitUntil(page.chart.is_loaded, timeout=30000)


def test_a_theme_change_draws_live_and_a_picture_in_the_other_theme_is_never_shown(
    qtbot, opened: Opened, restarted: Altitude
) -> None:  # type: ignore[no-untyped-def]
    light = opened(restarted)
    settled(qtbot, light)
    assert shows_picture(light)
    light.ctx.set_dark(True)  # the theme flips while the picture is shown
    assert not light.chart.placeholder.shows_chart_picture()
    pictures = drawn_live(qtbot, light)  # the dark drawing is kept in its place
    assert json.loads(QImage(str(pictures.path)).text(TEXT_KEY))["dark"] is True
    light.close()
    again = opened(restarted)  # the light theme again: the kept picture is dark
    assert not again.chart.placeholder.shows_chart_picture()
    qtbot.waitUntil(again.chart.is_loaded, timeout=30000)


def test_a_picture_in_another_language_is_never_shown(
    qtbot, opened: Opened, restarted: Altitude
) -> None:  # type: ignore[no-untyped-def]
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))  # reset by
    page = opened(restarted)  # the autouse fixture in conftest.py after the test
    assert not page.chart.placeholder.shows_chart_picture()
    qtbot.waitUntil(page.chart.is_loaded, timeout=30000)


def _cli_checkin(folder: Path) -> None:
    """Another process (``altitude checkin``) logs a week while the app is closed."""
    other = Altitude.open(folder)
    other.clock = lambda: TODAY
    try:
        other.record_checkin(WeeklyCheckIn(IsoWeek.of(TODAY), 10.0, 30.0))
    finally:
        other.close()


def test_a_plan_changed_by_the_cli_while_the_app_was_closed_is_drawn_live(
    qtbot, opened: Opened, sample_service: Altitude
) -> None:  # type: ignore[no-untyped-def]
    drawn_live(qtbot, opened(sample_service))
    folder = sample_service.data_folder()
    sample_service.close()
    command = [sys.executable, "-m", "altitude", "--data-dir", str(folder),
               "checkin", "--execution", "10", "--strategy", "30"]  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(DESKTOP), "ALTITUDE_TODAY": TODAY.isoformat()}
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    service = Altitude.open(folder)
    service.clock = lambda: TODAY
    try:
        page = opened(service)
        assert not page.chart.placeholder.shows_chart_picture()
        pictures = drawn_live(qtbot, page)  # and the new drawing is kept in its place
        assert pictures.read(page.chart.picture_key(), 1.0) is not None
    finally:
        service.close()


def test_a_restore_or_an_import_is_drawn_live(
    qtbot, opened: Opened, sample_service: Altitude, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    backup = sample_service.backup_now(tmp_path / "before.db")
    exported = sample_service.export_json().encode()
    _cli_checkin(sample_service.data_folder())
    drawn_live(qtbot, opened(sample_service))  # kept with the extra week

    service = reopened(sample_service)
    try:
        service.restore_backup(backup)  # back to the plan without it
        page = opened(service)
        assert not page.chart.placeholder.shows_chart_picture()
        drawn_live(qtbot, page)
        page.close()
        _cli_checkin(service.data_folder())  # the week again (the picture is of the restore)
        service.import_json(exported, "plan.json", replace_existing=True)
        # The import brings back exactly the restored plan: its picture may show…
        same = opened(service)
        settled(qtbot, same)
        assert shows_picture(same)
        _cli_checkin(service.data_folder())
        changed = opened(service)  # …but not once the plan differs from it
        assert not changed.chart.placeholder.shows_chart_picture()
    finally:
        service.close()


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"not a picture at all",
        lambda data: data[: len(data) // 2],  # cut short
        lambda data: data.replace(b"altitude-picture", b"altitude-pictura"),  # no key
        lambda data: b"",
    ],
    ids=["garbage", "cut short", "no key", "empty"],
)
def test_a_damaged_picture_is_ignored_and_replaced(
    qtbot, opened: Opened, sample_service: Altitude, damage: Callable[[bytes], bytes]
) -> None:  # type: ignore[no-untyped-def]
    drawn_live(qtbot, opened(sample_service))
    path = sample_service.data_folder() / FILE_NAME
    path.write_bytes(damage(path.read_bytes()))
    service = reopened(sample_service)
    try:
        page = opened(service)
        assert not page.chart.placeholder.shows_chart_picture()
        pictures = drawn_live(qtbot, page)  # drawn live, no error, and kept again whole
        assert pictures.read(page.chart.picture_key(), 1.0) is not None
        assert path.stat().st_mode & 0o777 == 0o600
    finally:
        service.close()


def test_start_up_on_a_kept_picture_never_imports_matplotlib_or_numpy(tmp_path: Path) -> None:
    """Two start-ups in their own processes: the first draws live and keeps the picture,
    the second shows it and, a second later, still has neither library loaded."""
    script = textwrap.dedent(
        """
        import sys, time
        from datetime import date
        from pathlib import Path
        from PySide6.QtWidgets import QApplication
        from altitude.services import Altitude
        from altitude.ui.app import build_window
        from altitude.ui.shared.dialogs import ScriptedDialogs

        folder, first = Path(sys.argv[1]), sys.argv[2] == "first"
        service = Altitude.open(folder)
        service.clock = lambda: date(2026, 11, 23)
        if first:
            service.load_sample()
        window = build_window(service, ScriptedDialogs())
        window.resize(1180, 760)
        window.show()
        chart = window.current_page().chart
        app = QApplication.instance()
        deadline = time.monotonic() + (60 if first else 1.5)
        while time.monotonic() < deadline:
            app.processEvents()
            if first and chart.pictures.writes:
                break
            time.sleep(0.01)
        print(first, "matplotlib" in sys.modules, "numpy" in sys.modules,
              chart.placeholder.shows_chart_picture(), chart.pictures.writes)
        window.close()
        service.close()
        """
    )
    env = {
        **os.environ,
        "PYTHONPATH": str(DESKTOP),
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(tmp_path / "home" / ".config"),
    }
    lines = []
    for which in ("first", "second"):
        result = subprocess.run(
            [sys.executable, "-c", script, str(tmp_path / "data"), which],
            capture_output=True, text=True, env=env, timeout=120, check=False,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        lines.append(result.stdout.strip())
    assert lines == ["True True True False 1", "False False False True 0"]
