"""What a delete takes away, read before it happens, and how to put it all back.

The schema decides what a delete cuts: deleting an item sets its delegations' ``item_id``
to NULL and cascades its hours out of the weekly check-ins; deleting a person sets their
delegations' ``owner_id`` to NULL. These readers say exactly that as domain values, so an
undo can restore the rows and the links under their old ids. Callers hold the transaction.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any, TypeVar

from altitude.domain.arcs.stakeholders import Stakeholder
from altitude.domain.entities import Delegation, InventoryItem, Person, WeeklyCheckIn
from altitude.domain.weeks import IsoWeek
from altitude.domain.worktime.stored import ImportedTime, TimeSource
from altitude.store.errors import RecordNotFoundError
from altitude.store.loading import read_record

_E = TypeVar("_E")


@dataclass(frozen=True, slots=True)
class LoggedHours:
    """An item's hours in one week's check-in, at its place in that week's list."""

    week: IsoWeek
    position: int
    hours: float


_Pairs = tuple[tuple[str, Any], ...]  # a row as (column, value) pairs, frozen


@dataclass(frozen=True, slots=True)
class CutLinks:
    """What else a delete takes, read from the schema's foreign keys rather than named:
    rows of other records that point at it and go with it (ON DELETE CASCADE: a journal
    entry's link to a person), and columns it sets to NULL (a decision's maker). Record
    types added later are covered without a change here."""

    rows: tuple[tuple[str, tuple[_Pairs, ...]], ...] = ()  # (table, rows)
    nulled: tuple[tuple[str, str, tuple[int, ...]], ...] = ()  # (table, column, rowids)


@dataclass(frozen=True, slots=True)
class RemovedItem:
    item: InventoryItem
    delegation_ids: tuple[int, ...]  # delegations whose item_id the delete set to NULL
    logged: tuple[LoggedHours, ...]  # check-in hours the delete cascaded away
    links: CutLinks = CutLinks()  # links of other records (the journal's) it cut


@dataclass(frozen=True, slots=True)
class RemovedPerson:
    person: Person
    delegation_ids: tuple[int, ...]  # delegations whose owner_id the delete set to NULL
    links: CutLinks = CutLinks()


@dataclass(frozen=True, slots=True)
class RemovedDelegation:
    delegation: Delegation  # with its own lists
    links: CutLinks = CutLinks()


@dataclass(frozen=True, slots=True)
class RemovedTimeSource:
    source: TimeSource
    links: CutLinks = CutLinks()  # the imported weeks read from it (their source_id)


@dataclass(frozen=True, slots=True)
class RemovedStakeholder:
    stakeholder: Stakeholder  # with their contacts and conversations
    links: CutLinks = CutLinks()  # the functions that learn from them (learn_from_id)


# What the tokens above already hold, so ``links_cut`` leaves it out.
_HELD_ROWS = {
    "items": {"checkin_item_hours"},
    "delegations": {"delegation_checkins", "delegation_level_plan", "delegation_level_history"},
    "stakeholders": {"stakeholder_contacts", "stakeholder_conversations"},
}
_HELD_NULLS = {("delegations", "item_id"), ("delegations", "owner_id")}


def links_cut(conn: sqlite3.Connection, table: str, key: int) -> CutLinks:
    """Everything outside the record's own token that deleting row ``key`` of ``table``
    would cascade away or set to NULL; read before the delete, in its transaction."""
    rows: list[tuple[str, tuple[_Pairs, ...]]] = []
    nulled: list[tuple[str, str, tuple[int, ...]]] = []
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'"
        " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_sqlite%' ESCAPE '\\'"
    )]  # fmt: skip
    for other in names:
        for fk in conn.execute("SELECT * FROM pragma_foreign_key_list(?)", [other]):
            _id, _seq, target, column, _to, _update, on_delete = fk[:7]
            if target != table:
                continue
            if on_delete == "CASCADE" and other not in _HELD_ROWS.get(table, set()):
                cursor = conn.execute(f"SELECT * FROM {other} WHERE {column} = ?", [key])  # noqa: S608 - names from the schema
                columns = [d[0] for d in cursor.description]
                found = tuple(tuple(zip(columns, r, strict=True)) for r in cursor)
                if found:
                    rows.append((other, found))
            elif on_delete == "SET NULL" and (other, column) not in _HELD_NULLS:
                sql = f"SELECT rowid FROM {other} WHERE {column} = ?"  # noqa: S608 - names from the schema
                ids = tuple(int(r[0]) for r in conn.execute(sql, [key]))
                if ids:
                    nulled.append((other, column, ids))
    return CutLinks(tuple(rows), tuple(nulled))


def put_back_links(conn: sqlite3.Connection, cut: CutLinks, key: int) -> None:
    """Restore what ``links_cut`` read: the rows as they were, the columns pointing at
    ``key`` again."""
    for table, found in cut.rows:
        for pairs in found:
            columns = ", ".join(c for c, _ in pairs)
            marks = ", ".join("?" for _ in pairs)
            sql = f"INSERT INTO {table} ({columns}) VALUES ({marks})"  # noqa: S608 - names from the schema
            conn.execute(sql, [v for _, v in pairs])
    for table, column, ids in cut.nulled:
        sql = f"UPDATE {table} SET {column} = ? WHERE rowid = ?"  # noqa: S608 - names from the schema
        conn.executemany(sql, [(key, i) for i in ids])


def _one(conn: sqlite3.Connection, cls: type[_E], where: str, key: object, missing: str) -> _E:
    found = read_record(conn, cls, where, key)
    if found is None:
        raise RecordNotFoundError(missing)
    return found


def _ids(conn: sqlite3.Connection, sql: str, key: int) -> tuple[int, ...]:
    return tuple(int(row[0]) for row in conn.execute(sql, [key]))


def item_to_remove(conn: sqlite3.Connection, item_id: int) -> RemovedItem:
    item = _one(conn, InventoryItem, "id = ?", item_id, f"no inventory item with id {item_id}")
    logged = conn.execute(
        "SELECT c.week, h.position, h.hours FROM checkin_item_hours h"
        " JOIN checkins c ON c.id = h.checkin_id WHERE h.item_id = ? ORDER BY c.week",
        [item_id],
    )
    return RemovedItem(
        links=links_cut(conn, "items", item_id),
        item=item,
        delegation_ids=_ids(
            conn, "SELECT id FROM delegations WHERE item_id = ? ORDER BY id", item_id
        ),
        logged=tuple(LoggedHours(IsoWeek.parse(w), p, h) for w, p, h in logged),
    )


def person_to_remove(conn: sqlite3.Connection, person_id: int) -> RemovedPerson:
    person = _one(conn, Person, "id = ?", person_id, f"no person with id {person_id}")
    owned = _ids(conn, "SELECT id FROM delegations WHERE owner_id = ? ORDER BY id", person_id)
    return RemovedPerson(person, owned, links_cut(conn, "people", person_id))


def delegation_to_remove(conn: sqlite3.Connection, delegation_id: int) -> RemovedDelegation:
    """The delegation with the child lists its delete cascades away, and the links of
    other records to it."""
    missing = f"no delegation with id {delegation_id}"
    delegation = _one(conn, Delegation, "id = ?", delegation_id, missing)
    return RemovedDelegation(delegation, links_cut(conn, "delegations", delegation_id))


def time_source_to_remove(conn: sqlite3.Connection, source_id: int) -> RemovedTimeSource:
    missing = f"no time source with id {source_id}"
    source = _one(conn, TimeSource, "id = ?", source_id, missing)
    return RemovedTimeSource(source, links_cut(conn, "time_sources", source_id))


def stakeholder_to_remove(conn: sqlite3.Connection, stakeholder_id: int) -> RemovedStakeholder:
    missing = f"no stakeholder with id {stakeholder_id}"
    person = _one(conn, Stakeholder, "id = ?", stakeholder_id, missing)
    return RemovedStakeholder(person, links_cut(conn, "stakeholders", stakeholder_id))


def imported_to_remove(conn: sqlite3.Connection, week: IsoWeek) -> ImportedTime:
    return _one(conn, ImportedTime, "week = ?", str(week), f"no imported time for {week}")


def checkin_to_remove(conn: sqlite3.Connection, week: IsoWeek) -> WeeklyCheckIn:
    """The week's check-in with its item hours and answers, which its delete cascades away."""
    return _one(conn, WeeklyCheckIn, "week = ?", str(week), f"no check-in for {week}")


def relink(conn: sqlite3.Connection, column: str, parent_id: int, ids: tuple[int, ...]) -> None:
    """Point the delegations ``ids`` back at ``parent_id`` (``item_id`` or ``owner_id``)."""
    if column not in ("item_id", "owner_id"):
        raise ValueError(f"not a delegation link: {column}")
    sql = f"UPDATE delegations SET {column} = ? WHERE id = ?"  # noqa: S608 - checked above
    conn.executemany(sql, [(parent_id, i) for i in ids])


def put_back_hours(conn: sqlite3.Connection, item_id: int, logged: tuple[LoggedHours, ...]) -> None:
    """Each week's hours at their old place; after the last if that place was taken since."""
    for entry in logged:
        checkin_id = conn.execute(
            "SELECT id FROM checkins WHERE week = ?", [str(entry.week)]
        ).fetchone()[0]
        taken = conn.execute(
            "SELECT 1 FROM checkin_item_hours WHERE checkin_id = ? AND position = ?",
            [checkin_id, entry.position],
        ).fetchone()
        position = entry.position
        if taken:
            position = conn.execute(
                "SELECT MAX(position) + 1 FROM checkin_item_hours WHERE checkin_id = ?",
                [checkin_id],
            ).fetchone()[0]
        conn.execute(
            "INSERT INTO checkin_item_hours (checkin_id, position, item_id, hours)"
            " VALUES (?, ?, ?, ?)",
            [checkin_id, position, item_id, entry.hours],
        )
