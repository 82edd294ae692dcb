"""A bug in a slot: logged with its traceback, shown in a dialog, and the window carries on.

pytest-qt normally puts its own ``sys.excepthook`` in place during a test, to fail tests
whose slots raise; ``qt_no_exception_capture`` turns that off, so the app's own hook is the
one PySide6 calls here, as in the running app.
"""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from altitude.domain.entities import Person
from altitude.services import ActionError, Altitude
from altitude.ui.bug_hook import BugHook
from altitude.ui.shared.dialogs import DialogService, ScriptedDialogs

pytestmark = pytest.mark.qt_no_exception_capture

TEAM = 4


@pytest.fixture
def hook(monkeypatch: pytest.MonkeyPatch, dialogs: ScriptedDialogs) -> BugHook:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    return BugHook(dialogs).install()


def test_a_bug_in_a_slot_is_logged_shown_and_the_window_carries_on(  # type: ignore[no-untyped-def]
    qtbot, window_for, sample_service: Altitude, dialogs: ScriptedDialogs, hook: BugHook,
    logged_folder: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    window = window_for(sample_service)
    window.show_page(TEAM)
    page = window.current_page()
    people = len(sample_service.state.people)
    add_person = sample_service.add_person
    broke: list[Person] = []

    def add_person_with_a_bug(person: Person) -> Person:
        if not broke:
            broke.append(person)
            raise RuntimeError("the team table went missing")
        return add_person(person)

    monkeypatch.setattr(sample_service, "add_person", add_person_with_a_bug)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)  # a real click, a real slot

    assert broke  # the slot ran, and raised
    [(_, message, where)] = [call for call in dialogs.calls if call[0] == "bug"]
    log = logged_folder / "logs" / "altitude.log"
    assert "this is a bug" in message and where == str(log)
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "add_person_with_a_bug" in text
    assert "RuntimeError: the team table went missing" in text
    assert "PySide6 " in text and "Qt " in text
    assert dialogs.bug_details == [dialogs.bug_details[0]]
    assert "add_person_with_a_bug" in dialogs.bug_details[0]
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert len(sample_service.reload().people) == people  # the edit was not half made

    # The window still responds: pages switch from the keyboard, and an edit is saved.
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentIndex() == 0
    window.show_page(TEAM)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert len(sample_service.reload().people) == people + 1
    assert [call[0] for call in dialogs.calls].count("bug") == 1
    assert dialogs.errors() == []


def test_an_error_a_user_can_act_on_is_shown_plainly_not_as_a_bug(  # type: ignore[no-untyped-def]
    qtbot, dialogs: ScriptedDialogs, hook: BugHook, logged_folder: Path
) -> None:
    timer = QTimer()
    timer.setSingleShot(True)

    def refuse() -> None:
        raise ActionError("a plan exists already")

    timer.timeout.connect(refuse)
    with qtbot.waitSignal(timer.timeout):
        timer.start(0)
    assert dialogs.calls == [("error", "Not done", "a plan exists already")]
    assert not (logged_folder / "logs").exists()


def test_the_real_dialog_copies_the_details_and_says_where_the_log_is(qtbot) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []

    def press(text: str) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        shown.append(box.informativeText())
        [button] = [b for b in box.buttons() if b.text() == text]
        if text == "Copy details":  # the box comes back: close it then
            QTimer.singleShot(0, lambda: press("Close"))
        button.click()

    QTimer.singleShot(0, lambda: press("Copy details"))
    DialogService().bug("Something broke.", Path("/data/logs/altitude.log"), "Traceback: here")
    assert QApplication.clipboard().text() == "Traceback: here"
    assert shown == [
        "The details are in /data/logs/altitude.log.",
        "The details are in /data/logs/altitude.log. The details are on the clipboard.",
    ]
