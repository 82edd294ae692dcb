"""Backups of the database: SQLite's online backup API, verified, private, rotated.

A backup is written under a hidden temporary name (``altitude.atomic_files``: private
whatever the umask, fsynced), checked with integrity_check and foreign_key_check, and
only then renamed into place. So every ``altitude-*.db`` in the backups
folder is a complete copy that passed its check; a damaged store yields no backup at all.
Backups are self-contained single files (rollback journal, no -wal beside them).
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from altitude.atomic_files import write_atomic
from altitude.errors import FileWriteError
from altitude.store.errors import DamagedDatabaseError, StoreError, describe
from altitude.store.private_files import private_folder

if TYPE_CHECKING:
    from sqlite_utils import Database

BACKUPS_FOLDER = "backups"
REASONS = ("daily", "manual", "import", "restore", "migration", "new-plan", "rules")
DEFAULT_KEEP = 10
_NAME = re.compile(r"^altitude-(\d{8})-(\d{6})-([a-z]+)(?:-(\d+))?\.db$")
_STALE_PARTIAL_SECONDS = 3600


@dataclass(frozen=True, slots=True)
class BackupFile:
    """One backup in the backups folder, as its name describes it."""

    path: Path
    made: datetime
    reason: str

    @property
    def size(self) -> int:
        try:
            return self.path.stat().st_size
        except OSError:
            return 0


def backups_folder(db_path: Path) -> Path:
    return Path(db_path).parent / BACKUPS_FOLDER


def backup_name(now: datetime, reason: str, serial: int = 0) -> str:
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    suffix = f"-{serial}" if serial else ""
    return f"altitude-{now:%Y%m%d-%H%M%S}-{reason}{suffix}.db"


def parse_name(path: Path) -> BackupFile | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        made = datetime.strptime(match[1] + match[2], "%Y%m%d%H%M%S")
    except ValueError:
        return None
    return BackupFile(path, made, match[3])


def list_backups(folder: Path) -> list[BackupFile]:
    """Backups in ``folder``, newest first. Other files there are ignored (never touched)."""
    try:
        entries = list(folder.iterdir())
    except (FileNotFoundError, NotADirectoryError):
        return []
    except OSError as error:
        raise StoreError(f"cannot read {folder}: {error.strerror or error}") from error
    found = [b for b in map(parse_name, entries) if b is not None and b.path.is_file()]
    return sorted(found, key=lambda b: (b.made, b.path.name), reverse=True)


def make_backup(conn: sqlite3.Connection, target: Path) -> Path:
    """Copy the database behind ``conn`` to ``target`` (replaced if it exists), verified.

    Raises StoreError with a one-line message; on failure nothing is left at ``target``'s
    temporary name and an existing ``target`` is unchanged.
    """
    # conn.backup() retries SQLITE_BUSY forever when its own connection is mid-transaction.
    if conn.in_transaction:
        raise StoreError("cannot back up while a change is being saved; try again")
    target = Path(target)
    if target.is_dir():
        raise StoreError(f"{target} is a folder; give a file name for the backup")
    private_folder(target.parent)

    def copy_into(partial: Path) -> None:
        try:
            dest = sqlite3.connect(str(partial), isolation_level=None)
            try:
                conn.backup(dest)
                # One self-contained file: no -wal to lose when the backup is copied alone.
                dest.execute("PRAGMA journal_mode = DELETE")
                problem = verify(dest)
            finally:
                dest.close()
        finally:
            for each in sidecars(partial):  # a failed copy's journal; a good one has none
                with contextlib.suppress(OSError):
                    each.unlink()
        if problem:
            raise DamagedDatabaseError(
                f"the plan failed its integrity check ({problem}); no backup was made"
            )

    try:
        write_atomic(target, copy_into)
    except sqlite3.Error as error:
        raise describe(error, target) from error
    except FileWriteError as error:
        raise StoreError(f"cannot write {target}: {error.reason}") from error
    return target


def backup_into_folder(
    conn: sqlite3.Connection, folder: Path, reason: str, keep: int, now: datetime
) -> Path:
    """A named backup in ``folder``, then only the newest ``keep`` backups are kept."""
    private_folder(folder)
    remove_stale_partials(folder)
    serial = 0
    while (folder / backup_name(now, reason, serial)).exists():
        serial += 1
    target = make_backup(conn, folder / backup_name(now, reason, serial))
    rotate(folder, keep)
    return target


def backup_before_migration(
    db: Database, db_path: Path, now: datetime | None = None
) -> Path | None:
    """Call in ``Store.open`` between ``check_compatible`` and ``migrate``.

    Backs up a file that holds data and is about to be upgraded; None when nothing is pending
    or the file is new.
    """
    from altitude.store.schema import migrations  # only on the path that already loaded it

    if not migrations.MIGRATIONS.pending(db) or migrations.schema_version(db) == 0:
        return None
    try:
        row = db.conn.execute("SELECT value FROM settings WHERE key = 'backups_kept'").fetchone()
    except sqlite3.Error:  # an old schema may keep its settings elsewhere
        row = None
    keep = row[0] if row and isinstance(row[0], int) else DEFAULT_KEEP
    return backup_into_folder(
        db.conn, backups_folder(db_path), "migration", keep, now or datetime.now()
    )


def rotate(folder: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` (at least one) backups; returns what went."""
    removed = []
    for old in list_backups(folder)[max(1, keep) :]:
        with contextlib.suppress(FileNotFoundError):  # another process rotated first
            old.path.unlink()
            removed.append(old.path)
    return removed


def made_today(folder: Path, now: datetime) -> bool:
    return any(b.made.date() == now.date() for b in list_backups(folder))


def verify(conn: sqlite3.Connection) -> str:
    """The first problem found by a full integrity check and the foreign-key check, or ''."""
    problems = [str(row[0]) for row in conn.execute("PRAGMA integrity_check(5)")]
    if problems != ["ok"]:
        return first_problem(problems[0])
    broken = conn.execute("PRAGMA foreign_key_check").fetchone()
    if broken is not None:
        return f"a row in {broken[0]} points at a missing {broken[2]}"
    return ""


def first_problem(report: str) -> str:
    """One line from an integrity report, whose first row may hold several lines and
    starts with a "*** in database main ***" header."""
    lines = [ln.strip() for ln in report.splitlines() if ln.strip() and not ln.startswith("***")]
    return lines[0][:160] if lines else "unknown damage"


# ---------------------------------------------------------------- file helpers


def sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal")]


def remove_with_sidecars(path: Path) -> None:
    for each in (path, *sidecars(path)):
        with contextlib.suppress(OSError):
            each.unlink()


def remove_stale_partials(folder: Path) -> None:
    """Leftovers of a backup or restore interrupted by a crash (never one in progress)."""
    cutoff = time.time() - _STALE_PARTIAL_SECONDS
    for each in folder.glob(".altitude-*.partial*"):
        with contextlib.suppress(OSError):
            if each.stat().st_mtime < cutoff:
                each.unlink()
