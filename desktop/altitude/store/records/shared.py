"""What the record mixins share: the Store's helpers they call (declared for the type
checker; ``Store`` has them), and adding, rewriting and deleting a record with its child tuples."""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import replace
from typing import TYPE_CHECKING, Any, TypeVar

from altitude.store.errors import RecordNotFoundError
from altitude.store.loading import read_record
from altitude.store.rows import TABLES, Row, row_of
from altitude.store.writing import insert_children

if TYPE_CHECKING:
    import sqlite3

    from sqlite_utils import Database
    from sqlite_utils.db import Table

_R = TypeVar("_R")


class RecordWrites:
    if TYPE_CHECKING:
        conn: sqlite3.Connection

        @property
        def db(self) -> Database: ...
        def atomic(self) -> AbstractContextManager[None]: ...
        def _table(self, name: str) -> Table: ...
        def _insert(self, table: str, row: Row) -> int: ...
        def _update(self, table: str, what: str, row_id: int | None, row: Row) -> int: ...
        def _delete(self, table: str, what: str, row_id: int) -> None: ...
        def _delete_children(self, cls: type, parent_id: int) -> None: ...

    def _add_record(self, record: _R) -> _R:
        """The record and its child tuples, under its id when it has one (an undo's)."""
        with self.atomic():
            new_id = self._insert(TABLES[type(record)], row_of(record))
            insert_children(self.db, [(new_id, record)])
        saved: _R = replace(record, id=new_id)  # type: ignore[type-var]
        return saved

    def _update_record(self, record: Any, what: str) -> None:
        """Rewrite the record's row and its child tuples whole."""
        cls = type(record)
        with self.atomic():
            record_id = self._update(TABLES[cls], what, record.id, row_of(record))
            self._delete_children(cls, record_id)
            insert_children(self.db, [(record_id, record)])

    def _delete_record(self, cls: type[_R], what: str, record_id: int) -> _R:
        """Delete the record (its child rows go with it); returns it as it was, whole."""
        with self.atomic():
            found = read_record(self.conn, cls, "id = ?", record_id)
            if found is None:
                raise RecordNotFoundError(f"no {what} with id {record_id}")
            self._delete(TABLES[cls], what, record_id)
        return found
