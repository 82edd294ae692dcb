"""Opening the database file: permissions, durable pragmas, health checks, clear refusals."""

from __future__ import annotations

import sqlite3
import stat
import threading
from pathlib import Path

import pytest

from altitude.domain.entities import InventoryItem, Mode, Person
from altitude.store import (
    DamagedDatabaseError,
    NotADatabaseError,
    Store,
    StoreError,
)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_open_creates_a_private_file_in_a_private_new_folder(tmp_path: Path) -> None:
    path = tmp_path / "new" / "deeper" / "altitude.db"
    store = Store.open(path)
    try:
        assert path.is_file()
        assert _mode(path) == 0o600
        assert _mode(path.parent) == 0o700
        assert store.path == path
    finally:
        store.close()


def test_two_processes_creating_the_folder_at_once_both_open_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Another Altitude process (the CLI beside the GUI) makes the folder between our look
    # and our mkdir: that must not be an error.
    path = tmp_path / "data" / "altitude.db"
    real_mkdir = Path.mkdir

    def rival_wins(self: Path, *args: object, **kwargs: object) -> None:
        real_mkdir(self, 0o700, True, True)
        real_mkdir(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "mkdir", rival_wins)
    Store.open(path).close()
    monkeypatch.undo()
    assert path.is_file()
    assert _mode(path) == 0o600


def test_several_threads_opening_a_new_folder_all_succeed(tmp_path: Path) -> None:
    path = tmp_path / "data" / "altitude.db"
    start = threading.Barrier(6)
    errors: list[BaseException] = []

    def open_once() -> None:
        start.wait()
        try:
            Store.open(path).close()
        except BaseException as error:  # collected and asserted below
            errors.append(error)

    threads = [threading.Thread(target=open_once) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []


def test_wal_and_shm_files_are_private_too(store: Store, db_path: Path) -> None:
    store.add_person(Person("Ana"))
    for suffix in ("-wal", "-shm"):
        side = db_path.with_name(db_path.name + suffix)
        assert side.exists()
        assert _mode(side) == 0o600


def test_open_tightens_a_file_others_could_read(tmp_path: Path) -> None:
    path = tmp_path / "altitude.db"
    path.touch(mode=0o644)
    path.chmod(0o644)
    Store.open(path).close()
    assert _mode(path) == 0o600


def test_pragmas_are_wal_full_foreign_keys_and_a_busy_timeout(store: Store) -> None:
    conn = store.db.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000


def test_the_page_cache_stays_small_while_a_plan_larger_than_it_is_read(tmp_path: Path) -> None:
    """128 KiB of cache, not SQLite's 2 MiB (peak memory): still every row comes back."""
    with Store.open(tmp_path / "altitude.db") as store:
        for n in range(400):
            store.add_item(InventoryItem(f"Task {n}", 1.0, Mode.EXECUTION, notes="x" * 400))
    assert (tmp_path / "altitude.db").stat().st_size > 4 * 128 * 1024  # larger than the cache
    with Store.open(tmp_path / "altitude.db") as store:
        assert store.db.conn.execute("PRAGMA cache_size").fetchone()[0] == -128  # KiB
        assert len(store.load().items) == 400


def test_a_text_file_is_not_a_database_and_is_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "altitude.db"
    content = b"these are my notes, not a database\n" * 20
    path.write_bytes(content)
    with pytest.raises(NotADatabaseError) as caught:
        Store.open(path)
    assert str(path) in str(caught.value)
    assert "\n" not in str(caught.value)
    assert path.read_bytes() == content


def test_another_apps_sqlite_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "altitude.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.execute("INSERT INTO recipes VALUES ('soup')")
    conn.commit()
    conn.close()
    with pytest.raises(NotADatabaseError, match="not an Altitude one"):
        Store.open(path)
    conn = sqlite3.connect(path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    conn.close()
    assert tables == {"recipes"}


def test_a_folder_in_place_of_the_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "altitude.db"
    path.mkdir()
    with pytest.raises(StoreError, match="is a folder"):
        Store.open(path)


def test_a_damaged_page_is_reported_as_damage(tmp_path: Path) -> None:
    path = tmp_path / "altitude.db"
    store = Store.open(path)
    with store.atomic():
        for n in range(300):
            store.add_item(InventoryItem(f"item {n}", 1.0, Mode.EXECUTION, notes="x" * 200))
    root, page_size = store.db.conn.execute(
        "SELECT rootpage, (SELECT page_size FROM pragma_page_size) "
        "FROM sqlite_master WHERE name = 'items'"
    ).fetchone()
    store.close()  # the last close checkpoints the WAL into the file
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size + 8
    data[start : start + page_size - 108] = b"\xff" * (page_size - 108)
    path.write_bytes(bytes(data))
    with pytest.raises(DamagedDatabaseError, match="is damaged"):
        Store.open(path)
    assert path.exists()  # never deleted because a check failed


def test_a_broken_foreign_key_is_reported_as_damage(tmp_path: Path) -> None:
    path = tmp_path / "altitude.db"
    Store.open(path).close()
    conn = sqlite3.connect(path)  # foreign_keys is off by default on a plain connection
    conn.execute(
        "INSERT INTO delegations (outcome, owner_id, level, cadence_days, status, hours_freed,"
        " started_on) VALUES ('x', 99, 3, 7, 'planned', 0, '2026-01-01')"
    )
    conn.commit()
    conn.close()
    with pytest.raises(DamagedDatabaseError, match="delegations points at a missing people"):
        Store.open(path)


def test_data_version_changes_when_another_connection_commits(store: Store, db_path: Path) -> None:
    before = store.data_version()
    store.add_person(Person("Ana"))
    assert store.data_version() == before  # its own commits do not count
    other = Store.open(db_path)
    try:
        other.add_person(Person("Bo"))
    finally:
        other.close()
    assert store.data_version() != before
    assert [p.name for p in store.load().people] == ["Ana", "Bo"]


def test_two_stores_on_one_file_see_each_others_commits(store: Store, db_path: Path) -> None:
    other = Store.open(db_path)
    try:
        saved = other.add_person(Person("Cy"))
        assert store.load().people == (saved,)
    finally:
        other.close()


def test_a_store_closes_at_the_end_of_a_with_block(db_path: Path) -> None:
    with Store.open(db_path) as store:
        store.add_person(Person("Ana"))
    with pytest.raises(sqlite3.ProgrammingError):
        store.db.conn.execute("SELECT 1")


def test_switching_a_new_file_to_wal_waits_out_a_rival_switching_it_too() -> None:
    # SQLite says "locked" at once (no busy handler) when two connections switch a fresh
    # file together; the open retries instead of telling the user the file is busy.
    import sqlite3

    from altitude.store.connection import _wal

    class Rival:
        calls = 0

        def execute(self, sql: str) -> Rival:
            self.calls += 1
            if self.calls < 3:
                raise sqlite3.OperationalError("database is locked")
            return self

        def fetchone(self) -> tuple[str]:
            return ("wal",)

    rival = Rival()
    assert _wal(rival) == "wal"  # type: ignore[arg-type]
    assert rival.calls == 3


def test_a_file_that_cannot_switch_to_wal_for_another_reason_fails_at_once() -> None:
    import sqlite3

    from altitude.store.connection import _wal

    class Broken:
        calls = 0

        def execute(self, sql: str) -> Broken:
            self.calls += 1
            raise sqlite3.OperationalError("disk I/O error")

    broken = Broken()
    with pytest.raises(sqlite3.OperationalError, match="disk I/O"):
        _wal(broken)  # type: ignore[arg-type]
    assert broken.calls == 1
