"""The record descriptions and the database agree, and the committed JSON Schema is theirs.

Every limit a description states — a range, a choice, a required line, a date or week, a
text length, a count — is refused by SQLite itself (a CHECK, a STRICT column type or a
trigger of the migrations), so a bug above the store cannot save what the app would refuse.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import altitude.store
from altitude.domain.entities import PlanState, Settings
from altitude.domain.records import Described, Kind, fields_of
from altitude.paths import resource
from altitude.store import Store
from altitude.store.interchange.json_schema import schema_text
from altitude.store.rows import CHILD_TABLES, TABLES

from .conftest import make_full_state


def _json_bad_values(f: Described) -> list[Any]:
    """A list kept as one JSON array: each limit broken inside well-formed JSON too."""
    spec = f.spec
    good = next(iter(spec.choices)).value if spec.choices else "word"
    bad: list[Any] = ["[", '{"a": 1}', 7, "[1]", '["' + "x" * ((spec.max_length or 0) + 1) + '"]']
    bad += ['[""]', '[" \\t"]', '[" word"]', '["word "]']
    if spec.max_count is not None:
        bad.append(json.dumps([good] * (spec.max_count + 1)))
    if spec.min_count:
        bad.append("[]")
    if spec.choices is not None:
        bad += ['["nope"]', json.dumps([good, good])]
    return bad


def _bad_values(f: Described) -> list[Any]:
    spec, kind = f.spec, f.spec.kind
    if kind == Kind.LINES and spec.as_json:
        return _json_bad_values(f)
    bad: list[Any] = []
    if kind in (Kind.LINE, Kind.TEXT, Kind.LINES) and spec.max_length:
        bad.append("x" * (spec.max_length + 1))
    if spec.required:
        bad += ["", " \t"]
    if kind in (Kind.NUMBER, Kind.WHOLE):
        if spec.low is not None:
            bad.append(spec.low if spec.above else spec.low - 1)
        if spec.high is not None:
            bad.append(spec.high + (1 if kind == Kind.WHOLE else 0.5))
        if kind == Kind.WHOLE:
            bad.append(2.5)
    if kind == Kind.CHOICE:
        bad.append("nope")
    if kind == Kind.DAY:
        bad += ["2026-02-30", "31/08/2026"]
    if kind == Kind.WEEK:
        bad += ["2026-47", "2026-W54"]
    if kind == Kind.FLAG:
        bad.append(2)
    if not spec.optional and kind not in (Kind.ID, Kind.LINES, Kind.RECORDS, Kind.RECORD):
        bad.append(None)
    return bad


def _columns(cls: type) -> Iterator[tuple[str, Described]]:
    """(table, field) for every stored field of ``cls`` and of its nested and child records."""
    for f in fields_of(cls):
        if f.spec.kind == Kind.RECORD and f.spec.child is not None:
            yield from ((TABLES[cls], c) for c in fields_of(f.spec.child))
        elif f.spec.kind == Kind.RECORDS and f.spec.child is not None:
            table = CHILD_TABLES[(cls, f.name)].table
            for c in fields_of(f.spec.child):
                if c.spec.kind == Kind.RECORDS and c.spec.child is not None:  # a grandchild
                    inner = CHILD_TABLES[(f.spec.child, c.name)].table
                    yield from ((inner, g) for g in fields_of(c.spec.child))
                else:
                    yield table, c
        elif f.spec.kind == Kind.LINES and not f.spec.as_json:
            yield CHILD_TABLES[(cls, f.name)].table, f
        elif f.spec.kind != Kind.ID:
            yield TABLES[cls], f


CASES = [
    pytest.param(table, f.column, value, id=f"{table}.{f.column}={value!r:.12}")
    for cls in TABLES
    for table, f in _columns(cls)
    for value in _bad_values(f)
]


@pytest.fixture(scope="module")
def full_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sqlite3.Connection]:
    path = tmp_path_factory.mktemp("limits") / "altitude.db"
    store = Store.open(path)
    store.replace_all(make_full_state())
    store.close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    yield conn
    conn.close()


def _refused(conn: sqlite3.Connection, sql: str, args: list[Any]) -> bool:
    conn.execute("SAVEPOINT probe")
    try:
        conn.execute(sql, args)
    except sqlite3.IntegrityError:
        return True
    finally:
        conn.execute("ROLLBACK TO probe")
        conn.execute("RELEASE probe")
    return False


def test_every_table_has_a_row_to_probe(full_db: sqlite3.Connection) -> None:
    tables = {table for table, *_ in (c.values for c in CASES)}
    for table in tables:
        assert full_db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] > 0, table  # noqa: S608


@pytest.mark.parametrize(("table", "column", "value"), CASES)
def test_sqlite_refuses_every_limit_the_description_states(
    full_db: sqlite3.Connection, table: str, column: str, value: Any
) -> None:
    sql = f"UPDATE {table} SET {column} = ? WHERE rowid = (SELECT min(rowid) FROM {table})"  # noqa: S608
    assert _refused(full_db, sql, [value])


def test_sqlite_refuses_a_thirteenth_identity_statement(full_db: sqlite3.Connection) -> None:
    sql = "INSERT INTO plan_identity (plan_id, position, phrase) VALUES (1, 12, 'one more')"
    assert _refused(full_db, sql, [])


@pytest.mark.parametrize("f", fields_of(Settings), ids=lambda f: f.name)
def test_sqlite_refuses_every_settings_limit(full_db: sqlite3.Connection, f: Described) -> None:
    for value in _bad_values(f):
        assert _refused(full_db, "UPDATE settings SET value = ? WHERE key = ?", [value, f.name])


def test_a_value_inside_the_limits_is_accepted(full_db: sqlite3.Connection) -> None:
    """The probe itself can fail: a good value goes through."""
    sql = "UPDATE delegations SET cadence_days = 365 WHERE rowid = (SELECT min(rowid) FROM delegations)"  # noqa: E501
    assert not _refused(full_db, sql, [])


@pytest.mark.parametrize(
    ("table", "column", "value"),
    [
        ("time_rules", "words", '["review", "1:1 ✓"]'),
        ("time_sources", "me", "[]"),
        ("settings", "report_sections", '["feedback", "plan"]'),
        ("settings", "time_zone", ""),
    ],
)
def test_a_json_list_inside_the_limits_is_accepted(
    full_db: sqlite3.Connection, table: str, column: str, value: str
) -> None:
    if table == "settings":
        assert not _refused(full_db, "UPDATE settings SET value = ? WHERE key = ?", [value, column])
    else:
        sql = f"UPDATE {table} SET {column} = ? WHERE rowid = (SELECT min(rowid) FROM {table})"  # noqa: S608
        assert not _refused(full_db, sql, [value])


@pytest.mark.parametrize(
    ("sql", "what"),
    [
        ("UPDATE time_rules SET position = -1", "a negative position"),
        ("UPDATE time_rules SET position = 500", "a 501st rule"),
        ("UPDATE time_rules SET position = (SELECT max(position) FROM time_rules)"
         " WHERE position = 0", "two rules at one place"),
        ("UPDATE time_sources SET path = (SELECT max(path) FROM time_sources)", "a file twice"),
        ("UPDATE imported_time SET week = (SELECT max(week) FROM imported_time)", "a week twice"),
        ("UPDATE imported_time SET meeting_hours = counted_hours + 1", "more meetings than time"),
        ("UPDATE imported_time SET short_block_hours = counted_hours + 1", "short blocks too"),
    ],
)  # fmt: skip
def test_sqlite_refuses_what_the_time_tables_hold_across_rows(
    full_db: sqlite3.Connection, sql: str, what: str
) -> None:
    assert _refused(full_db, sql, []), what


def test_the_committed_json_schema_is_the_generated_one() -> None:
    committed = resource("altitude-plan.schema.json").read_text(encoding="utf-8")
    assert committed == schema_text(), (
        "regenerate it: python -m altitude.store.interchange.json_schema"
        " > resources/altitude-plan.schema.json"
    )


def test_the_full_state_fixture_sets_every_described_field() -> None:
    """So the probes above and the round trips elsewhere touch every column."""
    state: PlanState = make_full_state()
    person = state.people[0]
    assert person.one_to_one_days is not None and person.last_one_to_one is not None


@pytest.mark.parametrize(
    "name", ["growth_goal", "success_measure", "cadence_days", "hours_freed", "one_to_one_days"]
)
def test_a_field_is_spelled_in_the_store_only_by_the_migration_that_makes_its_column(
    name: str,
) -> None:
    store_dir = Path(altitude.store.__file__).parent
    spelled = sorted(
        str(p.relative_to(store_dir)) for p in store_dir.rglob("*.py") if name in p.read_text()
    )
    assert spelled == ["schema/ddl.py"]


@pytest.mark.parametrize(
    ("sql", "what"),
    [
        ("UPDATE stakeholders SET is_boss = 1", "a second boss"),
        ("UPDATE milestone_reviews SET milestone_day = 30", "a milestone day reviewed twice"),
        ("INSERT INTO narrative_action_items (version_id, action_position, position, item_id)"
         " VALUES (4, 9, 0, 3)", "a link of an action that is not there"),
        ("INSERT INTO narrative_action_items (version_id, action_position, position, item_id)"
         " VALUES (4, 0, 5, 99)", "a link to an item that is not there"),
        ("INSERT INTO narrative_action_delegations"
         " (version_id, action_position, position, delegation_id) VALUES (4, 0, 0, 9)",
         "two links at one place"),
        ("UPDATE business_functions SET learn_from_id = 99", "learning from nobody on the map"),
        ("INSERT INTO narrative_will_not (version_id, position, will_not) VALUES (4, 10, 'x')",
         "an eleventh thing ruled out"),
        ("UPDATE plan SET family = '" + "x" * 61 + "'", "a family id too long"),
        ("UPDATE plan SET situation = 'chaos'", "a situation that is not one"),
    ],
)  # fmt: skip
def test_sqlite_refuses_what_the_arcs_tables_hold_across_rows(
    full_db: sqlite3.Connection, sql: str, what: str
) -> None:
    assert _refused(full_db, sql, []), what


def test_deleting_an_action_takes_its_links(full_db: sqlite3.Connection) -> None:
    full_db.execute("SAVEPOINT probe")
    try:
        full_db.execute("DELETE FROM narrative_actions WHERE version_id = 4 AND position = 0")
        left = full_db.execute(
            "SELECT count(*) FROM narrative_action_items WHERE action_position = 0"
        ).fetchone()[0]
    finally:
        full_db.execute("ROLLBACK TO probe")
        full_db.execute("RELEASE probe")
    assert left == 0
