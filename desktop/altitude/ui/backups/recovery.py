"""When the store can't be opened: explain why, and offer the newest good backup.

``run_gui`` calls ``recover_or_explain`` when ``Altitude.open`` fails, before any window
exists. The file that failed is never deleted or overwritten: it is renamed to
``altitude.db.damaged-YYYYmmdd-HHMMSS`` (with its -wal and -shm) before anything replaces it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from altitude.errors import AltitudeError
from altitude.i18n import formats
from altitude.services import safety_actions as safety
from altitude.services.errors import DamagedDatabaseError, NewerSchemaError, NotADatabaseError
from altitude.ui.shared.dialogs import DialogService


def tr(text: str) -> str:
    return QCoreApplication.translate("Recovery", text)


def recover_or_explain(
    folder: Path,
    exc: BaseException,
    dialogs: DialogService,
    now: Callable[[], datetime] = datetime.now,
) -> bool:
    """True when the folder now holds a plan worth opening again (a backup, or a new start)."""
    title = tr("Altitude can't open your plan")
    if isinstance(exc, NewerSchemaError):
        dialogs.error(title, tr("{0}. Your file was left as it is.").format(exc))
        return False
    if not isinstance(exc, DamagedDatabaseError | NotADatabaseError | sqlite3.DatabaseError):
        dialogs.error(title, str(exc))  # permissions, a full disk: nothing to restore
        return False
    try:
        newest = safety.newest_good_backup(folder)
        if newest is not None:
            return _offer_backup(folder, exc, newest, dialogs, now)
        return _offer_new_start(folder, exc, dialogs, now)
    except AltitudeError as error:
        dialogs.error(title, tr("{0}. Nothing was changed.").format(error))
        return False


def _offer_backup(
    folder: Path,
    exc: BaseException,
    newest: safety.BackupInfo,
    dialogs: DialogService,
    now: Callable[[], datetime],
) -> bool:
    contents = newest.contents
    holds = (
        tr("{0} weekly check-ins, the last for {1}").format(contents.checkins, contents.last_week)
        if contents and contents.last_week
        else tr("no weekly check-ins yet")
    )
    question = tr(
        "{0}\n\nThe newest good backup is from {1} ({2}). Restore it?\n\n"
        "The file that can't be opened is kept, renamed, in the same folder."
    ).format(exc, formats.day_time(newest.file.made), holds)
    if not dialogs.confirm(tr("Restore the newest backup?"), question):
        return False
    aside = safety.recover_from_backup(folder, newest.file.path, now)
    dialogs.info(
        tr("Backup restored"),
        tr("Your plan is back as it was on {0}. The damaged file was kept as {1}.").format(
            formats.day_time(newest.file.made), aside.name
        ),
    )
    return True


def _offer_new_start(
    folder: Path, exc: BaseException, dialogs: DialogService, now: Callable[[], datetime]
) -> bool:
    question = tr(
        "{0}\n\nNo backup was found. Start a new, empty plan? The file that can't be opened "
        "is kept, renamed, in the same folder."
    ).format(exc)
    if not dialogs.confirm(tr("Start a new plan?"), question):
        return False
    aside = safety.start_fresh(folder, now)
    dialogs.info(tr("New plan"), tr("The damaged file was kept as {0}.").format(aside.name))
    return True
