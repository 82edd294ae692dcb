"""Transactions on a connection opened with ``isolation_level=None`` (no implicit BEGIN).

The outermost write transaction starts with BEGIN IMMEDIATE: it takes the write lock up
front (waiting up to busy_timeout), so it can never fail half-way because another process
wrote first. Nested blocks become savepoints through sqlite-utils' ``db.atomic()``, so a
method that wraps its own writes does not commit when a caller already opened a
transaction around it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


def _open(conn: sqlite3.Connection) -> bool:
    # A function, not the attribute: any execute() may change it, which type checkers miss.
    return conn.in_transaction


@contextmanager
def write_transaction(db: Database) -> Iterator[None]:
    conn = db.conn
    if _open(conn):
        with db.atomic():  # SAVEPOINT … RELEASE, or ROLLBACK TO on error
            yield
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        # The error may already have ended the transaction (disk full, RAISE(ROLLBACK)).
        if _open(conn):
            conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except BaseException:
        if _open(conn):
            conn.execute("ROLLBACK")
        raise


@contextmanager
def read_snapshot(conn: sqlite3.Connection) -> Iterator[None]:
    """Several SELECTs that see one consistent state, even while another process writes."""
    if _open(conn):
        yield
        return
    conn.execute("BEGIN")
    try:
        yield
    finally:
        if _open(conn):
            conn.execute("ROLLBACK")  # nothing was written; ends the read snapshot
