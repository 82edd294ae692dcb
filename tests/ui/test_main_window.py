"""The main window: pages, keyboard, title, remembered geometry, and start-up as a user sees it."""

from __future__ import annotations

import os
import subprocess
import sys
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from altitude.services import Altitude

REPO = Path(__file__).resolve().parents[2]


def test_title_begins_with_altitude_and_names_the_role(
    window_for, sample_service: Altitude
) -> None:
    window = window_for(sample_service)
    assert window.windowTitle().startswith("Altitude")
    assert "Engineering manager" in window.windowTitle()


def test_keyboard_navigation_reaches_every_page(qtbot, window_for, sample_service) -> None:  # type: ignore[no-untyped-def]
    window = window_for(sample_service)
    titles = [
        "Dashboard",
        "Plan",
        "Inventory",
        "Delegation",
        "Team",
        "Check-ins",
        "Decisions",
        "Feedback",
        "Narrative",
        "Relationships",
        "Functions",
        "Reviews",
    ]
    assert [p.title for p in window.pages] == titles
    for index in reversed(range(min(9, len(window.pages)))):  # Ctrl+1 to Ctrl+9
        qtbot.keyClick(window, Qt.Key.Key_1 + index, Qt.KeyboardModifier.ControlModifier)
        assert window.stack.currentIndex() == index
        assert window.sidebar.currentRow() == index
    window.sidebar.setFocus()  # the pages after the ninth: the sidebar's arrow keys
    window.sidebar.setCurrentRow(8)
    for index in range(9, len(window.pages)):
        qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)
        assert window.stack.currentIndex() == index


def test_every_reachable_control_has_an_accessible_name(window_for, sample_service) -> None:  # type: ignore[no-untyped-def]
    window = window_for(sample_service)
    missing: list[str] = []
    for index in range(len(window.pages)):
        window.show_page(index)
        for widget in window.findChildren(QWidget):
            if not widget.isVisibleTo(window) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
                continue
            if isinstance(widget, QAbstractButton | QLabel) and widget.text():
                continue  # a button's or label's text is its accessible name
            if widget.objectName() == "qt_spinbox_lineedit":
                continue  # the inner editor of a named spin box or date edit
            if not widget.accessibleName() and type(widget).__name__ not in {
                "QScrollBar", "QTabBar", "QToolButton", "QMenu", "QCalendarWidget",
            }:  # fmt: skip
                missing.append(f"{window.pages[index].title}: {type(widget).__name__} "
                               f"{widget.objectName()!r}")  # fmt: skip
    assert missing == [], "\n".join(missing)


def test_ctrl_n_adds_an_item_on_the_inventory_page(qtbot, window_for, sample_service) -> None:  # type: ignore[no-untyped-def]
    window = window_for(sample_service)
    before = len(sample_service.state.items)
    window.show_page(2)
    window.new_action.trigger()
    assert len(sample_service.state.items) == before + 1


def test_last_page_and_geometry_are_remembered(qtbot, window_for, sample_service) -> None:  # type: ignore[no-untyped-def]
    window = window_for(sample_service)
    window.show_page(4)
    window.resize(1000, 700)
    qtbot.wait(50)
    size = window.size()
    window.close()
    settings = QSettings()
    assert int(settings.value("window/page")) == 4  # type: ignore[call-overload]
    again = window_for(sample_service)
    assert again.stack.currentIndex() == 4
    # The offscreen screen is 800 px wide, so Qt clamps the restored width to the minimum;
    # the height (within the screen) shows the geometry came back.
    assert settings.value("window/geometry") is not None
    assert again.size().height() == size.height() == 700


def test_undo_and_redo_shortcuts_are_set(window_for, sample_service) -> None:  # type: ignore[no-untyped-def]
    window = window_for(sample_service)
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    assert window.redo_action.shortcut().toString() == "Ctrl+Shift+Z"


def _start(data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ALTITUDE_QUIT_AFTER="1500",
               PYTHONPATH=str(REPO / "desktop"))  # fmt: skip
    return subprocess.run(
        [sys.executable, "-m", "altitude", "--data-dir", str(data_dir)],
        capture_output=True, text=True, timeout=120, env=env, stdin=subprocess.DEVNULL,
        check=False,
    )  # fmt: skip


def test_an_empty_data_dir_opens_the_wizard(tmp_path: Path) -> None:
    result = _start(tmp_path / "empty")
    assert result.returncode == 0, result.stderr
    assert "window: PlanWizard" in result.stdout
    assert "Traceback" not in result.stderr


def test_the_sample_plan_opens_the_main_window(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    assert run_cli("sample", data_dir=tmp_path / "s").returncode == 0
    result = _start(tmp_path / "s")
    assert result.returncode == 0, result.stderr
    assert "window: MainWindow: Altitude" in result.stdout
    assert "Traceback" not in result.stderr


def test_a_system_scheme_change_is_followed_only_when_the_theme_is_system(
    window_for, sample_service, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from altitude.domain.entities import Theme
    from altitude.ui import features

    window = window_for(sample_service)
    monkeypatch.setattr(features, "system_is_dark", lambda: True)
    features.follow_system(window.ctx)
    assert window.ctx.dark is True
    settings = replace(sample_service.state.settings, theme=Theme.LIGHT)
    sample_service.update_settings(settings)
    monkeypatch.setattr(features, "system_is_dark", lambda: False)
    features.follow_system(window.ctx)
    assert window.ctx.dark is True  # the user chose light explicitly: the app is not touched


def test_weeks_start_on_the_day_chosen_in_settings(window_for, sample_service) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from PySide6.QtWidgets import QDateEdit

    window = window_for(sample_service)
    window.show_page(1)  # the Plan page's start and end dates
    edits = window.findChildren(QDateEdit)
    assert edits
    assert {e.calendarWidget().firstDayOfWeek() for e in edits} == {Qt.DayOfWeek.Monday}
    settings = replace(sample_service.state.settings, first_day_of_week=6)
    window.ctx.perform(
        "Settings",
        lambda: sample_service.update_settings(settings),
    )
    assert {e.calendarWidget().firstDayOfWeek() for e in edits} == {Qt.DayOfWeek.Sunday}


def test_the_window_says_once_that_it_is_on_screen(qtbot, sample_service, dialogs) -> None:  # type: ignore[no-untyped-def]
    """What can wait (later pages, the daily backup) waits for this signal."""
    from altitude.ui.app import build_window

    window = build_window(sample_service, dialogs)
    qtbot.addWidget(window)
    seen: list[int] = []
    window.first_painted.connect(lambda: seen.append(1))
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
    window.update()
    qtbot.wait(50)
    window.repaint()
    assert seen == [1]


def test_an_edit_of_several_actions_is_kept_whole_or_not_at_all(sample_service, dialogs) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from altitude.domain.entities import InventoryItem, Person
    from altitude.services import Edit
    from altitude.ui.shared.context import AppContext

    ctx = AppContext(sample_service, dialogs)
    before = sample_service.state
    first = before.items[0]

    def do() -> Edit[InventoryItem]:
        sample_service.add_person(Person("Zoë"))
        return sample_service.update_item(replace(first, hours=-1))  # refused by validation

    assert ctx.perform("Two steps", do) is False
    assert dialogs.errors()  # the refusal was said
    assert sample_service.state == before  # and the first step was not kept either
    assert ctx.undo_stack.count() == 0


def test_the_sidebar_rows_do_not_overlap_once_styled(window_for, sample_service) -> None:  # type: ignore[no-untyped-def]
    window = window_for(sample_service)
    sidebar = window.sidebar
    rects = [sidebar.visualItemRect(sidebar.item(i)) for i in range(sidebar.count())]
    assert all(r.height() >= 24 for r in rects)  # the stylesheet's padding is in
    assert all(a.bottom() < b.top() for a, b in pairwise(rects))


def test_help_offers_about_with_the_version_and_the_data_folder(
    window_for, service, dialogs
) -> None:  # type: ignore[no-untyped-def]
    import altitude

    window = window_for(service)
    [about] = [a for a in window.help_menu.actions() if a.text() == "&About Altitude"]
    assert about.text() == "&About Altitude"
    about.trigger()
    [(kind, title, text)] = dialogs.calls
    assert (kind, title) == ("info", "About Altitude")
    assert f"Altitude {altitude.__version__}" in text
    assert str(service.data_folder()) in text
    assert service.data_folder() == service.store.path.parent
