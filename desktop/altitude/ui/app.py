"""Start the GUI: open and check the store before any window exists, then show the window.

A bug anywhere in the GUI reaches ``BugHook`` (logged, shown, survived); SIGTERM and SIGINT
quit through the normal path, which closes the store and releases the lock.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_API", "pyside6")  # matplotlib must pick the binding we use

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from altitude.compat.pyside_none_refcount import keep_none_alive
from altitude.errors import AltitudeError
from altitude.paths import resource
from altitude.services import Altitude
from altitude.services.safety_actions import backup_on_open
from altitude.ui.bug_hook import BugHook
from altitude.ui.features import install_features
from altitude.ui.language import install_language
from altitude.ui.locale_formats import install_qt_formats
from altitude.ui.main_window import MainWindow
from altitude.ui.quit_signals import QuitOnSignals
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.dialogs import DialogService
from altitude.ui.shared.launchers import backups_action, show_checkin
from altitude.ui.shared.theme import apply_theme, resolve_dark
from altitude.ui.single_instance import (
    ALREADY_OPEN,
    CHECKIN,
    RAISE,
    ExternalChangeWatcher,
    SingleInstance,
    bring_to_front,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


def application() -> QApplication:
    keep_none_alive()  # PySide6 6.12 on Python 3.11 under-counts None (see altitude.compat)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Altitude")
    app.setOrganizationName("Altitude")
    app.setApplicationDisplayName("Altitude")
    icon = resource("icons", "altitude.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def build_window(service: Altitude, dialogs: DialogService | None = None) -> MainWindow:
    """The main window over an open service; tests call this with scripted dialogs."""
    app = application()
    install_qt_formats()  # dates, numbers and percent signs through QLocale from here on
    dialogs = dialogs or DialogService()
    ctx = AppContext(service, dialogs)
    dark = resolve_dark(service.overview().settings.theme)
    apply_theme(app, dark)
    ctx.dark = dark
    window = MainWindow(ctx)
    install_features(window)
    if dialogs.parent is None and type(dialogs) is DialogService:
        dialogs.parent = window
    return window


def run_first_run_wizard(window: MainWindow) -> bool:
    """On an empty store: the wizard. False when the user cancelled (nothing is kept)."""
    from altitude.ui.wizard import PlanWizard

    wizard = PlanWizard(window.ctx)
    if wizard.exec() != QWizard.DialogCode.Accepted:
        return False
    window.show_page(0)
    return True


def daily_backup(window: MainWindow) -> None:
    warning = backup_on_open(window.ctx.service)  # never raises; a one-line warning or None
    if warning:
        window.statusBar().showMessage(warning)


def open_service(folder: Path) -> Altitude | None:
    """Open the store; on a damaged or unreadable file, offer the newest good backup."""
    try:
        return Altitude.open(folder)
    except AltitudeError as exc:
        from altitude.ui.backups.recovery import recover_or_explain  # only when the file can't open

        if not recover_or_explain(folder, exc, DialogService()):
            return None
    try:
        return Altitude.open(folder)
    except AltitudeError as again:
        QMessageBox.critical(None, tr("Altitude can't open your plan"), str(again))
        return None


EXIT_BUG = 70  # EX_SOFTWARE, as the CLI's


def run_gui(folder: Path, clock: Callable[[], date], checkin: bool = False) -> int:
    """The app on ``folder``; ``checkin``: on this week's check-in (a reminder's click),
    handed to the window already open for the plan if there is one."""
    app = application()
    install_language(folder)  # before the lock and the store: their dialogs speak it too
    hook = BugHook(DialogService()).install()
    if any(name.startswith("ALTITUDE_") for name in os.environ):  # benchmarks, smoke tests
        from altitude.ui.diagnostics import install_from_env

        install_from_env(app)
    instance = SingleInstance(folder)  # the lock is taken before the store is touched
    if not instance.acquire():
        instance.notify_existing(message=CHECKIN if checkin else RAISE)
        print(f"altitude: {ALREADY_OPEN}", file=sys.stderr)
        hook.uninstall()
        return 0
    signals = QuitOnSignals(app)
    try:
        return _run(app, folder, clock, instance, hook, checkin)
    except Exception as exc:  # a bug outside any slot (start-up): logged and shown the same
        hook(type(exc), exc, exc.__traceback__)
        return EXIT_BUG
    finally:
        signals.restore()
        instance.release()
        hook.uninstall()


def _run(
    app: QApplication,
    folder: Path,
    clock: Callable[[], date],
    instance: SingleInstance,
    hook: BugHook,
    checkin: bool = False,
) -> int:
    service = open_service(folder)
    if service is None:
        return 1
    try:
        service.clock = clock
        window = build_window(service)
        hook.dialogs = window.ctx.dialogs  # its dialogs belong to the window
        window.add_file_action(backups_action(window.ctx, window))
        instance.raise_requested.connect(lambda: bring_to_front(window))
        instance.checkin_requested.connect(lambda: show_checkin(window.ctx, window))
        watcher = ExternalChangeWatcher(window.ctx)  # the CLI may write while the app is open
        if service.store.is_empty() and not run_first_run_wizard(window):
            watcher.timer.stop()
            return 0
        # The daily backup copies the whole file: it waits until the window is on screen.
        window.first_painted.connect(lambda: QTimer.singleShot(0, lambda: daily_backup(window)))
        window.show()
        if checkin:  # after the window is up, so the dialog sits on it
            QTimer.singleShot(0, lambda: show_checkin(window.ctx, window))
        code = app.exec()
        watcher.timer.stop()
        return code
    finally:
        service.close()  # checkpoints the write-ahead log into the file, then closes
