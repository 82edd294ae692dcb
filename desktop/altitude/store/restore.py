"""Checking a file before it replaces the plan, and swapping database files safely.

A restore never trusts the file it is given: it is copied into the data folder first (with
its -wal, if one lies beside it), folded into one file, fully checked and only then put in
place. The current database goes aside together with its -wal and -shm: SQLite would
replay a stale -wal on top of the restored file and silently undo the restore.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from altitude.atomic_files import fsync_path as fsync
from altitude.store.backup import (
    remove_stale_partials,
    remove_with_sidecars,
    sidecars,
    verify,
)
from altitude.store.errors import DamagedDatabaseError, NotADatabaseError, StoreError, describe
from altitude.store.private_files import create_private
from altitude.store.sqlite_utils_db import database

_BUSY = (5, 6)  # SQLITE_BUSY, SQLITE_LOCKED


@dataclass(frozen=True, slots=True)
class Contents:
    """What a database file holds, in a few words for a list of backups."""

    schema_version: int
    new_role: str  # "" when the file holds no plan
    checkins: int
    last_week: str  # "" when there are no check-ins


def open_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot change ``path`` (a backup, or the store for the doctor)."""
    text = str(Path(path).absolute())
    uri = "file:" + text.replace("%", "%25").replace("?", "%3f").replace("#", "%23")
    try:
        return sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None)
    except sqlite3.Error as error:
        raise describe(error, path) from error


def read_contents(conn: sqlite3.Connection, path: Path) -> Contents:
    """Refuse another application's file, an empty one and one from a newer Altitude."""
    from altitude.store.schema import migrations  # imports sqlite-utils: not needed to start

    db = database(conn)
    migrations.check_compatible(db, path)
    version = migrations.schema_version(db)
    if version == 0:
        raise NotADatabaseError(f"{path} holds no Altitude plan")
    role = conn.execute("SELECT new_role FROM plan WHERE id = 1").fetchone()
    count, last = conn.execute("SELECT count(*), max(week) FROM checkins").fetchone()
    return Contents(version, str(role[0]) if role else "", int(count), str(last or ""))


def describe_file(path: Path) -> Contents:
    """Contents of a file we wrote ourselves (a backup), read-only and without a full check."""
    conn = open_read_only(path)
    try:
        return read_contents(conn, path)
    except sqlite3.Error as error:
        raise describe(error, path) from error
    finally:
        conn.close()


def stage(candidate: Path, folder: Path) -> tuple[Path, Contents]:
    """Copy ``candidate`` into ``folder`` as one checked, self-contained file.

    Raises StoreError (DamagedDatabaseError, NotADatabaseError, NewerSchemaError) naming
    ``candidate``; the candidate itself is only read.
    """
    candidate = Path(candidate)
    if candidate.is_dir():
        raise StoreError(f"{candidate} is a folder, not a backup file")
    staged = folder / f".altitude-restore.{os.getpid()}.partial"
    remove_stale_partials(folder)
    try:
        remove_with_sidecars(staged)
        create_private(staged)
        shutil.copyfile(candidate, staged)
        wal = candidate.with_name(candidate.name + "-wal")
        if wal.is_file():  # committed changes not yet folded into the file
            shutil.copyfile(wal, staged.with_name(staged.name + "-wal"))
        conn = sqlite3.connect(str(staged), isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode = DELETE")  # folds the -wal in
            problem = verify(conn)
            if problem:
                raise DamagedDatabaseError(f"{candidate} is damaged: {problem}")
            contents = read_contents(conn, candidate)
        finally:
            conn.close()
        os.chmod(staged, 0o600)
        fsync(staged)
    except sqlite3.Error as error:
        remove_with_sidecars(staged)
        raise describe(error, candidate) from error
    except OSError as error:
        remove_with_sidecars(staged)
        where = error.filename or candidate
        raise StoreError(f"cannot read {where}: {error.strerror or error}") from error
    except BaseException:
        remove_with_sidecars(staged)
        raise
    return staged, contents


def ensure_sole_user(db_path: Path) -> None:
    """Refuse when another connection (a window, a command) has the database open.

    Exclusive locking mode needs every other connection gone, even idle readers in WAL mode.
    A file SQLite cannot read at all is nobody's open plan, so that is not an error here.
    """
    if not db_path.exists():
        return
    conn = sqlite3.connect(str(db_path), isolation_level=None, timeout=0)
    try:
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("COMMIT")
    except sqlite3.Error as error:
        code = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
        if code in _BUSY or "locked" in str(error):
            raise StoreError(
                f"{db_path} is open in another Altitude window or command; close it and try again"
            ) from error
    finally:
        conn.close()


def set_aside(db_path: Path, label: str, now: datetime) -> Path:
    """Rename the database and its -wal, -shm and -journal together; returns the new name."""
    stamp = f"{db_path.name}.{label}-{now:%Y%m%d-%H%M%S}"
    aside = db_path.with_name(stamp)
    serial = 1
    while any(p.exists() for p in (aside, *sidecars(aside))):
        serial += 1
        aside = db_path.with_name(f"{stamp}-{serial}")
    _move_set(db_path, aside)
    return aside


def put_back(aside: Path, db_path: Path) -> None:
    """Undo ``set_aside`` after a failed swap: whatever sits at ``db_path`` goes first."""
    remove_with_sidecars(db_path)
    _move_set(aside, db_path)


def place(staged: Path, db_path: Path) -> None:
    try:
        os.replace(staged, db_path)
    except OSError as error:
        raise StoreError(f"cannot write {db_path}: {error.strerror or error}") from error
    fsync(db_path.parent)


def remove_set(path: Path) -> None:
    remove_with_sidecars(path)


def _move_set(source: Path, target: Path) -> None:
    try:
        if source.exists():
            os.replace(source, target)
        for side, moved in zip(sidecars(source), sidecars(target), strict=True):
            if side.exists():
                os.replace(side, moved)
            else:
                with contextlib.suppress(FileNotFoundError):
                    moved.unlink()  # never pair a file with someone else's -wal
    except OSError as error:
        raise StoreError(f"cannot move {source} aside: {error.strerror or error}") from error
    fsync(target.parent)
