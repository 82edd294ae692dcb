"""The start-up shows the window's frame first, then opens the plan into it.

``ui.app``: the frame (``MainWindow()``, no plan) is painted; ``Startup.fill`` then opens
the store with its checks and attaches the plan, or ends the start the way the old one
did before any window existed: the frame hidden, the app left with the same exit code.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from altitude.services import Altitude
from altitude.ui import app as app_module
from altitude.ui.app import EXIT_BUG, Startup, attach_plan
from altitude.ui.bug_hook import BugHook
from altitude.ui.main_window import MainWindow
from altitude.ui.shared.dialogs import ScriptedDialogs
from altitude.ui.single_instance import SingleInstance

TODAY = date(2026, 11, 23)


class ExitRecorder:
    """Stands in for the QApplication whose ``exit`` ``Startup`` calls."""

    def __init__(self) -> None:
        self.codes: list[int] = []

    def exit(self, code: int = 0) -> None:
        self.codes.append(code)


def _startup(folder: Path, dialogs: ScriptedDialogs) -> tuple[Startup, ExitRecorder]:
    recorder = ExitRecorder()
    hook = BugHook(dialogs)
    start = Startup(recorder, folder, lambda: TODAY, SingleInstance(folder), hook, False)  # type: ignore[arg-type]
    return start, recorder


def _shown_frame(qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    frame = MainWindow()
    qtbot.addWidget(frame)
    frame.show()
    return frame


@pytest.fixture
def sample_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    svc = Altitude.open(folder)
    svc.load_sample()
    svc.close()
    return folder


def test_the_frame_has_pages_named_and_menus_but_no_plan_and_no_keys(qtbot) -> None:  # type: ignore[no-untyped-def]
    frame = MainWindow()
    qtbot.addWidget(frame)
    assert frame.attached is False
    assert frame.sidebar.count() == 12 and frame.sidebar.item(0).text() == "Dashboard"
    assert [m.title() for m in (frame.file_menu, frame.edit_menu, frame.view_menu)] == [
        "&File", "&Edit", "&View"]  # fmt: skip
    assert frame.quit_action.shortcut().isEmpty()  # keys come with the plan
    # The toolbar has its button (and so its height) before the plan comes
    assert frame.toolbar.actions() == [frame.checkin_action]
    frame.show_page(3)  # asked before the plan is there: nothing is built, nothing breaks
    frame.new_action.trigger()
    assert not any(frame.is_built(i) for i in range(12))
    assert frame.windowTitle() == "Altitude"
    assert frame.stack.currentWidget().text() == "Opening your plan…"  # what is happening


def test_attaching_the_plan_builds_the_page_and_gives_undo_and_keys(
    qtbot, sample_service, dialogs
) -> None:  # type: ignore[no-untyped-def]
    frame = MainWindow()
    qtbot.addWidget(frame)
    frame.sidebar.setCurrentRow(2)  # the page remembered from last time
    attach_plan(frame, sample_service, dialogs)
    assert frame.attached and frame.is_built(2) and not frame.is_built(0)
    edit = frame.edit_menu.actions()
    assert edit[:3] == [frame.undo_action, frame.redo_action, frame.new_action]
    assert frame.quit_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Quit)
    assert frame.new_action.shortcut() == QKeySequence("Ctrl+N")
    assert frame.page_actions[0].shortcut() == QKeySequence("Ctrl+1")
    assert frame.windowTitle().startswith("Altitude — ")
    assert frame.checkin_action.shortcut() == QKeySequence("Ctrl+K")  # the features came too
    assert frame.checkin_action in frame.file_menu.actions()


def test_fill_puts_the_checked_plan_in_the_frame(qtbot, sample_folder, dialogs) -> None:  # type: ignore[no-untyped-def]
    start, recorder = _startup(sample_folder, dialogs)
    frame = _shown_frame(qtbot)
    try:
        start.fill(frame, applied_dark=False)
        assert recorder.codes == []
        assert frame.isVisible() and frame.attached and frame.is_built(0)
        assert frame.ctx.service is start.service
        assert start.service is not None and start.service.today() == TODAY
    finally:
        start.close()


def test_a_plan_that_cannot_open_hides_the_frame_and_ends_with_1(
    qtbot, tmp_path, dialogs, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(app_module, "open_service", lambda folder, trouble: None)  # refused
    start, recorder = _startup(tmp_path / "data", dialogs)
    frame = _shown_frame(qtbot)
    start.fill(frame, applied_dark=False)
    assert recorder.codes == [1] and not frame.isVisible() and not frame.attached
    start.close()


def test_a_bug_while_filling_is_reported_and_ends_the_start(
    qtbot, sample_folder, dialogs, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("planted")

    monkeypatch.setattr(app_module, "attach_plan", broken)
    start, recorder = _startup(sample_folder, dialogs)
    frame = _shown_frame(qtbot)
    start.fill(frame, applied_dark=False)
    assert recorder.codes == [EXIT_BUG] and start.code == EXIT_BUG
    assert not frame.isVisible()
    assert any("planted" in details for details in dialogs.bug_details)  # shown, logged
    assert start.service is not None  # opened before the bug: closed by close()
    start.close()


def test_an_empty_store_gets_the_wizard_without_the_frame(
    qtbot, tmp_path, dialogs, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "data"
    Altitude.open(folder).close()  # a store with no plan (a wizard cancelled before)
    seen: list[bool] = []

    def cancelled(window: MainWindow) -> bool:
        seen.append(window.isVisible())
        return False

    monkeypatch.setattr(app_module, "run_first_run_wizard", cancelled)
    start, recorder = _startup(folder, dialogs)
    frame = _shown_frame(qtbot)
    start.fill(frame, applied_dark=False)
    assert seen == [False]  # the wizard came with no frame behind it
    assert recorder.codes == [0] and not frame.isVisible()
    start.close()


def test_the_frame_takes_the_theme_the_plan_had_last_time(qtbot, sample_service, dialogs) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from PySide6.QtCore import QSettings

    from altitude.domain.entities import Theme

    settings = replace(sample_service.state.settings, theme=Theme.DARK)
    sample_service.update_settings(settings)
    frame = MainWindow()
    qtbot.addWidget(frame)
    try:
        attach_plan(frame, sample_service, dialogs, applied_dark=False)
        assert QSettings().value(app_module.DARK_KEY) in (True, "true")
        assert app_module.remembered_dark() is True
        assert frame.ctx.dark is True
    finally:
        QSettings().remove(app_module.DARK_KEY)
        from altitude.ui.shared.theme import apply_theme

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_theme(app, False)


def test_a_damaged_plan_hides_the_frame_before_recovery_speaks(
    qtbot, sample_folder, dialogs, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The recovery dialog never sits over a picture of the plan it could not open."""
    from altitude.ui.backups import recovery

    seen: list[bool] = []

    def refuse(folder: Path, error: object, _dialogs: object) -> bool:
        seen.append(frame.isVisible())
        return False

    monkeypatch.setattr(recovery, "recover_or_explain", refuse)
    database = sample_folder / "altitude.db"
    database.write_bytes(b"not a database at all" * 200)
    for leftover in ("altitude.db-wal", "altitude.db-shm"):
        (sample_folder / leftover).unlink(missing_ok=True)
    start, recorder = _startup(sample_folder, dialogs)
    frame = _shown_frame(qtbot)
    start.fill(frame, applied_dark=False)
    assert seen == [False] and recorder.codes == [1] and not frame.isVisible()
    start.close()
