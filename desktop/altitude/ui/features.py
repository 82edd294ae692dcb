"""Actions and banners that sit around the pages: check-in, settings, reminder."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence

from altitude.ui.checkin_dialog import open_checkin
from altitude.ui.exporting import install_exporting
from altitude.ui.main_window import MainWindow
from altitude.ui.reminder import Reminder, ReminderBanner
from altitude.ui.settings_dialog import open_settings
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
