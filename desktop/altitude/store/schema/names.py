"""The migrations this build knows, by name, readable without sqlite-utils.

``Store.open`` compares them with the names recorded in the file (sqlite-utils'
``_sqlite_migrations`` table) using plain ``sqlite3``: when they match, the file is up to
date and sqlite-utils need not be imported to open it (see ``sqlite_utils_db``). Anything
else — a new file, an older one, a newer Altitude's — takes the full path in
``migrations``. Keep this list equal to the migrations registered there (a test checks).
"""

from __future__ import annotations

import sqlite3

MIGRATION_SET = "altitude"
MIGRATION_NAMES: tuple[str, ...] = (
    "0001_initial_schema",
    "0002_one_to_ones_and_limits",
    "0003_decision_journal_and_feedback",
    "0004_time_import",
    "0005_thinking_in_arcs",
)


def recorded_names(conn: sqlite3.Connection) -> tuple[str, ...]:
    """The migrations applied to the file, in order; () for a file without the table."""
    table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
    ).fetchone()
    if table is None:
        return ()
    rows = conn.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
        (MIGRATION_SET,),
    )
    return tuple(str(row[0]) for row in rows)


def version_of(name: str) -> int:
    """``0002_add_something`` -> 2."""
    number = name.split("_", 1)[0]
    return int(number) if number.isdigit() else 0


def recorded_version(conn: sqlite3.Connection) -> int:
    """The highest migration applied; 0 for a new, empty file."""
    return max((version_of(name) for name in recorded_names(conn)), default=0)
