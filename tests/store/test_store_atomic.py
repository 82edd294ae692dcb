"""A user action is saved whole or not at all, however many writes it makes."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from altitude.domain.entities import InventoryItem, Mode, Person, PlanState
from altitude.store import Store, StoreError
from altitude.store.writing import insert_state


def _count(path: Path, table: str) -> int:
    """Counted through a separate connection: only committed rows are visible there."""
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # noqa: S608
    finally:
        conn.close()


def _items(n: int, start: int = 1) -> list[InventoryItem]:
    return [InventoryItem(f"item {i}", 1.5, Mode.EXECUTION, id=i) for i in range(start, start + n)]


def test_a_failed_write_undoes_the_earlier_writes_of_the_action(
    store: Store, db_path: Path
) -> None:
    with pytest.raises(StoreError), store.atomic():
        store.add_item(InventoryItem("Review", 5.0, Mode.EXECUTION))
        store.add_person(Person("Ana"))
        store.add_item(InventoryItem("", 5.0, Mode.EXECUTION))  # CHECK: title required
    assert store.load() == PlanState()
    assert _count(db_path, "items") == 0
    assert _count(db_path, "people") == 0


def test_any_exception_in_the_action_rolls_back_and_propagates_unchanged(
    store: Store, db_path: Path
) -> None:
    with pytest.raises(ZeroDivisionError), store.atomic():
        store.add_item(InventoryItem("Review", 5.0, Mode.EXECUTION))
        _ = 1 / 0
    assert _count(db_path, "items") == 0


def test_batched_inserts_of_hundreds_of_rows_roll_back_together(
    store: Store, db_path: Path
) -> None:
    rows = [
        {"title": f"t{i}", "hours": 1.0, "mode": "execution", "leverage": 3, "only_you": 3,
         "risk": 3, "growth": 3, "attachment": 3, "decision": "keep"}
        for i in range(250)
    ]  # fmt: skip
    rows.append({**rows[0], "hours": -1.0})
    with pytest.raises(StoreError), store.atomic():
        store.db.table("items").insert_all(rows, batch_size=100)
    assert _count(db_path, "items") == 0


def test_replace_all_with_one_bad_row_among_hundreds_keeps_the_old_state(
    store: Store, db_path: Path
) -> None:
    store.add_person(Person("Ana", id=40))
    before = store.load()
    items = _items(300)
    items[250] = replace(items[250], hours=0.0)  # refused by the schema
    with pytest.raises(StoreError, match=str(db_path)):
        store.replace_all(PlanState(items=tuple(items)))
    assert store.load() == before
    assert _count(db_path, "items") == 0
    assert _count(db_path, "people") == 1


def test_methods_inside_an_action_do_not_commit_on_their_own(store: Store, db_path: Path) -> None:
    with store.atomic():
        store.add_item(InventoryItem("Review", 5.0, Mode.EXECUTION))
        store.replace_all(PlanState(items=tuple(_items(120))))
        assert _count(db_path, "items") == 0  # nothing visible outside yet
    assert _count(db_path, "items") == 120


def test_a_nested_block_that_fails_undoes_only_itself(store: Store) -> None:
    with store.atomic():
        store.add_person(Person("Ana"))
        with pytest.raises(StoreError), store.atomic():
            store.add_person(Person("Bo"))
            store.add_person(Person(""))
        store.add_person(Person("Cy"))
    assert [p.name for p in store.load().people] == ["Ana", "Cy"]


def test_the_write_lock_is_taken_when_the_action_starts(store: Store, db_path: Path) -> None:
    other = sqlite3.connect(db_path, timeout=0, isolation_level=None)
    try:
        with store.atomic(), pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # free again once the action ends
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_a_busy_database_is_a_store_error_not_a_traceback(store: Store, db_path: Path) -> None:
    other = sqlite3.connect(db_path, isolation_level=None)
    store.db.conn.execute("PRAGMA busy_timeout = 0")  # do not wait five seconds in a test
    try:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(StoreError, match="busy"):
            store.add_person(Person("Ana"))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert store.load().people == ()


def test_bulk_writers_refuse_to_run_outside_a_transaction(store: Store) -> None:
    with pytest.raises(RuntimeError, match=r"Store\.atomic"):
        insert_state(store.db, PlanState(items=tuple(_items(3))))
    assert store.load() == PlanState()
