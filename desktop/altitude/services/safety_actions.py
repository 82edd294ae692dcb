"""Backups, restore and the doctor, for the GUI and the CLI alike.

When each backup is made:
- ``backup_on_open(service)`` right after the store opens: at most one a day;
- ``backup_before(service, "import")`` after an import file passed its checks and before
  it replaces anything;
- ``restore_backup`` makes its own ("restore") before it swaps the files;
- ``store.backup.backup_before_migration`` inside ``Store.open`` before a schema upgrade.
None is made of an empty plan (nothing to lose) nor of a store that failed its check.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from altitude.domain.entities import PlanState
from altitude.paths import database_path
from altitude.services.base import ServiceBase
from altitude.store import Store, StoreError
from altitude.store import backup as backups
from altitude.store import restore as files
from altitude.store.backup import BackupFile
from altitude.store.health import HealthReport, examine
from altitude.store.restore import Contents

Clock = Callable[[], datetime]


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """A backup as the Backups dialog lists it; ``contents`` is None when it can't be read."""

    file: BackupFile
    size: int
    contents: Contents | None
    problem: str = ""


def backups_folder(service: ServiceBase) -> Path:
    return backups.backups_folder(service.store.path)


def _keep(service: ServiceBase) -> int:
    return service.store.get_settings().backups_kept


def backup_now(service: ServiceBase, target: Path | None = None, now: Clock = datetime.now) -> Path:
    """A backup on request: into the backups folder (rotated), or to ``target`` as it is."""
    if target is not None:
        return backups.make_backup(service.store.conn, Path(target))
    return backups.backup_into_folder(
        service.store.conn, backups_folder(service), "manual", _keep(service), now()
    )


def backup_before(service: ServiceBase, reason: str, now: Clock = datetime.now) -> Path | None:
    """Back up before a change that replaces much (import, restore); None for an empty plan.

    Call it outside any transaction. Raises StoreError when the backup can't be made, so
    the change that needed it does not go ahead either.
    """
    if service.store.is_empty():
        return None
    return backups.backup_into_folder(
        service.store.conn, backups_folder(service), reason, _keep(service), now()
    )


def backup_on_open(service: ServiceBase, now: Clock = datetime.now) -> str | None:
    """The daily backup. Never raises: returns a one-line warning when it failed."""
    try:
        if service.store.is_empty() or backups.made_today(backups_folder(service), now()):
            return None
        backup_before(service, "daily", now)
    except (StoreError, OSError) as error:
        return f"Today's automatic backup failed: {error}"
    return None


def list_backups(service: ServiceBase) -> list[BackupInfo]:
    return list_backups_in(backups_folder(service))


def list_backups_in(folder: Path) -> list[BackupInfo]:
    """Newest first, each with what it holds (read without a full check: that is slow)."""
    infos = []
    for each in backups.list_backups(folder):
        try:
            infos.append(BackupInfo(each, each.size, files.describe_file(each.path)))
        except StoreError as error:
            infos.append(BackupInfo(each, each.size, None, str(error)))
    return infos


def folder_backups(folder: Path) -> Path:
    """The backups folder of the data folder ``folder``, with no store open."""
    return backups.backups_folder(database_path(folder))


def newest_backup(folder: Path) -> Path | None:
    """The newest backup file of the data folder ``folder``, unchecked; None if none."""
    found = backups.list_backups(folder_backups(folder))
    return found[0].path if found else None


def newest_good_backup(folder: Path) -> BackupInfo | None:
    """The newest backup that passes the full check (for recovery from a damaged store)."""
    for each in backups.list_backups(folder_backups(folder)):
        try:
            staged, contents = files.stage(each.path, folder)
        except StoreError:
            continue
        files.remove_set(staged)
        return BackupInfo(each, each.size, contents)
    return None


def restore_backup(service: ServiceBase, source: Path, now: Clock = datetime.now) -> PlanState:
    """Replace the plan with ``source`` after checking it; the current plan is backed up first.

    All or nothing: if anything fails, the plan stays as it was and the service stays open.
    """
    db_path = service.store.path
    staged, _ = files.stage(Path(source), db_path.parent)
    try:
        backup_before(service, "restore", now)
        service.store.close()
        try:
            files.ensure_sole_user(db_path)
            aside = files.set_aside(db_path, "replaced", now())
        except BaseException:
            service.store = Store.open(db_path)
            raise
        try:
            files.place(staged, db_path)
            service.store = Store.open(db_path)
        except BaseException:
            files.put_back(aside, db_path)
            service.store = Store.open(db_path)
            raise
        files.remove_set(aside)  # the "restore" backup holds the same, verified
    finally:
        files.remove_set(staged)
    return service.reload()


def recover_from_backup(folder: Path, source: Path, now: Clock = datetime.now) -> Path:
    """When the store can't be opened: keep the damaged file aside, put ``source`` in place.

    Returns where the damaged file now is. The damaged file is never deleted or overwritten.
    """
    db_path = database_path(folder)
    staged, _ = files.stage(Path(source), folder)
    try:
        # No sole-user check here: its connection could checkpoint into the damaged file,
        # and nobody has a store open that failed to open.
        aside = files.set_aside(db_path, "damaged", now())
        files.place(staged, db_path)
    finally:
        files.remove_set(staged)
    return aside


def start_fresh(folder: Path, now: Clock = datetime.now) -> Path:
    """Keep the unreadable file aside so a new, empty plan can start. Returns its new name."""
    return files.set_aside(database_path(folder), "damaged", now())


def doctor(folder: Path) -> HealthReport:
    return examine(database_path(folder))


class SafetyActions(ServiceBase):
    """The same actions as methods, for ``Altitude``'s list of mixins."""

    def backup_now(self, target: Path | None = None) -> Path:
        return backup_now(self, target)

    def list_backups(self) -> list[BackupInfo]:
        return list_backups(self)

    def restore_backup(self, source: Path) -> PlanState:
        return restore_backup(self, source)
