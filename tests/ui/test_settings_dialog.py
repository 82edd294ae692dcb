"""The settings dialog: saved for good, undoable, and the theme shows at once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from altitude.domain.entities import Settings, Theme
from altitude.services import Altitude
from altitude.ui.settings.dialog import SettingsDialog
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.dialogs import ScriptedDialogs
from altitude.ui.shared.theme import apply_theme

DARK_WINDOW = QColor("#1f2227")  # theme.py's dark palette


@pytest.fixture(autouse=True)
def light_again(qapp: QApplication) -> Iterator[None]:
    """Each test starts and ends in the light theme, whatever it switched to."""
    # Restyling touches every live widget: let go of earlier tests' closed widgets first.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    apply_theme(qapp, False)
    yield
    apply_theme(qapp, False)


@pytest.fixture
def ctx(service: Altitude, dialogs: ScriptedDialogs) -> AppContext:
    return AppContext(service, dialogs)


def saved_settings(service: Altitude) -> Settings:
    other = Altitude.open(service.store.path.parent)
    try:
        return other.state.settings
    finally:
        other.close()


def make_dialog(qtbot, ctx: AppContext, **kwargs) -> SettingsDialog:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(ctx, **kwargs)
    qtbot.addWidget(dialog)
    return dialog


def choose(box, data: object) -> None:  # type: ignore[no-untyped-def]
    box.setCurrentIndex(box.findData(data))


def window_colour(app: QApplication) -> QColor:
    return app.palette().color(QPalette.ColorRole.Window)


def test_the_dialog_shows_the_saved_settings(qtbot, ctx: AppContext) -> None:
    dialog = make_dialog(qtbot, ctx)

    assert dialog.checkin_day.currentData() == 4  # Friday, the default
    assert dialog.checkin_day.currentText() == QLocale().dayName(5)  # Qt counts Monday as 1
    assert dialog.theme.currentData() == "system"
    assert dialog.backups.value() == 10
    assert dialog.settings() == Settings()


def test_settings_persist_in_the_database(qtbot, ctx: AppContext, service: Altitude) -> None:
    dialog = make_dialog(qtbot, ctx)
    choose(dialog.checkin_day, 2)
    choose(dialog.first_day, 6)
    dialog.backups.setValue(25)
    dialog.accept()

    assert saved_settings(service) == Settings(
        checkin_weekday=2, first_day_of_week=6, theme=Theme.SYSTEM, backups_kept=25
    )
    assert ctx.undo_stack.undoText() == "Settings"


def test_undo_puts_the_old_settings_back(qtbot, ctx: AppContext, service: Altitude) -> None:
    dialog = make_dialog(qtbot, ctx)
    choose(dialog.checkin_day, 0)
    dialog.accept()
    ctx.undo_stack.undo()

    assert saved_settings(service) == Settings()


def test_the_dark_theme_applies_at_once_and_is_saved(
    qtbot, qapp: QApplication, ctx: AppContext, service: Altitude
) -> None:
    announced: list[bool] = []
    ctx.dark_changed.connect(announced.append)
    dialog = make_dialog(qtbot, ctx)
    choose(dialog.theme, "dark")

    assert window_colour(qapp) == DARK_WINDOW  # a preview, before OK
    assert ctx.dark and announced == [True]

    dialog.accept()
    assert saved_settings(service).theme is Theme.DARK

    ctx.undo_stack.undo()
    assert saved_settings(service).theme is Theme.SYSTEM
    assert window_colour(qapp) != DARK_WINDOW
    assert announced == [True, False]


def test_cancel_takes_the_theme_preview_back_and_saves_nothing(
    qtbot, qapp: QApplication, ctx: AppContext, service: Altitude
) -> None:
    dialog = make_dialog(qtbot, ctx)
    choose(dialog.theme, "dark")
    dialog.backups.setValue(3)
    dialog.reject()

    assert not ctx.dark
    assert window_colour(qapp) != DARK_WINDOW
    assert saved_settings(service) == Settings()
    assert ctx.undo_stack.count() == 0


def test_the_data_folder_is_shown_and_opened_through_the_injected_opener(
    qtbot, ctx: AppContext, service: Altitude
) -> None:
    opened: list[Path] = []
    dialog = make_dialog(qtbot, ctx, opener=opened.append)
    folder = service.store.path.parent

    assert dialog.folder.text() == str(folder)
    dialog.open_button.click()

    assert opened == [folder]


def test_ok_without_changes_adds_no_undo_step(qtbot, ctx: AppContext) -> None:
    dialog = make_dialog(qtbot, ctx)
    dialog.accept()

    assert ctx.undo_stack.count() == 0
