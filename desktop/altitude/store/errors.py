"""What can go wrong with the database file, each with one line a user can act on."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from altitude.errors import AltitudeError


class StoreError(AltitudeError):
    """The store could not do what was asked; ``str()`` is a one-line message for a user."""


class NewerSchemaError(StoreError):
    """The file was written by a newer Altitude than this one."""


class NotADatabaseError(StoreError):
    """The file is not an Altitude database (not SQLite, a damaged header, or another app's)."""


class DamagedDatabaseError(StoreError):
    """The file opens but fails its integrity or foreign-key check."""


class InterchangeError(AltitudeError, ValueError):
    """An import or export problem, phrased as one line: what was wrong and where. Here,
    not beside the reader that raises it, so that naming it (``services.errors``) does not
    load the whole interchange format at every start (peak memory, benchmarks/RESULTS.md)."""


class RecordNotFoundError(StoreError, KeyError):
    """No row with that id (or week). Also a KeyError, for callers that expect one."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else "not found"


# SQLite primary result codes (the low byte of an extended code).
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_SQLITE_CONSTRAINT = 19
_SQLITE_NOTADB = 26


def describe(error: sqlite3.Error, path: Path) -> StoreError:
    """Turn a sqlite3 error into a StoreError whose message says what and where."""
    code = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
    if code == _SQLITE_NOTADB or "not a database" in str(error):
        return NotADatabaseError(f"{path} is not an Altitude database (file is not SQLite)")
    if code == _SQLITE_CORRUPT:
        return DamagedDatabaseError(f"{path} is damaged: {error}")
    if code in (_SQLITE_FULL, _SQLITE_IOERR):
        # A full disk often surfaces as a plain I/O error, not SQLITE_FULL.
        return StoreError(f"could not write {path}: the disk is full or failing ({error})")
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return StoreError(f"{path} is busy in another Altitude window or process; try again")
    if code == _SQLITE_READONLY:
        return StoreError(f"{path} is read-only; Altitude needs to write to it")
    if code == _SQLITE_CANTOPEN:
        return StoreError(f"cannot open {path}: check that the folder exists and is writable")
    if code == _SQLITE_CONSTRAINT or isinstance(error, sqlite3.IntegrityError):
        return StoreError(f"{path} refused a change that breaks a rule of the plan ({error})")
    return StoreError(f"{path}: {error}")


@contextmanager
def translated(path: Path) -> Iterator[None]:
    """Re-raise sqlite3 errors (and unsavable text) as StoreError, keeping the cause."""
    try:
        yield
    except sqlite3.Error as error:
        raise describe(error, path) from error
    except UnicodeEncodeError as error:
        # A lone surrogate in some text: SQLite cannot store it.
        raise StoreError(f"{path}: some text contains characters that cannot be saved") from error
