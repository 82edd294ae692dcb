"""Start the GUI: the window's frame first, then the plan, opened and checked, in it.

The frame (``MainWindow()``: sidebar, menus, toolbar) is painted before the services,
the store and the pages are imported; right after that first paint ``Startup.fill``
opens the store with its checks, exactly as before any window existed, and only then
shows the plan. A damaged file, a plan another release made newer, an empty store:
each is met there as it was (the recovery dialog, the message, the first-run wizard),
with the frame hidden again where the old start showed no window. A new user (no plan
file yet) gets the wizard first, with no frame behind it.

A bug anywhere in the GUI reaches ``BugHook`` (logged, shown, survived); SIGTERM and SIGINT
quit through the normal path, which closes the store and releases the lock.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_API", "pyside6")  # matplotlib must pick the binding we use

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from altitude.paths import database_path, resource
from altitude.ui.bug_hook import BugHook
from altitude.ui.dashboard.frame_picture import (
    DASHBOARD,
    draw_page,
    forget_page,
    page_key,
    read_page,
    write_page,
)
from altitude.ui.dashboard.frame_shell import (
    FrameShell,
    forget_frame,
    frame_file,
    frame_key,
    page_fits,
    read_frame,
    write_frame,
)
from altitude.ui.language import install_language
from altitude.ui.main_window import MainWindow
from altitude.ui.quit_signals import QuitOnSignals
from altitude.ui.single_instance import ALREADY_OPEN, CHECKIN, RAISE, SingleInstance

if TYPE_CHECKING:  # imported once the frame is on screen (Startup.fill)
    from PySide6.QtGui import QIcon

    from altitude.services import Altitude
    from altitude.ui.shared.dialogs import DialogService

DARK_KEY = "window/dark"  # the theme the plan asked for last time: the frame's, before it opens
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)  # resources/icons/altitude-<size>.png


def tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


def keep_none_alive() -> bool:
    from altitude.compat.pyside_none_refcount import keep_none_alive as top_up

    return top_up()


def application(top_up: bool = True) -> QApplication:
    """The one QApplication, made on first call. ``top_up`` False (the app's own start):
    None's count is topped up and the window icon set in ``Startup`` after the first
    paint, not before it (ctypes: ~4 ms; QIcon's type and the icon's files: ~7 ms); the
    few Python overrides Qt calls until then cannot drain it, and Qt gives the icon to
    windows already shown."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    if top_up:
        keep_none_alive()  # PySide6 6.12 on Python 3.11 under-counts None (altitude.compat)
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Altitude")
    app.setOrganizationName("Altitude")
    app.setApplicationDisplayName("Altitude")
    if top_up:
        app.setWindowIcon(window_icon())
    return app


def window_icon() -> QIcon:
    """PNGs rendered from altitude.svg (freeze/window_icons.py): an SVG icon would load
    Qt's SVG engine and QtSvg at every start (~2.3 MiB) for a few fixed sizes."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon  # its type makes 151 theme-icon enums (~5 ms)

    icon = QIcon()
    for size in ICON_SIZES:
        path = resource("icons", f"altitude-{size}.png")
        if path.exists():
            icon.addFile(str(path), QSize(size, size))
    return icon


def build_window(service: Altitude, dialogs: DialogService | None = None) -> MainWindow:
    """The main window over an open service; tests call this with scripted dialogs."""
    application()
    window = MainWindow()
    attach_plan(window, service, dialogs)
    return window


def remembered_dark() -> bool:
    """The theme the plan asked for when it was last open (the system's before then)."""
    value = QSettings().value(DARK_KEY)
    if value is None:
        from altitude.ui.shared.theme import system_is_dark

        return system_is_dark()
    return str(value).lower() == "true"


def show_frame(dark: bool, folder: Path | None = None, today: date | None = None) -> MainWindow:
    """The window's frame, in the theme the plan had last time, before the plan opens;
    with the dashboard as it was last closed when the plan file is as that left it. Both
    kept pictures fitting, the frame's widgets wait: its picture is painted in their place
    (ui.dashboard.frame_shell), and ``build_shown_frame`` builds them after that paint."""
    app = application()
    window = MainWindow(frame_later=True)
    picture = None
    if folder is not None and today is not None:
        ratio = window.devicePixelRatioF()
        language = QLocale().name()
        key = page_key(folder, today, dark, language, ratio)
        picture = read_page(folder, key, ratio)
        if picture is not None and key is not None:  # kept at close if nothing it shows changed
            window.frame_picture = (key, picture[1])
        if window.opening_row == DASHBOARD:
            size = window.size()
            frame = frame_key(size, ratio, dark, language, DASHBOARD, app.font().key())
            kept = read_frame(folder, frame) if picture is not None else None
            if kept is not None and picture is not None and page_fits(kept, picture):
                window.frame_builder = lambda: build_shown_frame(window, dark)
                window.show_shell(FrameShell(kept, picture))
                window.show()
                return window
            # Kept for next time when the read failed, or (unread) none is there under the key
            if kept is None and (picture is not None or not frame_file(folder).has(frame)):
                window.frame_to_keep = (frame, size)
    from altitude.ui.shared.theme import apply_theme  # QPalette and its enums: when needed

    apply_theme(app, dark)
    window.build_frame()
    window.keep_page_picture(picture)
    window.show()
    return window


def build_shown_frame(window: MainWindow, dark: bool) -> None:
    """The frame's widgets in place of its picture (the theme first: they are polished
    with it), with the dashboard's picture in its place until the page is live."""
    from altitude.ui.shared.theme import apply_theme

    picture = window.shell.page if window.shell is not None else None
    apply_theme(application(), dark)
    window.build_frame()
    window.keep_page_picture(picture)


def keep_frame(window: MainWindow, folder: Path) -> None:
    """The frame as just painted, its dashboard's place blank, for the next start's
    picture; only while the window still has the size the key was made at."""
    from PySide6.QtCore import QPoint, QRect

    from altitude.ui.dashboard.page_placeholder import PagePlaceholder

    kept, window.frame_to_keep = window.frame_to_keep, None
    place = window.stack.widget(DASHBOARD) if window.frame_built else None
    if kept is None or window.size() != kept[1] or not isinstance(place, PagePlaceholder):
        return
    place.blank = True
    try:
        image = window.grab().toImage()
    finally:
        place.blank = False
    where = QRect(place.mapTo(window, QPoint(0, 0)), place.size())
    if not write_frame(folder, kept[0], image, where):
        forget_frame(folder)


def attach_plan(
    window: MainWindow,
    service: Altitude,
    dialogs: DialogService | None = None,
    applied_dark: bool | None = None,
) -> None:
    """Give ``window`` the open plan: its context, theme, pages and features.
    ``applied_dark``: the theme the frame was shown in (not applied twice when it fits)."""
    from altitude.ui.features import install_features
    from altitude.ui.locale_formats import install_qt_formats
    from altitude.ui.shared.context import AppContext
    from altitude.ui.shared.dialogs import DialogService
    from altitude.ui.shared.theme import apply_theme, resolve_dark

    app = application()
    install_qt_formats()  # dates, numbers and percent signs through QLocale from here on
    dialogs = dialogs or DialogService()
    ctx = AppContext(service, dialogs)
    dark = resolve_dark(service.overview().settings.theme)
    if applied_dark is not dark:
        apply_theme(app, dark)
    QSettings().setValue(DARK_KEY, dark)
    ctx.dark = dark
    window.attach(ctx)
    install_features(window)
    if dialogs.parent is None and type(dialogs) is DialogService:
        dialogs.parent = window


def run_first_run_wizard(window: MainWindow) -> bool:
    """On an empty store: the wizard. False when the user cancelled (nothing is kept)."""
    from PySide6.QtWidgets import QWizard

    from altitude.ui.wizard import PlanWizard

    wizard = PlanWizard(window.ctx)
    if wizard.exec() != QWizard.DialogCode.Accepted:
        return False
    window.show_page(0)
    return True


def daily_backup(window: MainWindow) -> None:
    from altitude.services.safety_actions import backup_on_open

    warning = backup_on_open(window.ctx.service)  # never raises; a one-line warning or None
    if warning:
        window.statusBar().showMessage(warning)


def open_service(folder: Path, trouble: Callable[[], object] | None = None) -> Altitude | None:
    """Open the store; on a damaged or unreadable file, offer the newest good backup.
    ``trouble`` runs first then (the frame hides: no picture of the plan behind that)."""
    from altitude.errors import AltitudeError
    from altitude.services import Altitude

    try:
        return Altitude.open(folder)
    except AltitudeError as exc:
        from altitude.ui.backups.recovery import recover_or_explain  # only when the file can't open
        from altitude.ui.shared.dialogs import DialogService

        if trouble is not None:
            trouble()
        if not recover_or_explain(folder, exc, DialogService()):
            return None
    try:
        return Altitude.open(folder)
    except AltitudeError as again:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, tr("Altitude can't open your plan"), str(again))
        return None


EXIT_BUG = 70  # EX_SOFTWARE, as the CLI's


def run_gui(folder: Path, clock: Callable[[], date], checkin: bool = False) -> int:
    """The app on ``folder``; ``checkin``: on this week's check-in (a reminder's click),
    handed to the window already open for the plan if there is one."""
    app = application(top_up=False)
    install_language(folder)  # before the lock and the store: their dialogs speak it too
    hook = BugHook().install()
    if any(name.startswith("ALTITUDE_") for name in os.environ):  # benchmarks, smoke tests
        from altitude.ui.diagnostics import install_from_env

        install_from_env(app)
    instance = SingleInstance(folder)  # the lock is taken before the store is touched
    if not instance.acquire(listen=False):
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
    start = Startup(app, folder, clock, instance, hook, checkin)
    try:
        if not database_path(folder).exists():  # a new user: the wizard, no frame behind it
            if not start.open_into(MainWindow(), applied_dark=None):
                return start.code or 0
        else:
            applied = remembered_dark()
            window = show_frame(applied, folder, clock())
            start.window = window
            # Two turns of the loop after the paint: what that paint queued runs first (the
            # benchmarks' paint reports; the frame is flushed to the screen by then).
            window.first_painted.connect(
                lambda: QTimer.singleShot(
                    0, lambda: QTimer.singleShot(0, lambda: start.fill(window, applied))
                )
            )
        code = app.exec()
        return start.code if start.code is not None else code
    finally:
        start.close()


class Startup:
    """Opens the plan into the window: the store with its checks, the pages, the features;
    the daily backup and a reminder's check-in once the plan is on screen."""

    def __init__(
        self,
        app: QApplication,
        folder: Path,
        clock: Callable[[], date],
        instance: SingleInstance,
        hook: BugHook,
        checkin: bool,
    ) -> None:
        self.app, self.folder, self.clock = app, folder, clock
        self.instance, self.hook, self.checkin = instance, hook, checkin
        self.service: Altitude | None = None
        self.watcher: QTimer | None = None
        self.code: int | None = None  # set when the start ends before the window is used
        self.window: MainWindow | None = None

    def fill(self, window: MainWindow, applied_dark: bool) -> None:
        """After the frame's first paint: the plan in it, or the start ends as it would
        have before any window (the frame is hidden first)."""
        try:
            if not window.frame_built:
                window.frame_builder()  # in place of its picture, painted just now
            keep_frame(window, self.folder)
            if not self.open_into(window, applied_dark):
                window.hide()
                self.app.exit(self.code or 0)
        except Exception as exc:  # a bug while starting: logged and shown, then out
            window.hide()
            self.hook(type(exc), exc, exc.__traceback__)
            self.code = EXIT_BUG
            self.app.exit(EXIT_BUG)

    def open_into(self, window: MainWindow, applied_dark: bool | None) -> bool:
        """False when the start ends here (``code`` says how): the plan could not be
        opened, or a new user cancelled the first-run wizard."""
        from altitude.ui.shared.launchers import backups_action, show_checkin
        from altitude.ui.single_instance import ExternalChangeWatcher, bring_to_front

        keep_none_alive()  # application(top_up=False) left it to now (PySide6 6.12, Python 3.11)
        app = QApplication.instance()
        if isinstance(app, QApplication) and app.windowIcon().isNull():
            app.setWindowIcon(window_icon())  # the same: after the first paint
        self.instance.listen()  # a later launch may ask for the window from now on
        service = open_service(self.folder, trouble=window.hide)
        if service is None:
            self.code = 1
            return False
        self.service = service
        self.window = window
        service.clock = self.clock
        attach_plan(window, service, None, applied_dark)
        self.hook.dialogs = window.ctx.dialogs  # its dialogs belong to the window
        window.add_file_action(backups_action(window.ctx, window))
        self.instance.raise_requested.connect(lambda: bring_to_front(window))
        self.instance.checkin_requested.connect(lambda: show_checkin(window.ctx, window))
        self.watcher = ExternalChangeWatcher(window.ctx).timer  # the CLI may write meanwhile
        if service.store.is_empty():
            window.hide()
            if not run_first_run_wizard(window):
                self.code = 0
                return False
        # The daily backup copies the whole file: it waits until the plan is on screen.
        QTimer.singleShot(0, lambda: daily_backup(window))
        window.show()
        if self.checkin:  # after the window is up, so the dialog sits on it
            QTimer.singleShot(0, lambda: show_checkin(window.ctx, window))
        return True

    def close(self) -> None:
        if self.watcher is not None:
            self.watcher.stop()
        if self.service is None:
            return
        window = self.window
        keep = window is not None and window.attached and window.closed_on_dashboard
        if keep and self.service.changed_elsewhere():
            keep = False  # a write from elsewhere since the page was drawn
        self.service.close()  # checkpoints the write-ahead log into the file, then closes
        if window is not None:
            self._keep_page(window, keep)

    def _keep_page(self, window: MainWindow, keep: bool) -> None:
        """The dashboard for the next start's frame, keyed by the file as closed. Drawn
        now, with the window gone from the screen, so its pixels replace the window's
        rather than adding to them (peak memory, benchmarks/RESULTS.md)."""
        if not keep:
            forget_page(self.folder)
            return
        page = window.page(DASHBOARD)
        ratio = page.devicePixelRatioF()
        key = page_key(self.folder, self.clock(), window.ctx.dark, QLocale().name(), ratio)
        if key is not None and window.frame_picture == (key, page.size()):
            return  # the picture the frame showed is still this very page: no need to redraw
        image, size = draw_page(page)
        if key is None or not write_page(self.folder, key, image, size):
            forget_page(self.folder)
