"""Read the whole state in a fixed number of queries: one per table, children grouped here.

Never a query per parent row (N+1): ten years of weekly check-ins load in 3 queries.
"""

from __future__ import annotations

import gc
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, cast

from altitude.domain.entities import Delegation, Plan, PlanState, Settings, WeeklyCheckIn
from altitude.domain.overview import Overview
from altitude.store.rows import Row, item_from, person_from, plan_from, settings_from
from altitude.store.rows_checkins import weekly_from
from altitude.store.rows_delegations import (
    checkins_from,
    delegation_from,
    level_history_from,
    level_plan_from,
)
from altitude.store.transactions import read_snapshot


def _query(conn: sqlite3.Connection, sql: str) -> Iterator[Row]:
    """Rows read by name, like sqlite-utils' ``db.query`` but without building a dict per
    row (sqlite3.Row indexes in C): ten years of delegation notes load twice as fast."""
    cursor = conn.execute(sql)
    cursor.row_factory = sqlite3.Row
    return cast(Iterator[Row], cursor)


def _grouped(conn: sqlite3.Connection, sql: str, parent: str) -> dict[int, list[Row]]:
    groups: dict[int, list[Row]] = defaultdict(list)
    for row in _query(conn, sql):
        groups[row[parent]].append(row)
    return groups


def read_plan(conn: sqlite3.Connection) -> Plan | None:
    row = next(_query(conn, "SELECT * FROM plan WHERE id = 1"), None)
    if row is None:
        return None
    milestones = _query(conn, "SELECT * FROM plan_milestones WHERE plan_id = 1 ORDER BY position")
    identity = _query(conn, "SELECT * FROM plan_identity WHERE plan_id = 1 ORDER BY position")
    return plan_from(row, list(milestones), list(identity))


def read_settings(conn: sqlite3.Connection) -> Settings:
    return settings_from(
        {row["key"]: row["value"] for row in _query(conn, "SELECT * FROM settings")}
    )


def _children(conn: sqlite3.Connection, sql: str) -> dict[int, list[tuple[Any, ...]]]:
    """Child rows as plain tuples grouped by their parent id (their first column); the
    biggest tables (20,000 delegation notes in ten years) are read this way."""
    groups: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for row in conn.execute(sql):
        groups[row[0]].append(row)  # the *_from readers skip the parent id
    return groups


def read_delegations(conn: sqlite3.Connection) -> tuple[Delegation, ...]:
    checkins = _children(
        conn,
        "SELECT delegation_id, on_date, note, on_track FROM delegation_checkins"
        " ORDER BY delegation_id, position",
    )
    plans = _children(
        conn,
        "SELECT delegation_id, week, level FROM delegation_level_plan"
        " ORDER BY delegation_id, position",
    )
    history = _children(
        conn,
        "SELECT delegation_id, on_date, level FROM delegation_level_history"
        " ORDER BY delegation_id, position",
    )
    return tuple(
        delegation_from(
            row,
            checkins_from(checkins.get(row["id"], ())),
            level_plan_from(plans.get(row["id"], ())),
            level_history_from(history.get(row["id"], ())),
        )
        for row in _query(conn, "SELECT * FROM delegations ORDER BY id")
    )


def read_checkins(conn: sqlite3.Connection) -> tuple[WeeklyCheckIn, ...]:
    hours = _grouped(
        conn, "SELECT * FROM checkin_item_hours ORDER BY checkin_id, position", "checkin_id"
    )
    answers = _grouped(
        conn, "SELECT * FROM checkin_answers ORDER BY checkin_id, position", "checkin_id"
    )
    # 'YYYY-Www' sorts as text in calendar order.
    return tuple(
        weekly_from(row, hours[row["id"]], answers[row["id"]])
        for row in _query(conn, "SELECT * FROM checkins ORDER BY week")
    )


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
            items=tuple(item_from(r) for r in _query(conn, "SELECT * FROM items ORDER BY id")),
            people=tuple(person_from(r) for r in _query(conn, "SELECT * FROM people ORDER BY id")),
            delegations=read_delegations(conn),
            checkins=read_checkins(conn),
            settings=read_settings(conn),
        )


def load_overview(conn: sqlite3.Connection) -> Overview:
    """The headlines only (see ``domain.overview``): five small queries, no child tables."""
    with read_snapshot(conn):
        return Overview(
            plan=read_plan(conn),
            people=tuple(person_from(r) for r in _query(conn, "SELECT * FROM people ORDER BY id")),
            delegations=tuple(
                delegation_from(r) for r in _query(conn, "SELECT * FROM delegations ORDER BY id")
            ),
            checkins=tuple(
                weekly_from(r) for r in _query(conn, "SELECT * FROM checkins ORDER BY week")
            ),
            settings=read_settings(conn),
        )
