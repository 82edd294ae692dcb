"""The Store: the one object the services use to read and write the plan.

Every write method wraps itself in ``atomic()``. Called alone it commits; called inside a
caller's ``with store.atomic():`` it becomes a savepoint and commits nothing, so a whole
user action is saved completely or not at all.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from altitude.domain.entities import (
    Delegation,
    InventoryItem,
    Person,
    Plan,
    PlanState,
    Settings,
    WeeklyCheckIn,
)
from altitude.domain.overview import Overview
from altitude.domain.weeks import IsoWeek
from altitude.store import loading, removal
from altitude.store.connection import open_database
from altitude.store.errors import RecordNotFoundError, StoreError, translated
from altitude.store.records.arcs import ArcsRecords
from altitude.store.records.growth import GrowthRecords
from altitude.store.records.worktime import TimeRecords
from altitude.store.removal import RemovedDelegation, RemovedItem, RemovedPerson
from altitude.store.rows import CHILD_TABLES, Row, child_fields, row_of
from altitude.store.schema import names as schema_names
from altitude.store.sqlite_utils_db import database
from altitude.store.transactions import write_transaction
from altitude.store.writing import (
    DATA_TABLES,
    delete_all,
    insert_children,
    insert_state,
    write_plan,
    write_settings,
)

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.db import Table

_ANY_DATA = (
    "SELECT EXISTS (SELECT 1 FROM plan) OR EXISTS (SELECT 1 FROM items)"
    " OR EXISTS (SELECT 1 FROM people) OR EXISTS (SELECT 1 FROM delegations)"
    " OR EXISTS (SELECT 1 FROM checkins) OR EXISTS (SELECT 1 FROM journal_entries)"
    " OR EXISTS (SELECT 1 FROM feedback_themes) OR EXISTS (SELECT 1 FROM feedback_entries)"
    " OR EXISTS (SELECT 1 FROM time_sources) OR EXISTS (SELECT 1 FROM time_rules)"
    " OR EXISTS (SELECT 1 FROM imported_time) OR EXISTS (SELECT 1 FROM narrative_versions)"
    " OR EXISTS (SELECT 1 FROM stakeholders) OR EXISTS (SELECT 1 FROM business_functions)"
    " OR EXISTS (SELECT 1 FROM milestone_reviews)"
)


class Store(GrowthRecords, TimeRecords, ArcsRecords):
    """One open database file. Use ``Store.open(path)``; ``with`` closes it at the end."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.conn = conn
        self._db: Database | None = None

    @property
    def db(self) -> Database:
        """sqlite-utils over the connection, made when first written through: opening and
        reading use plain sqlite3, so the window shows without importing sqlite-utils."""
        if self._db is None:
            self._db = database(self.conn)
        return self._db

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @classmethod
    def open(cls, path: Path) -> Store:
        """Open (or create) the database, check it and bring its schema up to date."""
        path = Path(path)
        conn = open_database(path)
        store = cls(path, conn)
        try:
            with translated(path):
                if schema_names.recorded_names(conn) != schema_names.MIGRATION_NAMES:
                    store._upgrade()
        except BaseException:
            conn.close()
            raise
        return store

    def _upgrade(self) -> None:
        """A new file, an older one or a newer Altitude's: check, back up, migrate."""
        from altitude.store import backup
        from altitude.store.schema import migrations

        migrations.check_compatible(self.db, self.path)
        backup.backup_before_migration(self.db, self.path)
        migrations.migrate(self.db)

    def close(self) -> None:
        """Fold the write-ahead log into the file, then close: a closed plan is one file.

        Only after this connection wrote: a checkpoint counts as a change for every other
        connection's ``data_version``, so a read-only command would look like an edit."""
        with suppress(sqlite3.Error):  # busy (a reader elsewhere) or closed already
            if self.conn.total_changes:
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.conn.close()

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """One transaction; nested use becomes a savepoint of the outer one."""
        with translated(self.path), write_transaction(self.db):
            yield

    def schema_version(self) -> int:
        with translated(self.path):
            return schema_names.recorded_version(self.conn)

    def data_version(self) -> int:
        """Changes when another connection commits (not for this one's own writes)."""
        with translated(self.path):
            return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    def is_empty(self) -> bool:
        """No plan, items, people, delegations, check-ins, decisions or feedback (settings
        do not count)."""
        with translated(self.path):
            return not self.conn.execute(_ANY_DATA).fetchone()[0]

    # ------------------------------------------------------------ reading
    def load(self) -> PlanState:
        with translated(self.path):
            return loading.load_state(self.conn)

    def load_overview(self) -> Overview:
        """What the dashboard needs, without the plan's detail: fast even for ten years."""
        with translated(self.path):
            return loading.load_overview(self.conn)

    def get_plan(self) -> Plan | None:
        with translated(self.path):
            return loading.read_plan(self.conn)

    def get_settings(self) -> Settings:
        with translated(self.path):
            return loading.read_settings(self.conn)

    # ------------------------------------------------------------ plan and settings
    def save_plan(self, plan: Plan) -> None:
        with self.atomic():
            write_plan(self.db, plan)

    def save_settings(self, settings: Settings) -> None:
        with self.atomic():
            write_settings(self.db, settings)

    # ------------------------------------------------------------ items and people
    def add_item(self, item: InventoryItem) -> InventoryItem:
        with self.atomic():
            return replace(item, id=self._insert("items", row_of(item)))

    def update_item(self, item: InventoryItem) -> None:
        with self.atomic():
            self._update("items", "inventory item", item.id, row_of(item))

    def delete_item(self, item_id: int) -> RemovedItem:
        """Delegations of the item keep going with no item; its hours in check-ins go.
        Returns all of that, read in the same transaction, for ``restore_item``."""
        with self.atomic():
            removed = removal.item_to_remove(self.conn, item_id)
            self._delete("items", "inventory item", item_id)
        return removed

    def restore_item(self, removed: RemovedItem) -> None:
        """The item under its old id, its delegations' links and its logged hours."""
        item_id = removed.item.id
        if item_id is None:
            raise StoreError("cannot restore an inventory item that was never saved")
        with self.atomic():
            self._insert("items", row_of(removed.item))
            removal.relink(self.conn, "item_id", item_id, removed.delegation_ids)
            removal.put_back_hours(self.conn, item_id, removed.logged)
            removal.put_back_links(self.conn, removed.links, item_id)

    def add_person(self, person: Person) -> Person:
        with self.atomic():
            return replace(person, id=self._insert("people", row_of(person)))

    def update_person(self, person: Person) -> None:
        with self.atomic():
            self._update("people", "person", person.id, row_of(person))

    def delete_person(self, person_id: int) -> RemovedPerson:
        """Delegations they owned stay, with no owner; which ones is returned."""
        with self.atomic():
            removed = removal.person_to_remove(self.conn, person_id)
            self._delete("people", "person", person_id)
        return removed

    def restore_person(self, removed: RemovedPerson) -> None:
        """The person under their old id, owning again what they owned."""
        person_id = removed.person.id
        if person_id is None:
            raise StoreError("cannot restore a person who was never saved")
        with self.atomic():
            self._insert("people", row_of(removed.person))
            removal.relink(self.conn, "owner_id", person_id, removed.delegation_ids)
            removal.put_back_links(self.conn, removed.links, person_id)

    # ------------------------------------------------------------ delegations
    def add_delegation(self, d: Delegation) -> Delegation:
        with self.atomic():
            new_id = self._insert("delegations", row_of(d))
            insert_children(self.db, [(new_id, d)])
        return replace(d, id=new_id)

    def update_delegation(self, d: Delegation) -> None:
        """Rewrite the delegation and its check-ins, level plan and level history."""
        with self.atomic():
            delegation_id = self._update("delegations", "delegation", d.id, row_of(d))
            self._delete_children(Delegation, delegation_id)
            insert_children(self.db, [(delegation_id, d)])

    def restore_delegation(self, removed: RemovedDelegation) -> None:
        """The delegation under its old id with its lists, and what pointed at it."""
        d = removed.delegation
        if d.id is None:
            raise StoreError("cannot restore a delegation that was never saved")
        with self.atomic():
            self.add_delegation(d)
            removal.put_back_links(self.conn, removed.links, d.id)

    def delete_delegation(self, delegation_id: int) -> RemovedDelegation:
        """Returns it with its lists, which go with it, for ``restore_delegation``."""
        with self.atomic():
            removed = removal.delegation_to_remove(self.conn, delegation_id)
            self._delete("delegations", "delegation", delegation_id)
        return removed

    # ------------------------------------------------------------ weekly check-ins
    def put_checkin(self, c: WeeklyCheckIn) -> None:
        """Save the week's check-in, replacing what was saved for that week before."""
        with self.atomic():
            existing = self._checkin_id(c.week)
            if existing is None:
                checkin_id = self._insert("checkins", row_of(c))
            else:
                checkin_id = existing
                self._table("checkins").update(checkin_id, row_of(c))
                self._delete_children(WeeklyCheckIn, checkin_id)
            insert_children(self.db, [(checkin_id, c)])

    def delete_checkin(self, week: IsoWeek) -> WeeklyCheckIn:
        """Returns the week with its item hours and answers; ``put_checkin`` puts it back."""
        with self.atomic():
            removed = removal.checkin_to_remove(self.conn, week)
            self.conn.execute("DELETE FROM checkins WHERE week = ?", [str(week)])
        return removed

    # ------------------------------------------------------------ everything at once
    def replace_all(self, state: PlanState) -> None:
        """Delete everything and write ``state``, keeping its ids (import, restore, undo)."""
        with self.atomic():
            delete_all(self.db)
            insert_state(self.db, state)

    def clear(self) -> None:
        with self.atomic():
            delete_all(self.db)

    # ------------------------------------------------------------ helpers
    def _table(self, name: str) -> Table:
        if name not in DATA_TABLES:  # sqlite-utils would create a table for a typo
            raise ValueError(f"unknown table {name}")
        return self.db.table(name)

    def _insert(self, table: str, row: Row) -> int:
        new_id = self._table(table).insert(row).last_pk
        if new_id is None:
            raise StoreError(f"{self.path}: the new row in {table} got no id")
        return int(new_id)

    def _update(self, table: str, what: str, row_id: int | None, row: dict[str, Any]) -> int:
        if row_id is None:
            raise StoreError(f"cannot update a {what} that was never saved")
        try:
            self._table(table).update(row_id, {k: v for k, v in row.items() if k != "id"})
        except _not_found():
            raise RecordNotFoundError(f"no {what} with id {row_id}") from None
        return row_id

    def _delete(self, table: str, what: str, row_id: int) -> None:
        try:
            self._table(table).delete(row_id)
        except _not_found():
            raise RecordNotFoundError(f"no {what} with id {row_id}") from None

    def _delete_children(self, cls: type, parent_id: int) -> None:
        for f in child_fields(cls):
            where = CHILD_TABLES[(cls, f.name)]
            self._table(where.table).delete_where(f"{where.parent} = ?", [parent_id])

    def _checkin_id(self, week: IsoWeek) -> int | None:
        row = self.conn.execute("SELECT id FROM checkins WHERE week = ?", [str(week)]).fetchone()
        return None if row is None else int(row[0])


def _not_found() -> type[Exception]:
    """sqlite-utils' NotFoundError; it is imported by the time a row is updated or deleted."""
    from sqlite_utils.db import NotFoundError

    return NotFoundError
