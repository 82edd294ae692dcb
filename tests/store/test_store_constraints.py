"""Every CHECK and foreign key refuses a bad row written with plain SQL.

Each case starts from a row that is accepted (asserted below), changes one column, and
expects sqlite3.IntegrityError: the schema itself guards the data, whatever code writes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

import pytest

from altitude.domain.entities import Decision, Mode, Status, Theme
from altitude.store import Store

Row = dict[str, Any]

VALID: dict[str, Row] = {
    "plan": {
        "id": 1, "current_role": "Dev", "new_role": "Lead", "start_date": "2026-01-05",
        "horizon_end": "2026-04-05", "baseline_share": 20.0, "target_share": 50.0,
        "tolerance": 5.0, "motive": "",
    },
    "plan_milestones": {
        "plan_id": 1, "position": 0, "day": 30, "target_share": 30.0, "label": "30 days",
    },
    "plan_identity": {"plan_id": 1, "position": 0, "phrase": "Operate at altitude"},
    "items": {
        "id": 1, "title": "Review", "notes": "", "hours": 5.0, "mode": "execution",
        "leverage": 3, "only_you": 3, "risk": 3, "growth": 3, "attachment": 3,
        "decision": "undecided",
    },
    "people": {"id": 1, "name": "Ana", "role": "", "growth_goal": "", "notes": ""},
    "delegations": {
        "id": 1, "outcome": "Reviews", "item_id": 1, "owner_id": 1, "success_measure": "",
        "level": 3, "cadence_days": 7, "next_checkin": None, "status": "planned",
        "taken_back_reason": "", "hours_freed": 0.0, "started_on": "2026-01-06",
    },
    "delegation_checkins": {
        "delegation_id": 1, "position": 0, "on_date": "2026-01-13", "note": "", "on_track": 1,
    },
    "delegation_level_plan": {"delegation_id": 1, "position": 0, "week": 0, "level": 3},
    "delegation_level_history": {
        "delegation_id": 1, "position": 0, "on_date": "2026-01-06", "level": 3,
    },
    "checkins": {
        "id": 1, "week": "2026-W02", "execution_hours": 30.0, "strategy_hours": 10.0, "note": "",
    },
    "checkin_item_hours": {"checkin_id": 1, "position": 0, "item_id": 1, "hours": 5.0},
    "checkin_answers": {"checkin_id": 1, "position": 0, "prompt": "Why?", "answer": ""},
}  # fmt: skip

# The rows every child needs to exist first.
PARENTS = {
    "plan_milestones": ["plan"],
    "plan_identity": ["plan"],
    "delegations": ["items", "people"],
    "delegation_checkins": ["items", "people", "delegations"],
    "delegation_level_plan": ["items", "people", "delegations"],
    "delegation_level_history": ["items", "people", "delegations"],
    "checkin_item_hours": ["items", "checkins"],
    "checkin_answers": ["checkins"],
}

BAD: list[tuple[str, Row]] = [
    # plan
    ("plan", {"id": 2}),
    ("plan", {"current_role": ""}),
    ("plan", {"new_role": " \t"}),
    ("plan", {"current_role": None}),
    ("plan", {"start_date": "2026-1-5"}),
    ("plan", {"start_date": "2026-02-30"}),
    ("plan", {"horizon_end": "2026-04-31"}),
    ("plan", {"start_date": "05/01/2026"}),
    ("plan", {"horizon_end": "2026-01-05"}),
    ("plan", {"horizon_end": "2025-12-31"}),
    ("plan", {"baseline_share": -0.1}),
    ("plan", {"baseline_share": 100.01}),
    ("plan", {"target_share": 101.0}),
    ("plan", {"target_share": "half"}),
    ("plan", {"tolerance": 50.5}),
    ("plan", {"tolerance": -1.0}),
    ("plan_milestones", {"plan_id": 2}),
    ("plan_milestones", {"day": 0}),
    ("plan_milestones", {"target_share": 100.5}),
    ("plan_milestones", {"position": -1}),
    ("plan_identity", {"phrase": ""}),
    ("plan_identity", {"phrase": "  "}),
    ("plan_identity", {"plan_id": 2}),
    # inventory
    ("items", {"title": ""}),
    ("items", {"title": "\n"}),
    ("items", {"hours": 0.0}),
    ("items", {"hours": -1.0}),
    ("items", {"hours": 100.5}),
    ("items", {"hours": None}),
    ("items", {"hours": "many"}),
    ("items", {"mode": "meetings"}),
    ("items", {"mode": "Execution"}),
    ("items", {"decision": "maybe"}),
    *[("items", {factor: value}) for factor in ("leverage", "only_you", "risk", "growth",
                                                "attachment") for value in (0, 6)],
    ("items", {"leverage": 2.5}),
    ("people", {"name": ""}),
    ("people", {"name": "   "}),
    # delegations
    ("delegations", {"outcome": ""}),
    ("delegations", {"item_id": 99}),
    ("delegations", {"owner_id": 99}),
    ("delegations", {"level": 0}),
    ("delegations", {"level": 8}),
    ("delegations", {"cadence_days": 0}),
    ("delegations", {"next_checkin": "2026-13-01"}),
    ("delegations", {"status": "done"}),
    ("delegations", {"status": "taken-back"}),
    ("delegations", {"status": "taken-back", "taken_back_reason": " \n"}),
    ("delegations", {"hours_freed": -0.5}),
    ("delegations", {"hours_freed": 100.5}),
    ("delegations", {"started_on": "yesterday"}),
    ("delegation_checkins", {"delegation_id": 99}),
    ("delegation_checkins", {"on_date": "2026-01-32"}),
    ("delegation_checkins", {"on_track": 2}),
    ("delegation_level_plan", {"week": -1}),
    ("delegation_level_plan", {"level": 8}),
    ("delegation_level_plan", {"delegation_id": 99}),
    ("delegation_level_history", {"level": 0}),
    ("delegation_level_history", {"on_date": "20260106"}),
    # weekly check-ins
    ("checkins", {"week": "2026-W2"}),
    ("checkins", {"week": "2026W02"}),
    ("checkins", {"week": "2026-w02"}),
    ("checkins", {"week": "2026-W00"}),
    ("checkins", {"week": "2026-W54"}),
    ("checkins", {"week": "0000-W01"}),
    ("checkins", {"week": "2026-W02 "}),
    ("checkins", {"execution_hours": -1.0}),
    ("checkins", {"execution_hours": 100.5}),
    ("checkins", {"strategy_hours": 101.0}),
    ("checkins", {"execution_hours": 60.0, "strategy_hours": 52.5}),
    ("checkin_item_hours", {"item_id": 99}),
    ("checkin_item_hours", {"checkin_id": 99}),
    ("checkin_item_hours", {"hours": 100.5}),
    ("checkin_item_hours", {"hours": -0.1}),
    ("checkin_answers", {"checkin_id": 99}),
    ("checkin_answers", {"prompt": None}),
    # settings
    ("settings", {"key": "checkin_weekday", "value": 7}),
    ("settings", {"key": "checkin_weekday", "value": -1}),
    ("settings", {"key": "checkin_weekday", "value": "4"}),
    ("settings", {"key": "first_day_of_week", "value": 4.0}),
    ("settings", {"key": "theme", "value": "blue"}),
    ("settings", {"key": "backups_kept", "value": 0}),
    ("settings", {"key": "backups_kept", "value": 101}),
]  # fmt: skip


def _insert(conn: sqlite3.Connection, table: str, row: Row) -> None:
    columns = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values()))  # noqa: S608


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    opened = Store.open(tmp_path_factory.mktemp("constraints") / "altitude.db")
    yield opened
    opened.close()


@pytest.fixture
def conn(shared_store: Store) -> Iterator[sqlite3.Connection]:
    """The store's own connection (foreign keys on), in a transaction undone after the test.

    A refused statement does not end the transaction, so each test sees only its own rows.
    """
    connection = shared_store.db.conn
    connection.execute("BEGIN")
    try:
        yield connection
    finally:
        connection.execute("ROLLBACK")


def _with_parents(conn: sqlite3.Connection, table: str) -> sqlite3.Connection:
    for parent in PARENTS.get(table, []):
        _insert(conn, parent, VALID[parent])
    return conn


@pytest.mark.parametrize("table", sorted(VALID))
def test_the_valid_row_of_each_table_is_accepted(conn: sqlite3.Connection, table: str) -> None:
    _with_parents(conn, table)
    _insert(conn, table, VALID[table])
    assert conn.execute(f"SELECT count(*) FROM {table}").fetchone() == (1,)  # noqa: S608


@pytest.mark.parametrize(("table", "change"), BAD, ids=[f"{t}-{c}" for t, c in BAD])
def test_a_bad_row_is_refused(conn: sqlite3.Connection, table: str, change: Row) -> None:
    _with_parents(conn, table)
    base = VALID.get(table, {"key": "theme", "value": "dark"})
    with pytest.raises(sqlite3.IntegrityError):
        _insert(conn, table, {**base, **change})
    assert conn.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,)  # noqa: S608


@pytest.mark.parametrize(
    ("table", "change"),
    [
        ("delegations", {"status": "taken-back", "taken_back_reason": "Escalation"}),
        ("delegations", {"item_id": None, "owner_id": None, "next_checkin": "2028-02-29"}),
        ("checkins", {"week": "2020-W53", "execution_hours": 100.0, "strategy_hours": 12.0}),
        ("items", {"hours": 100.0, "mode": "strategy", "decision": "coach-then-delegate"}),
        ("plan", {"baseline_share": 0.0, "target_share": 100.0, "tolerance": 50.0}),
        ("settings", {"key": "some_future_setting", "value": "anything"}),
    ],
)
def test_edge_values_inside_the_rules_are_accepted(
    conn: sqlite3.Connection, table: str, change: Row
) -> None:
    _with_parents(conn, table)
    base = VALID.get(table, {})
    _insert(conn, table, {**base, **change})


def test_the_same_item_twice_in_one_week_is_refused(conn: sqlite3.Connection) -> None:
    _with_parents(conn, "checkin_item_hours")
    _insert(conn, "checkin_item_hours", VALID["checkin_item_hours"])
    with pytest.raises(sqlite3.IntegrityError):
        _insert(conn, "checkin_item_hours", {**VALID["checkin_item_hours"], "position": 1})


def test_a_week_has_one_check_in(conn: sqlite3.Connection) -> None:
    _insert(conn, "checkins", VALID["checkins"])
    with pytest.raises(sqlite3.IntegrityError):
        _insert(conn, "checkins", {**VALID["checkins"], "id": 2})


@pytest.mark.parametrize(
    ("table", "column", "values"),
    [
        ("items", "mode", [m.value for m in Mode]),
        ("items", "decision", [d.value for d in Decision]),
        ("delegations", "status", [s.value for s in Status]),
    ],
)
def test_every_enum_value_of_the_domain_is_allowed(
    conn: sqlite3.Connection, table: str, column: str, values: list[str]
) -> None:
    _with_parents(conn, table)
    for n, value in enumerate(values, start=1):
        row = {**VALID[table], "id": n, column: value}
        if value == Status.TAKEN_BACK:
            row["taken_back_reason"] = "why"
        _insert(conn, table, row)


def test_every_theme_is_allowed(conn: sqlite3.Connection) -> None:
    for theme in Theme:
        conn.execute(
            "INSERT OR REPLACE INTO settings (key, value) VALUES ('theme', ?)", [theme.value]
        )
