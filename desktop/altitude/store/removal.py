"""What a delete takes away, read before it happens, and how to put it all back.

The schema decides what a delete cuts: deleting an item sets its delegations' ``item_id``
to NULL and cascades its hours out of the weekly check-ins; deleting a person sets their
delegations' ``owner_id`` to NULL. These readers say exactly that as domain values, so an
undo can restore the rows and the links under their old ids. Callers hold the transaction.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import cast

from altitude.domain.entities import Delegation, InventoryItem, Person, WeeklyCheckIn
from altitude.domain.weeks import IsoWeek
from altitude.store.errors import RecordNotFoundError
from altitude.store.rows import Row, item_from, person_from
from altitude.store.rows_checkins import weekly_from
from altitude.store.rows_delegations import (
    checkins_from,
    delegation_from,
    level_history_from,
    level_plan_from,
)


@dataclass(frozen=True, slots=True)
class LoggedHours:
    """An item's hours in one week's check-in, at its place in that week's list."""

    week: IsoWeek
    position: int
    hours: float


@dataclass(frozen=True, slots=True)
class RemovedItem:
    item: InventoryItem
    delegation_ids: tuple[int, ...]  # delegations whose item_id the delete set to NULL
    logged: tuple[LoggedHours, ...]  # check-in hours the delete cascaded away


@dataclass(frozen=True, slots=True)
class RemovedPerson:
    person: Person
    delegation_ids: tuple[int, ...]  # delegations whose owner_id the delete set to NULL


def _rows(conn: sqlite3.Connection, sql: str, key: object) -> list[Row]:
    cursor = conn.execute(sql, [key])
    cursor.row_factory = sqlite3.Row  # read by column name, as the row readers expect
    return cast(list[Row], list(cursor))


def _one(conn: sqlite3.Connection, sql: str, key: object, missing: str) -> Row:
    found = _rows(conn, sql, key)
    if not found:
        raise RecordNotFoundError(missing)
    return found[0]


def _ids(conn: sqlite3.Connection, sql: str, key: int) -> tuple[int, ...]:
    return tuple(int(row[0]) for row in conn.execute(sql, [key]))


def item_to_remove(conn: sqlite3.Connection, item_id: int) -> RemovedItem:
    row = _one(
        conn, "SELECT * FROM items WHERE id = ?", item_id, f"no inventory item with id {item_id}"
    )
    logged = conn.execute(
        "SELECT c.week, h.position, h.hours FROM checkin_item_hours h"
        " JOIN checkins c ON c.id = h.checkin_id WHERE h.item_id = ? ORDER BY c.week",
        [item_id],
    )
    return RemovedItem(
        item=item_from(row),
        delegation_ids=_ids(
            conn, "SELECT id FROM delegations WHERE item_id = ? ORDER BY id", item_id
        ),
        logged=tuple(LoggedHours(IsoWeek.parse(w), p, h) for w, p, h in logged),
    )


def person_to_remove(conn: sqlite3.Connection, person_id: int) -> RemovedPerson:
    row = _one(
        conn, "SELECT * FROM people WHERE id = ?", person_id, f"no person with id {person_id}"
    )
    owned = _ids(conn, "SELECT id FROM delegations WHERE owner_id = ? ORDER BY id", person_id)
    return RemovedPerson(person=person_from(row), delegation_ids=owned)


def delegation_to_remove(conn: sqlite3.Connection, delegation_id: int) -> Delegation:
    """The delegation with the three lists its delete cascades away."""
    sql = "SELECT * FROM delegations WHERE id = ?"
    row = _one(conn, sql, delegation_id, f"no delegation with id {delegation_id}")

    def children(columns: str, table: str) -> list[tuple[object, ...]]:
        sql = f"SELECT delegation_id, {columns} FROM {table} WHERE delegation_id = ?"  # noqa: S608 - fixed names
        return list(conn.execute(sql + " ORDER BY position", [delegation_id]))

    return delegation_from(
        row,
        checkins_from(children("on_date, note, on_track", "delegation_checkins")),
        level_plan_from(children("week, level", "delegation_level_plan")),
        level_history_from(children("on_date, level", "delegation_level_history")),
    )


def checkin_to_remove(conn: sqlite3.Connection, week: IsoWeek) -> WeeklyCheckIn:
    """The week's check-in with its item hours and answers, which its delete cascades away."""
    row = _one(conn, "SELECT * FROM checkins WHERE week = ?", str(week), f"no check-in for {week}")
    order = "WHERE checkin_id = ? ORDER BY position"
    hours = _rows(conn, f"SELECT * FROM checkin_item_hours {order}", row["id"])  # noqa: S608
    answers = _rows(conn, f"SELECT * FROM checkin_answers {order}", row["id"])  # noqa: S608
    return weekly_from(row, hours, answers)


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
