"""What a delete takes away, read before it happens, and how to put it all back.

The schema decides what a delete cuts: deleting an item sets its delegations' ``item_id``
to NULL and cascades its hours out of the weekly check-ins; deleting a person sets their
delegations' ``owner_id`` to NULL. These readers say exactly that as domain values, so an
undo can restore the rows and the links under their old ids. Callers hold the transaction.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import TypeVar

from altitude.domain.entities import Delegation, InventoryItem, Person, WeeklyCheckIn
from altitude.domain.weeks import IsoWeek
from altitude.store.errors import RecordNotFoundError
from altitude.store.loading import read_record

_E = TypeVar("_E")


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
        item=item,
        delegation_ids=_ids(
            conn, "SELECT id FROM delegations WHERE item_id = ? ORDER BY id", item_id
        ),
        logged=tuple(LoggedHours(IsoWeek.parse(w), p, h) for w, p, h in logged),
    )


def person_to_remove(conn: sqlite3.Connection, person_id: int) -> RemovedPerson:
    person = _one(conn, Person, "id = ?", person_id, f"no person with id {person_id}")
    owned = _ids(conn, "SELECT id FROM delegations WHERE owner_id = ? ORDER BY id", person_id)
    return RemovedPerson(person=person, delegation_ids=owned)


def delegation_to_remove(conn: sqlite3.Connection, delegation_id: int) -> Delegation:
    """The delegation with the child lists its delete cascades away."""
    missing = f"no delegation with id {delegation_id}"
    return _one(conn, Delegation, "id = ?", delegation_id, missing)


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
