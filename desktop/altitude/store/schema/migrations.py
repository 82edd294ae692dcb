"""Schema migrations, with sqlite-utils' built-in Migrations.

The schema version is read from sqlite-utils' ``_sqlite_migrations`` table (no
``PRAGMA user_version``): each migration is named ``NNNN_what_it_does`` and the version
is the highest NNNN applied. A name this build does not know means a newer Altitude
wrote the file.

To change the schema: add a function below named with the next number, decorated with
``@MIGRATIONS(name=...)``; never edit one that has shipped. Add a fixture of the previous
version to tests/store/fixtures (see make_fixtures.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from altitude.store.errors import NewerSchemaError, NotADatabaseError
from altitude.store.schema.ddl import DDL_V1, DDL_V2, DDL_V3, DDL_V4, DDL_V5
from altitude.store.schema.names import MIGRATION_SET, version_of
from altitude.store.sqlite_utils_db import load_sqlite_utils
from altitude.store.transactions import write_transaction

if TYPE_CHECKING:
    from sqlite_utils import Database, Migrations

# Importing this module imports sqlite-utils: the store does so only when a file needs
# more than the quick check in schema_names.
MIGRATIONS: Migrations = load_sqlite_utils().Migrations(MIGRATION_SET)


@MIGRATIONS(name="0001_initial_schema")
def _initial_schema(db: Database) -> None:
    db.executescript(DDL_V1)


@MIGRATIONS(name="0002_one_to_ones_and_limits")
def _one_to_ones_and_limits(db: Database) -> None:
    for statement in DDL_V2:
        db.execute(statement)


@MIGRATIONS(name="0003_decision_journal_and_feedback")
def _decision_journal_and_feedback(db: Database) -> None:
    for statement in DDL_V3:
        db.execute(statement)


@MIGRATIONS(name="0004_time_import")
def _time_import(db: Database) -> None:
    for statement in DDL_V4:
        db.execute(statement)


@MIGRATIONS(name="0005_thinking_in_arcs")
def _thinking_in_arcs(db: Database) -> None:
    for statement in DDL_V5:
        db.execute(statement)


def known_names() -> tuple[str, ...]:
    """Every migration this build knows, in order."""
    with load_sqlite_utils().Database(memory=True, execute_plugins=False) as empty:
        return tuple(m.name for m in MIGRATIONS.pending(empty))


def latest_version() -> int:
    return max((version_of(name) for name in known_names()), default=0)


def applied_names(db: Database) -> list[str]:
    return [m.name for m in MIGRATIONS.applied(db)]


def schema_version(db: Database) -> int:
    """The highest migration applied; 0 for a new, empty file."""
    return max((version_of(name) for name in applied_names(db)), default=0)


def check_compatible(db: Database, path: Path) -> None:
    """Refuse another application's database and one written by a newer Altitude."""
    names = applied_names(db)
    if not names:
        other = [t for t in db.table_names() if not t.startswith(("sqlite_", "_sqlite_"))]
        if other:
            raise NotADatabaseError(f"{path} is an SQLite database, but not an Altitude one")
        return
    known = known_names()
    if any(name not in known for name in names):
        latest = latest_version()
        found = max(schema_version(db), latest + 1)
        raise NewerSchemaError(
            f"{path} was saved by a newer Altitude (data version {found}; this one reads up "
            f"to {latest}): update Altitude to open it"
        )


def migrate(db: Database) -> None:
    """Apply the pending migrations, all in one transaction when they allow it.

    One transaction means the file is never left between two versions, and a second
    process starting at the same moment waits instead of migrating twice.
    """
    pending = MIGRATIONS.pending(db)
    if not pending:
        return
    if all(m.transactional for m in pending):
        with write_transaction(db):
            MIGRATIONS.apply(db)
    else:  # VACUUM or a journal-mode change cannot run inside a transaction
        MIGRATIONS.apply(db)
