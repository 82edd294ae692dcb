"""Settings' reminder switch: on OK it writes the schedule, off removes it, Cancel does neither;
where the system has no way to schedule, it says so."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from altitude.services import Altitude
from altitude.services.reminders.schedule import Schedule, autostart_file, unit_files
from altitude.ui.settings import reminders
from altitude.ui.settings.dialog import SettingsDialog
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.dialogs import ScriptedDialogs


def schedules(monkeypatch: pytest.MonkeyPatch, config: Path, works: bool, platform: str) -> None:
    def runner(command: Sequence[str]) -> bool:
        return works

    def make(data_dir: Path) -> Schedule:
        return Schedule(data_dir, runner=runner, platform=platform, config=config)

    monkeypatch.setattr(reminders, "Schedule", make)


@pytest.fixture
def ctx(service: Altitude, dialogs: ScriptedDialogs) -> AppContext:
    return AppContext(service, dialogs)


def open_dialog(qtbot, ctx: AppContext) -> SettingsDialog:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_switching_on_writes_the_autostart_entry_on_ok(
    qtbot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    schedules(monkeypatch, tmp_path, works=False, platform="linux")
    dialog = open_dialog(qtbot, ctx)
    box = dialog.reminders
    assert not box.switch.isChecked()
    assert box.switch.text() == "Remind me on Friday even when Altitude is closed"
    assert "autostart entry" in box.where.text()
    dialog.checkin_day.setCurrentIndex(dialog.checkin_day.findData(0))
    assert box.switch.text() == "Remind me on Monday even when Altitude is closed"
    qtbot.mouseClick(box.switch, Qt.MouseButton.LeftButton)
    assert not autostart_file(tmp_path).exists()  # nothing before OK
    messages: list[str] = []
    ctx.status_message.connect(messages.append)
    dialog.accept()
    assert autostart_file(tmp_path).exists()
    assert messages[-1] == "Altitude will remind you on Monday, even when it is closed."

    again = open_dialog(qtbot, ctx)  # read back from the file
    assert again.reminders.switch.isChecked()
    qtbot.mouseClick(again.reminders.switch, Qt.MouseButton.LeftButton)
    again.accept()
    assert not autostart_file(tmp_path).exists()


def test_cancel_writes_nothing(
    qtbot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    schedules(monkeypatch, tmp_path, works=True, platform="linux")
    dialog = open_dialog(qtbot, ctx)
    qtbot.mouseClick(dialog.reminders.switch, Qt.MouseButton.LeftButton)
    dialog.reject()
    assert not any(p.exists() for p in unit_files(tmp_path))


def test_a_new_checkin_day_moves_the_timer(
    qtbot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    schedules(monkeypatch, tmp_path, works=True, platform="linux")
    dialog = open_dialog(qtbot, ctx)
    assert "systemd user timer" in dialog.reminders.where.text()
    qtbot.mouseClick(dialog.reminders.switch, Qt.MouseButton.LeftButton)
    dialog.accept()
    timer = unit_files(tmp_path)[1]
    assert "OnCalendar=Fri " in timer.read_text(encoding="utf-8")
    later = open_dialog(qtbot, ctx)
    later.checkin_day.setCurrentIndex(later.checkin_day.findData(1))
    later.accept()
    assert ctx.state.settings.checkin_weekday == 1
    assert "OnCalendar=Tue " in timer.read_text(encoding="utf-8")


def test_without_a_way_to_schedule_the_box_says_so(
    qtbot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    schedules(monkeypatch, tmp_path, works=True, platform="win32")
    box = open_dialog(qtbot, ctx).reminders
    assert not box.switch.isEnabled() and not box.switch.isChecked()
    assert "neither XDG autostart nor systemd" in box.where.text()
    assert box.switch.accessibleName() and box.where.accessibleName()


def test_a_second_start_with_checkin_asks_the_open_window(qtbot, tmp_path: Path) -> None:
    from altitude.ui.single_instance import CHECKIN, SingleInstance

    first, second = SingleInstance(tmp_path), SingleInstance(tmp_path)
    assert first.acquire()
    try:
        assert not second.acquire()
        with qtbot.waitSignals([first.raise_requested, first.checkin_requested]):
            assert second.notify_existing(message=CHECKIN)
    finally:
        first.release()
