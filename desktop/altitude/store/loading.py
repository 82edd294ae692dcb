"""Read the whole state in a fixed number of queries: one per table, children grouped here.

Never a query per parent row (N+1): ten years of weekly check-ins load in 3 queries.
"""

from __future__ import annotations

import gc
import sqlite3
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from typing import Any, TypeVar, cast

from altitude.domain.arcs.functions import BusinessFunction
from altitude.domain.arcs.narrative import NarrativeVersion
from altitude.domain.arcs.reviews import MilestoneReview
from altitude.domain.arcs.stakeholders import Stakeholder
from altitude.domain.entities import (
    Decision,
    Delegation,
    InventoryItem,
    Person,
    Plan,
    PlanState,
    Settings,
    WeeklyCheckIn,
)
from altitude.domain.growth.decisions import JournalEntry
from altitude.domain.growth.feedback import FeedbackEntry, FeedbackTheme
from altitude.domain.overview import LoopCounts, Overview
from altitude.domain.worktime.stored import ImportedTime, TimeRule, TimeSource
from altitude.store.rows import (
    CHILD_TABLES,
    PLAN_ID,
    TABLES,
    Row,
    child_columns,
    child_fields,
    child_reader,
    entity_from,
    nested_fields,
    settings_from,
)
from altitude.store.transactions import read_snapshot

_E = TypeVar("_E")
_NONE: dict[str, Any] = {}  # an element without tuples of its own (never written to)


def _query(conn: sqlite3.Connection, sql: str, args: Sequence[Any] = ()) -> Iterator[Row]:
    """Rows read by name, like sqlite-utils' ``db.query`` but without building a dict per
    row (sqlite3.Row indexes in C): ten years of delegation notes load twice as fast."""
    cursor = conn.execute(sql, args)
    cursor.row_factory = sqlite3.Row
    return cast(Iterator[Row], cursor)


def _children(conn: sqlite3.Connection, cls: type, name: str) -> dict[int, tuple[Any, ...]]:
    """One tuple field of every record of ``cls``, grouped by parent id: one query, the
    rows as plain tuples (20,000 delegation notes in ten years are read this way)."""
    where = CHILD_TABLES[(cls, name)]
    columns = ", ".join((where.parent, "position", *child_columns(cls, name)))
    read = child_reader(cls, name)
    nested = _grandchildren(conn, cls, name)
    groups: dict[int, list[Any]] = defaultdict(list)
    sql = f"SELECT {columns} FROM {where.table} ORDER BY {where.parent}, position"  # noqa: S608 - names from the description
    for row in conn.execute(sql):
        own = (
            {inner: found.get((row[0], row[1]), ()) for inner, found in nested.items()}
            if nested
            else _NONE
        )
        groups[row[0]].append(read(row[2:], own))
    return {parent: tuple(values) for parent, values in groups.items()}


_Nested = dict[str, dict[tuple[int, int], tuple[Any, ...]]]


def _grandchildren(
    conn: sqlite3.Connection, cls: type, name: str, parent_id: int | None = None
) -> _Nested:
    """The elements' own tuples of ``cls.name`` (a narrative action's links), grouped by
    (record id, element position): one query per grandchild table; one record's when
    ``parent_id`` is given."""
    outer = CHILD_TABLES[(cls, name)].parent
    found: _Nested = {}
    for g in nested_fields(cls, name):
        child = next(f.spec.child for f in child_fields(cls) if f.name == name)
        where = CHILD_TABLES[(child, g.name)]  # type: ignore[index]
        columns = ", ".join((outer, where.parent, *child_columns(child, g.name)))  # type: ignore[arg-type]
        read = child_reader(child, g.name)  # type: ignore[arg-type]
        only = "" if parent_id is None else f" WHERE {outer} = ?"
        sql = (
            f"SELECT {columns} FROM {where.table}{only} ORDER BY {outer}, {where.parent}, position"  # noqa: S608 - names from the description
        )
        groups: dict[tuple[int, int], list[Any]] = defaultdict(list)
        for row in conn.execute(sql, [] if parent_id is None else [parent_id]):
            groups[(row[0], row[1])].append(read(row[2:], {}))
        found[g.name] = {key: tuple(values) for key, values in groups.items()}
    return found


def _records(
    conn: sqlite3.Connection, cls: type[_E], order: str, with_children: bool = True
) -> tuple[_E, ...]:
    names = [f.name for f in child_fields(cls)] if with_children else []
    children = {name: _children(conn, cls, name) for name in names}
    sql = f"SELECT * FROM {TABLES[cls]} ORDER BY {order}"  # noqa: S608 - fixed names
    return tuple(
        entity_from(cls, row, {name: children[name].get(row["id"], ()) for name in names})
        for row in _query(conn, sql)
    )


def read_record(conn: sqlite3.Connection, cls: type[_E], where: str, key: object) -> _E | None:
    """One record of ``cls`` (``where`` picks its row) with its child tuples; None if absent."""
    sql = f"SELECT * FROM {TABLES[cls]} WHERE {where}"  # noqa: S608 - fixed names, a bound key
    row = next(_query(conn, sql, [key]), None)
    if row is None:
        return None
    children: dict[str, tuple[Any, ...]] = {}
    for f in child_fields(cls):
        place = CHILD_TABLES[(cls, f.name)]
        columns = ", ".join(("position", *child_columns(cls, f.name)))
        read = child_reader(cls, f.name)
        nested = _grandchildren(conn, cls, f.name, row["id"])
        rows = conn.execute(
            f"SELECT {columns} FROM {place.table} WHERE {place.parent} = ? ORDER BY position",  # noqa: S608
            [row["id"]],
        )
        children[f.name] = tuple(
            read(r[1:], {inner: got.get((row["id"], r[0]), ()) for inner, got in nested.items()})
            for r in rows
        )
    record: _E = entity_from(cls, row, children)
    return record


def read_plan(conn: sqlite3.Connection) -> Plan | None:
    row = next(_query(conn, "SELECT * FROM plan WHERE id = ?", [PLAN_ID]), None)
    if row is None:
        return None
    children = {f.name: _children(conn, Plan, f.name).get(PLAN_ID, ()) for f in child_fields(Plan)}
    plan: Plan = entity_from(Plan, row, children)
    return plan


def read_settings(conn: sqlite3.Connection) -> Settings:
    return settings_from(
        {row["key"]: row["value"] for row in _query(conn, "SELECT * FROM settings")}
    )


def read_delegations(conn: sqlite3.Connection) -> tuple[Delegation, ...]:
    return _records(conn, Delegation, "id")


def read_checkins(conn: sqlite3.Connection) -> tuple[WeeklyCheckIn, ...]:
    return _records(conn, WeeklyCheckIn, "week")  # 'YYYY-Www' sorts in calendar order


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Reading ten years makes ~100,000 objects, none of them garbage; each time the cyclic
    collector runs it walks every object of the process (Qt, matplotlib, the last state),
    and it ran often enough to add a third to the load in the app. Reference counting
    still frees what it must while it is paused."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def load_state(conn: sqlite3.Connection) -> PlanState:
    with _collector_paused(), read_snapshot(conn):
        return PlanState(
            plan=read_plan(conn),
            items=_records(conn, InventoryItem, "id"),
            people=_records(conn, Person, "id"),
            delegations=read_delegations(conn),
            checkins=read_checkins(conn),
            settings=read_settings(conn),
            journal=_records(conn, JournalEntry, "id"),
            themes=_records(conn, FeedbackTheme, "id"),
            feedback=_records(conn, FeedbackEntry, "id"),
            time_sources=_records(conn, TimeSource, "id"),
            time_rules=_records(conn, TimeRule, "position"),
            imported=_records(conn, ImportedTime, "week"),
            narratives=_records(conn, NarrativeVersion, "written_on, id"),
            stakeholders=_records(conn, Stakeholder, "id"),
            functions=_records(conn, BusinessFunction, "id"),
            reviews=_records(conn, MilestoneReview, "milestone_day"),
        )


def load_overview(conn: sqlite3.Connection) -> Overview:
    """The headlines only (see ``domain.overview``): a few small queries; of the child
    tables only the journal's, the feedback log's and imported time's (small, and what
    is due needs them)."""
    with read_snapshot(conn):
        return Overview(
            plan=read_plan(conn),
            people=_records(conn, Person, "id"),
            delegations=_records(conn, Delegation, "id", with_children=False),
            checkins=_records(conn, WeeklyCheckIn, "week", with_children=False),
            settings=read_settings(conn),
            journal=_records(conn, JournalEntry, "id"),
            feedback=_records(conn, FeedbackEntry, "id"),
            imported=_records(conn, ImportedTime, "week"),
            narratives=_records(conn, NarrativeVersion, "written_on, id", with_children=False),
            stakeholders=_with_last(conn, Stakeholder, "contacts"),
            functions=_with_last(conn, BusinessFunction, "touches"),
            reviews=_records(conn, MilestoneReview, "milestone_day"),
            loop=_loop_counts(conn),
        )


def _loop_counts(conn: sqlite3.Connection) -> LoopCounts:
    """``overview.loop_counts`` in one query, without reading the items or the people."""
    row = conn.execute(
        "SELECT (SELECT count(*) FROM items),"
        " (SELECT count(*) FROM items WHERE decision = ?),"
        " EXISTS (SELECT 1 FROM feedback_self_ratings),"
        " EXISTS (SELECT 1 FROM stakeholder_conversations JOIN stakeholders"
        "  ON stakeholders.id = stakeholder_conversations.stakeholder_id"
        "  WHERE stakeholders.is_boss = 1)",
        (Decision.UNDECIDED.value,),
    ).fetchone()
    return LoopCounts(int(row[0]), int(row[1]), bool(row[2]), bool(row[3]))


def _with_last(conn: sqlite3.Connection, cls: type, field: str) -> tuple[Any, ...]:
    """Records of ``cls`` with only the latest of their dated ``field`` (its date, no note),
    as the Overview holds them (``overview.headline_person``): one grouped query."""
    where = CHILD_TABLES[(cls, field)]
    child = next(f.spec.child for f in child_fields(cls) if f.name == field)
    sql = f"SELECT {where.parent}, max(on_date) FROM {where.table} GROUP BY 1"  # noqa: S608 - names from the description
    last = {row[0]: date.fromisoformat(row[1]) for row in conn.execute(sql)}
    found: tuple[Any, ...] = _records(conn, cls, "id", with_children=False)
    return tuple(
        replace(r, **{field: (child(last[r.id], ""),) if r.id in last else ()})  # type: ignore[misc]
        for r in found
    )
