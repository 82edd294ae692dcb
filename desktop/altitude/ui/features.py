"""Actions and banners that sit around the pages: check-in, settings, reminder."""

from __future__ import annotations

from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication

from altitude.domain.entities import Theme
from altitude.ui.checkin_dialog import open_checkin
from altitude.ui.context import AppContext
from altitude.ui.exporting import install_exporting
from altitude.ui.main_window import MainWindow
from altitude.ui.reminder import Reminder, ReminderBanner
from altitude.ui.settings_dialog import open_settings
from altitude.ui.theme import apply_theme, system_is_dark
from altitude.ui.wizard import open_plan_wizard


def install_features(window: MainWindow) -> None:
    ctx = window.ctx
    new_plan = QAction(window.tr("&New plan…"), window)
    new_plan.triggered.connect(
        lambda: open_plan_wizard(ctx, window, on_saved=lambda: window.show_page(0))
    )
    window.add_file_action(new_plan)
    install_exporting(window)  # Export report… (Ctrl+P), Export plan…, Import plan…

    checkin = QAction(window.tr("Weekly check-in"), window)
    checkin.setShortcut(QKeySequence("Ctrl+K"))
    checkin.setToolTip(window.tr("Log this week's hours and reflections (Ctrl+K)"))
    checkin.triggered.connect(lambda: open_checkin(ctx, window))
    window.toolbar.addAction(checkin)
    window.file_menu.insertAction(window.quit_action, checkin)
    window.checkin_action = checkin

    settings = QAction(window.tr("Settings…"), window)
    settings.setShortcut(QKeySequence("Ctrl+,"))
    settings.setMenuRole(QAction.MenuRole.PreferencesRole)
    settings.triggered.connect(lambda: open_settings(ctx, window))
    window.add_file_action(settings)
    window.file_menu.insertSeparator(window.quit_action)

    banner = ReminderBanner()
    window.banner_area.setContentsMargins(12, 8, 12, 0)
    window.banner_area.addWidget(banner)
    window.reminder = Reminder(ctx, banner)

    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: follow_system(ctx))


def follow_system(ctx: AppContext) -> None:
    """When the theme setting is "system", a change of the system's scheme repaints the app."""
    if ctx.state.settings.theme is not Theme.SYSTEM:
        return
    app = QApplication.instance()
    if isinstance(app, QApplication):
        dark = system_is_dark()
        apply_theme(app, dark)
        ctx.set_dark(dark)
