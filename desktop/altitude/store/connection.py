"""Open the database file: private permissions, durable pragmas, and a health check."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import time
from pathlib import Path

from altitude.store.errors import DamagedDatabaseError, StoreError, describe, translated
from altitude.store.private_files import private_folder

BUSY_TIMEOUT_MS = 5000
_SYNCHRONOUS_FULL = 2
# Memory held by the connection for the life of the process, which the window's start
# peaks over (benchmarks/RESULTS.md, round six). SQLite's default page cache is 2 MiB: the
# checks on open read every page, and a ten-year plan's headlines filled another 1.1 MiB.
# The file sits in the system's cache anyway: with 128 KiB, opening a ten-year plan and
# reading it whole measured no slower here (123 vs 156 ms, 288 vs 384 ms, medians of 9).
# Python keeps 128 prepared statements by default (~0.3 MiB after a start); the ones a
# loop repeats stay among the 32 most recent.
CACHE_KIB = 128
CACHED_STATEMENTS = 32


def open_database(path: Path) -> sqlite3.Connection:
    """Connect to ``path`` (created 0600 if missing), set and verify the pragmas, check it.

    Raises StoreError (or a subclass) with a one-line message naming ``path``.
    """
    _prepare_file(path)
    try:
        # isolation_level=None: no implicit BEGIN; transactions.py opens them explicitly.
        conn = sqlite3.connect(str(path), isolation_level=None, cached_statements=CACHED_STATEMENTS)
    except sqlite3.Error as error:
        raise describe(error, path) from error
    try:
        with translated(path):
            _set_pragmas(conn, path)
            _check_health(conn, path)
    except BaseException:
        conn.close()
        raise
    return conn


def _prepare_file(path: Path) -> None:
    """Create the folder (0700) and the file (0600) before SQLite does, whatever the umask.

    SQLite gives its -wal and -shm files the mode of the database file, so they are private
    too.
    """
    try:
        private_folder(path.parent)
        if path.is_dir():
            raise StoreError(f"{path} is a folder, not a database file")
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            _tighten(path)
        else:
            os.close(fd)
            os.chmod(path, 0o600)
    except OSError as error:
        raise StoreError(f"cannot create {path}: {error.strerror or error}") from error


def _tighten(path: Path) -> None:
    """An existing file readable by others is made private (best effort)."""
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        with contextlib.suppress(OSError):  # not ours to change: leave it
            os.chmod(path, mode & 0o700)


def _set_pragmas(conn: sqlite3.Connection, path: Path) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")  # negative: in KiB, not pages
    journal = _wal(conn)
    conn.execute("PRAGMA synchronous = FULL")
    synchronous = conn.execute("PRAGMA synchronous").fetchone()[0]
    foreign_keys = conn.execute("PRAGMA foreign_keys").fetchone()[0]
    if journal != "wal":
        raise StoreError(
            f"{path}: cannot use write-ahead logging here (journal mode is {journal}); "
            "keep the data folder on a local disk"
        )
    if synchronous != _SYNCHRONOUS_FULL or foreign_keys != 1:
        raise StoreError(f"{path}: SQLite refused the durability settings Altitude needs")


def _wal(conn: sqlite3.Connection) -> str:
    """Switch to WAL, waiting while another connection is switching the same new file.

    SQLite answers "database is locked" at once, without the busy handler, when two
    connections change a fresh file's journal mode together (it would deadlock): seen with
    six threads opening a new folder on a loaded machine. Retried within the busy timeout.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    pause = 0.005
    while True:
        try:
            return str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]).lower()
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() >= deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.1)


def _check_health(conn: sqlite3.Connection, path: Path) -> None:
    """quick_check finds damaged pages; it does not look at foreign keys, so check those too."""
    problems = [str(row[0]) for row in conn.execute("PRAGMA quick_check")]
    if problems != ["ok"]:
        # The first row may span lines, under a "*** in database main ***" header.
        lines = [ln.strip() for ln in problems[0].splitlines() if ln.strip() and "***" not in ln]
        raise DamagedDatabaseError(f"{path} is damaged: {lines[0][:160] if lines else 'unknown'}")
    broken = conn.execute("PRAGMA foreign_key_check").fetchone()
    if broken is not None:
        raise DamagedDatabaseError(
            f"{path} is damaged: a row in {broken[0]} points at a missing {broken[2]}"
        )
    # The checks read every page through this connection's cache; hand it back
    # now, so what follows (the window) reuses that memory rather than growing the peak.
    conn.execute("PRAGMA shrink_memory")
