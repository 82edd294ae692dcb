"""Open a dialog on demand, importing its module only then.

The window must show as soon as it can: the check-in, settings and backups dialogs (and
the services they pull in) are imported the first time someone opens one, not at start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from altitude.domain.weeks import IsoWeek
    from altitude.ui.shared.context import AppContext


def show_checkin(
    ctx: AppContext, parent: QWidget | None = None, week: IsoWeek | None = None
) -> object:
    """The week's check-in, without blocking (reminder banner, dashboard)."""
    from altitude.ui.checkins.dialog import show_checkin as show

    return show(ctx, parent, week)


def open_checkin(
    ctx: AppContext, parent: QWidget | None = None, week: IsoWeek | None = None
) -> bool:
    """The week's check-in, modally; True when a week was saved."""
    from altitude.ui.checkins.dialog import open_checkin as run

    return run(ctx, parent, week)


def open_settings(ctx: AppContext, parent: QWidget | None = None) -> bool:
    from altitude.ui.settings.dialog import open_settings as run

    return run(ctx, parent)


def open_backups(ctx: AppContext, parent: QWidget | None = None) -> None:
    from altitude.ui.backups.dialog import BackupsDialog

    BackupsDialog(ctx, parent).exec()


def backups_action(ctx: AppContext, parent: QWidget) -> QAction:
    """File > Backups…; the app adds it with ``window.add_file_action(...)``."""
    action = QAction(QCoreApplication.translate("BackupsDialog", "&Backups…"), parent)
    action.setObjectName("backupsAction")
    action.triggered.connect(lambda: open_backups(ctx, parent))
    return action
