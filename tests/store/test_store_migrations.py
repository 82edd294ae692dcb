"""Schema versions: a new file, every earlier version's fixture, and files from the future."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlite_utils import Database, Migrations

from altitude.domain.entities import (
    REPORT_SECTIONS,
    Decision,
    Delegation,
    DelegationCheckIn,
    Factors,
    InventoryItem,
    LevelChange,
    LevelStep,
    Milestone,
    Mode,
    Person,
    Plan,
    PlanState,
    ReflectionAnswer,
    Settings,
    Status,
    Theme,
    WeeklyCheckIn,
)
from altitude.domain.weeks import IsoWeek
from altitude.store import NewerSchemaError, Store, StoreError
from altitude.store.schema import migrations
from altitude.store.schema import names as schema_names
from altitude.store.schema.ddl import DDL_V1

FIXTURES = Path(__file__).resolve().parent / "fixtures"

# What tests/store/fixtures/altitude-v1.db holds (see make_fixtures.py).
V1_EXPECTED = PlanState(
    plan=Plan(
        current_role="Senior engineer",
        new_role="Team lead",
        start_date=date(2026, 1, 5),
        horizon_end=date(2026, 4, 5),
        baseline_share=20.0,
        target_share=50.0,
        milestones=(
            Milestone(30, 30.0, "30 days"),
            Milestone(60, 40.0, "60 days"),
            Milestone(90, 50.0, "90 days"),
        ),
        motive="To grow people",
        identity=("Operate at altitude", "Delegate outcomes"),
        tolerance=5.0,
    ),
    items=(
        InventoryItem(
            "Code review", 6.5, Mode.EXECUTION, Factors(2, 2, 3, 5, 4), Decision.DELEGATE,
            "all PRs", id=1,
        ),
        InventoryItem(
            "Roadmap", 2.25, Mode.STRATEGY, Factors(5, 4, 4, 2, 1), Decision.KEEP, "", id=3
        ),
    ),
    people=(Person("Ana", "Engineer", "Lead reviews", "", id=2),),
    delegations=(
        Delegation(
            outcome="Reviews are fast and kind",
            started_on=date(2026, 1, 6),
            owner_id=2,
            item_id=1,
            success_measure="median < 1 day",
            level=4,
            cadence_days=7,
            next_checkin=date(2026, 1, 20),
            status=Status.HANDING_OVER,
            hours_freed=6.5,
            checkins=(DelegationCheckIn(date(2026, 1, 13), "good start", True),),
            level_plan=(LevelStep(0, 3), LevelStep(4, 5)),
            level_history=(LevelChange(date(2026, 1, 6), 3), LevelChange(date(2026, 1, 13), 4)),
            id=4,
        ),
    ),
    checkins=(
        WeeklyCheckIn(
            IsoWeek(2026, 2), 30.0, 8.5, ((1, 6.0), (3, 2.5)), "busy week",
            (ReflectionAnswer("What did I hand over?", "Reviews"),),
        ),
        WeeklyCheckIn(IsoWeek(2026, 3), 28.0, 12.0),
    ),
    settings=Settings(checkin_weekday=2, first_day_of_week=0, theme=Theme.DARK, backups_kept=7),
)  # fmt: skip

# Every earlier schema version's fixture and the state it holds. Add a line per version.
EARLIER_VERSIONS = [(1, "altitude-v1.db", V1_EXPECTED)]


def _applied(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    finally:
        conn.close()


def test_a_new_file_gets_every_migration(store: Store, db_path: Path) -> None:
    assert store.schema_version() == migrations.latest_version() == 5
    assert _applied(db_path) == list(migrations.known_names())
    assert store.is_empty()
    assert store.load() == PlanState()


def test_an_empty_existing_file_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "altitude.db"
    path.touch()
    with_store = Store.open(path)
    try:
        assert with_store.schema_version() == 5
    finally:
        with_store.close()


def test_reopening_applies_nothing_twice(db_path: Path) -> None:
    Store.open(db_path).close()
    reopened = Store.open(db_path)
    try:
        assert reopened.schema_version() == 5
    finally:
        reopened.close()
    assert _applied(db_path) == list(schema_names.MIGRATION_NAMES)


def test_every_data_table_is_strict(store: Store) -> None:
    rows = store.db.conn.execute(
        "SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table'"
        " AND name NOT LIKE 'sqlite_%' AND name <> '_sqlite_migrations'"
    ).fetchall()
    assert len(rows) == 39
    assert all(strict == 1 for _, strict in rows), rows


@pytest.mark.parametrize(("version", "fixture", "expected"), EARLIER_VERSIONS)
def test_every_earlier_version_opens_with_its_data(
    tmp_path: Path, version: int, fixture: str, expected: PlanState
) -> None:
    path = tmp_path / "altitude.db"
    shutil.copyfile(FIXTURES / fixture, path)
    assert max(migrations.version_of(n) for n in _applied(path)) == version
    store = Store.open(path)
    try:
        assert store.schema_version() == migrations.latest_version()
        assert store.load() == expected
    finally:
        store.close()


def test_a_file_from_a_newer_altitude_is_refused_unchanged(db_path: Path) -> None:
    Store.open(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
        " VALUES ('altitude', '0006_something_new', '2030-01-01')"
    )
    conn.commit()
    conn.close()
    with pytest.raises(NewerSchemaError) as caught:
        Store.open(db_path)
    message = str(caught.value)
    assert str(db_path) in message
    assert "version 6" in message
    assert "reads up to 5" in message
    assert _applied(db_path) == [*schema_names.MIGRATION_NAMES, "0006_something_new"]


def test_a_failing_migration_leaves_the_file_at_its_old_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    trial = Migrations(migrations.MIGRATION_SET)

    @trial(name="0001_initial_schema")
    def _v1(db: Database) -> None:
        db.executescript(DDL_V1)

    @trial(name="0002_broken")
    def _v2(db: Database) -> None:
        db.execute("CREATE TABLE half_done (x INTEGER)")
        raise RuntimeError("boom")

    monkeypatch.setattr(migrations, "MIGRATIONS", trial)
    path = tmp_path / "altitude.db"
    with pytest.raises(RuntimeError, match="boom"):
        Store.open(path)
    conn = sqlite3.connect(path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    conn.close()
    # Both pending migrations ran in one transaction: none of them stuck.
    assert "half_done" not in tables
    assert "items" not in tables
    monkeypatch.undo()
    reopened = Store.open(path)  # and the real migrations still apply afterwards
    try:
        assert reopened.schema_version() == 5
    finally:
        reopened.close()


def test_store_error_is_the_base_of_every_refusal() -> None:
    assert issubclass(NewerSchemaError, StoreError)


@pytest.mark.parametrize(
    ("table", "column"),
    [
        ("plan_milestones", "plan_id"),
        ("plan_identity", "plan_id"),
        ("delegations", "item_id"),
        ("delegations", "owner_id"),
        ("delegation_checkins", "delegation_id"),
        ("delegation_level_plan", "delegation_id"),
        ("delegation_level_history", "delegation_id"),
        ("checkins", "week"),
        ("checkin_item_hours", "checkin_id"),
        ("checkin_item_hours", "item_id"),
        ("checkin_answers", "checkin_id"),
    ],
)
def test_lookups_by_parent_and_by_week_use_an_index(store: Store, table: str, column: str) -> None:
    plan = store.db.conn.execute(
        f"EXPLAIN QUERY PLAN SELECT * FROM {table} WHERE {column} = ?",  # noqa: S608
        [1],
    ).fetchall()
    detail = " ".join(str(row[-1]) for row in plan)
    assert "USING" in detail and "INDEX" in detail, detail


def test_the_light_list_of_migration_names_matches_the_registered_migrations() -> None:
    # Store.open compares the file with schema_names without importing sqlite-utils.
    assert migrations.known_names() == schema_names.MIGRATION_NAMES
    assert schema_names.MIGRATION_SET == migrations.MIGRATION_SET


def test_an_up_to_date_file_opens_and_reads_without_importing_sqlite_utils(
    db_path: Path, tmp_path: Path
) -> None:
    store = Store.open(db_path)
    store.add_person(Person("Ana"))
    store.close()
    probe = (
        "import sys\n"
        "from pathlib import Path\n"
        "from altitude.services import Altitude\n"
        f"service = Altitude.open(Path({str(db_path.parent)!r}))\n"
        "overview = service.overview()\n"
        "state = service.state\n"
        "assert [p.name for p in state.people] == ['Ana'], state.people\n"
        "print('before write', 'sqlite_utils' in sys.modules, 'numpy' in sys.modules)\n"
        "service.add_person(type(state.people[0])('Ben'))\n"
        "print('after write', 'sqlite_utils' in sys.modules, 'numpy' in sys.modules)\n"
        "service.close()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "before write False False",
        "after write True False",  # the first write brings sqlite-utils, still without numpy
    ]
    with Store.open(db_path) as reopened:
        assert [p.name for p in reopened.load().people] == ["Ana", "Ben"]


def test_a_new_file_takes_the_full_path_and_gets_its_schema(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    with Store.open(path) as store:
        assert store.schema_version() == migrations.latest_version()
        assert schema_names.recorded_names(store.conn) == schema_names.MIGRATION_NAMES


def _v4_file(path: Path, sections: str) -> None:
    """A file at version 4 whose report choice is ``sections`` (a JSON array)."""
    from altitude.store.schema.ddl import DDL_V2, DDL_V3, DDL_V4

    conn = sqlite3.connect(path)
    conn.executescript(DDL_V1)
    for statement in (*DDL_V2, *DDL_V3, *DDL_V4):
        conn.execute(statement)
    conn.execute("CREATE TABLE _sqlite_migrations (id INTEGER PRIMARY KEY, migration_set TEXT,"
                 " name TEXT, applied_at TEXT)")  # fmt: skip
    conn.executemany(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
        [("altitude", n, "2026-11-01") for n in schema_names.MIGRATION_NAMES[:4]],
    )
    conn.execute("INSERT INTO settings VALUES ('report_sections', ?)", [sections])
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("stored", "reads"),
    [
        ('["feedback", "plan", "charts", "inventory", "delegations", "decisions"]',
         REPORT_SECTIONS),
        ('["plan", "feedback"]', ("plan", "feedback")),
    ],
)  # fmt: skip
def test_migration_5_makes_a_choice_of_every_section_every_section(
    tmp_path: Path, stored: str, reads: tuple[str, ...]
) -> None:
    path = tmp_path / "altitude.db"
    _v4_file(path, stored)
    store = Store.open(path)
    try:
        assert store.schema_version() == 5
        assert store.get_settings().report_sections == reads
        settings = replace(store.get_settings(), report_sections=("boss", "reviews"))
        store.save_settings(settings)  # the new sections pass the new trigger
        assert store.get_settings().report_sections == ("boss", "reviews")
    finally:
        store.close()
