"""The Store's writes of time import's records (``domain.worktime.stored``).

The rules are one ordered list, written whole (a reorder is a rewrite of a few rows, and
the undo of any rule edit is the list as it was). A source is one row; deleting it leaves
the weeks read from it with no source, and its token brings their link back. An imported
week is replaced in place, keeping its row (and so the links to it). Mixed into ``Store``,
whose helpers these use; every method is one ``atomic()`` block.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from altitude.domain.weeks import IsoWeek
from altitude.domain.worktime.stored import ImportedTime, TimeRule, TimeSource
from altitude.store import removal
from altitude.store.errors import StoreError
from altitude.store.records.shared import RecordWrites
from altitude.store.removal import RemovedTimeSource
from altitude.store.rows import TABLES, row_of
from altitude.store.writing import insert_children, write_time_rules


class TimeRecords(RecordWrites):
    # ------------------------------------------------------------ rules
    def put_time_rules(self, rules: Sequence[TimeRule]) -> tuple[TimeRule, ...]:
        """The rules in this order, in place of the old list; new ones get ids."""
        with self.atomic():
            return tuple(write_time_rules(self.db, rules))

    # ------------------------------------------------------------ sources
    def add_time_source(self, source: TimeSource) -> TimeSource:
        with self.atomic():
            return replace(source, id=self._insert(TABLES[TimeSource], row_of(source)))

    def update_time_source(self, source: TimeSource) -> None:
        with self.atomic():
            self._update(TABLES[TimeSource], "time source", source.id, row_of(source))

    def delete_time_source(self, source_id: int) -> RemovedTimeSource:
        with self.atomic():
            removed = removal.time_source_to_remove(self.conn, source_id)
            self._delete(TABLES[TimeSource], "time source", source_id)
        return removed

    def restore_time_source(self, removed: RemovedTimeSource) -> None:
        """The source under its old id, and the weeks read from it pointing at it again."""
        source_id = removed.source.id
        if source_id is None:
            raise StoreError("cannot restore a time source that was never saved")
        with self.atomic():
            self._insert(TABLES[TimeSource], row_of(removed.source))
            removal.put_back_links(self.conn, removed.links, source_id)

    # ------------------------------------------------------------ imported weeks
    def put_imported(self, x: ImportedTime) -> None:
        """Save the week's imported figures, replacing what was saved for it before."""
        table = TABLES[ImportedTime]
        with self.atomic():
            found = self.conn.execute(
                "SELECT id FROM imported_time WHERE week = ?", [str(x.week)]
            ).fetchone()
            if found is None:
                row_id = self._insert(table, row_of(x))
            else:
                row_id = int(found[0])
                self._table(table).update(row_id, row_of(x))
                self._delete_children(ImportedTime, row_id)
            insert_children(self.db, [(row_id, x)])

    def delete_imported(self, week: IsoWeek) -> ImportedTime:
        """Returns the week as it was; ``put_imported`` puts it back."""
        with self.atomic():
            removed = removal.imported_to_remove(self.conn, week)
            self.conn.execute("DELETE FROM imported_time WHERE week = ?", [str(week)])
        return removed
