"""Actions and banners that sit around the pages: check-in, settings, reminder, about."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QDateEdit

from altitude.domain.entities import Theme
from altitude.ui.about import install_about
from altitude.ui.exporting import install_exporting
from altitude.ui.main_window import MainWindow
from altitude.ui.reminder import Reminder, ReminderBanner
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.launchers import open_checkin, open_settings
from altitude.ui.shared.theme import apply_theme, system_is_dark


def tr(text: str) -> str:
    return QCoreApplication.translate("Features", text)


def install_features(window: MainWindow) -> None:
    ctx = window.ctx
    new_plan = QAction(tr("&New plan…"), window)
    new_plan.triggered.connect(lambda: _open_plan_wizard(ctx, window))
    window.add_file_action(new_plan)
    install_exporting(window)  # Export report… (Ctrl+P), Export plan…, Import plan…

    checkin = window.checkin_action  # in the toolbar since the frame
    checkin.setShortcut(QKeySequence("Ctrl+K"))
    checkin.setToolTip(tr("Log this week's hours and reflections (Ctrl+K)"))
    checkin.triggered.connect(lambda: open_checkin(ctx, window))
    window.file_menu.insertAction(window.quit_action, checkin)

    settings = QAction(tr("Settings…"), window)
    settings.setShortcut(QKeySequence("Ctrl+,"))
    settings.setMenuRole(QAction.MenuRole.PreferencesRole)
    settings.triggered.connect(lambda: open_settings(ctx, window))
    window.add_file_action(settings)
    window.file_menu.insertSeparator(window.quit_action)
    install_about(window)

    banner = ReminderBanner()
    window.banner_area.addWidget(banner)
    window.reminder = Reminder(ctx, banner)

    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: follow_system(ctx))
    apply_first_day(window)
    ctx.state_changed.connect(lambda _state: apply_first_day(window))
    window.sidebar.currentRowChanged.connect(lambda _row: apply_first_day(window))  # lazy pages


def follow_system(ctx: AppContext) -> None:
    """When the theme setting is "system", a change of the system's scheme repaints the app."""
    if ctx.overview.settings.theme is not Theme.SYSTEM:
        return
    app = QApplication.instance()
    if isinstance(app, QApplication):
        dark = system_is_dark()
        apply_theme(app, dark)
        ctx.set_dark(dark)


def _open_plan_wizard(ctx: AppContext, window: MainWindow) -> None:
    # Imported when asked for: the wizard's pages are not needed to show the window.
    from altitude.ui.wizard import open_plan_wizard

    open_plan_wizard(ctx, window, on_saved=lambda: window.show_page(0))


def apply_first_day(window: MainWindow) -> None:
    """The Settings' "weeks start on" for every calendar pop-up in the window."""
    day = Qt.DayOfWeek(window.ctx.overview.settings.first_day_of_week + 1)  # Qt: Monday = 1
    for edit in window.findChildren(QDateEdit):
        if edit.calendarWidget().firstDayOfWeek() != day:
            edit.calendarWidget().setFirstDayOfWeek(day)
