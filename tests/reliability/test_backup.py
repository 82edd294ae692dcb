"""Automatic and manual backups: verified copies, private, rotated, never of a damaged store."""

from __future__ import annotations

import os
import sqlite3
import stat
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database, Migrations

from altitude.domain.entities import InventoryItem, Mode, Person
from altitude.services import Altitude
from altitude.services import safety_actions as safety
from altitude.store import DamagedDatabaseError, Store, StoreError
from altitude.store import backup as backups
from altitude.store.interchange import dumps
from altitude.store.schema import migrations

NOON = datetime(2026, 11, 23, 12, 0, 0)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _export_of(path: Path) -> str:
    store = Store.open(path)
    try:
        return dumps(store.load())
    finally:
        store.close()


def test_a_backup_holds_the_same_plan_and_is_private_whatever_the_umask(
    sample_service: Altitude, folder: Path, tmp_path: Path
) -> None:
    before = sample_service.export_json()
    old = os.umask(0o022)  # the backup API would otherwise create a 0644 file
    try:
        path = safety.backup_now(sample_service, now=lambda: NOON)
    finally:
        os.umask(old)
    assert path.parent == folder / "backups"
    assert path.name == "altitude-20261123-120000-manual.db"
    assert _mode(path) == 0o600
    assert _mode(path.parent) == 0o700
    assert not [p for p in path.parent.iterdir() if p.name.startswith(".")]  # no leftovers
    copy = tmp_path / "copy" / "altitude.db"
    copy.parent.mkdir()
    copy.write_bytes(path.read_bytes())  # a backup is one self-contained file
    assert _export_of(copy) == before


def test_a_backup_to_a_chosen_file_is_checked_and_private(
    sample_service: Altitude, tmp_path: Path
) -> None:
    target = tmp_path / "elsewhere" / "my-plan.db"
    written = safety.backup_now(sample_service, target)
    assert written == target
    assert _mode(target) == 0o600
    conn = sqlite3.connect(target)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("SELECT count(*) FROM checkins").fetchone()[0] == 12
    finally:
        conn.close()


def test_no_backup_inside_an_open_transaction_and_no_hang(sample_service: Altitude) -> None:
    # The online backup API would retry SQLITE_BUSY forever on its own open transaction.
    with sample_service.store.atomic(), pytest.raises(StoreError, match="being saved"):
        backups.make_backup(sample_service.store.db.conn, Path("never.db"))
    assert not Path("never.db").exists()


def test_rotation_keeps_the_newest_n_and_leaves_other_files_alone(
    sample_service: Altitude, folder: Path
) -> None:
    settings = sample_service.state.settings
    sample_service.store.save_settings(replace(settings, backups_kept=3))
    mine = folder / "backups" / "my-notes.txt"
    mine.parent.mkdir(mode=0o700)
    mine.write_text("keep me")
    made = [
        safety.backup_now(sample_service, now=lambda i=i: NOON + timedelta(hours=i))
        for i in range(5)
    ]
    left = [b.path for b in backups.list_backups(folder / "backups")]
    assert left == list(reversed(made[2:]))
    assert mine.read_text() == "keep me"


def test_same_second_backups_get_distinct_names(sample_service: Altitude) -> None:
    first = safety.backup_before(sample_service, "import", now=lambda: NOON)
    second = safety.backup_before(sample_service, "import", now=lambda: NOON)
    assert first is not None and second is not None
    assert first != second and first.exists() and second.exists()


def test_daily_backup_at_most_once_a_day(sample_service: Altitude, folder: Path) -> None:
    assert safety.backup_on_open(sample_service, now=lambda: NOON) is None
    assert safety.backup_on_open(sample_service, now=lambda: NOON + timedelta(hours=5)) is None
    names = [b.path.name for b in backups.list_backups(folder / "backups")]
    assert names == ["altitude-20261123-120000-daily.db"]
    safety.backup_on_open(sample_service, now=lambda: NOON + timedelta(days=1))
    assert len(backups.list_backups(folder / "backups")) == 2


def test_an_empty_plan_is_not_backed_up(service: Altitude, folder: Path) -> None:
    assert safety.backup_on_open(service, now=lambda: NOON) is None
    assert safety.backup_before(service, "import") is None
    assert backups.list_backups(folder / "backups") == []


def test_daily_backup_failure_is_a_warning_not_a_crash(
    sample_service: Altitude, folder: Path
) -> None:
    (folder / "backups").write_text("a file where the folder should be")
    warning = safety.backup_on_open(sample_service, now=lambda: NOON)
    assert warning is not None and "backup failed" in warning
    assert "\n" not in warning


def test_a_damaged_store_is_never_backed_up(tmp_path: Path, damage_items_page) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "altitude.db"
    store = Store.open(path)
    with store.atomic():
        for n in range(200):
            store.add_item(InventoryItem(f"item {n}", 1.0, Mode.EXECUTION, notes="x" * 200))
    store.close()
    damage_items_page(path)
    conn = sqlite3.connect(path)  # a plain connection: no health check on open
    try:
        with pytest.raises(DamagedDatabaseError, match="no backup was made"):
            backups.backup_into_folder(conn, tmp_path / "backups", "manual", 10, NOON)
    finally:
        conn.close()
    assert list((tmp_path / "backups").iterdir()) == []


def test_an_interrupted_backup_is_invisible_and_cleaned_up_later(
    sample_service: Altitude, folder: Path
) -> None:
    bdir = folder / "backups"
    bdir.mkdir(mode=0o700)
    leftover = bdir / ".altitude-20261101-000000-daily.db.4242.partial"
    leftover.write_bytes(b"half a database")
    assert backups.list_backups(bdir) == []
    old = NOON.timestamp() - 2 * 3600
    os.utime(leftover, (old, old))
    safety.backup_now(sample_service, now=lambda: NOON)
    assert not leftover.exists()
    assert len(backups.list_backups(bdir)) == 1


def test_listing_says_what_each_backup_holds(sample_service: Altitude, folder: Path) -> None:
    safety.backup_now(sample_service, now=lambda: NOON)
    sample_service.delete_checkin(sample_service.state.checkins[-1].week)
    safety.backup_before(sample_service, "import", now=lambda: NOON + timedelta(minutes=1))
    (folder / "backups" / "altitude-20261123-130000-daily.db").write_bytes(b"not sqlite" * 99)
    infos = safety.list_backups(sample_service)
    assert [i.file.reason for i in infos] == ["daily", "import", "manual"]
    broken, newer, older = infos
    assert broken.contents is None and "not" in broken.problem
    assert newer.contents is not None and older.contents is not None
    assert older.contents.checkins == 12 and newer.contents.checkins == 11
    assert older.contents.new_role == sample_service.state.plan.new_role  # type: ignore[union-attr]
    assert older.contents.last_week == "2026-W47"
    assert newer.contents.last_week == "2026-W46"
    assert older.size == older.file.path.stat().st_size > 0


def test_backup_before_migration_only_when_an_upgrade_is_pending(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "altitude.db"
    store = Store.open(path)
    store.add_person(Person("Ana"))
    db = store.db
    assert backups.backup_before_migration(db, path, NOON) is None  # nothing pending
    upgraded = Migrations(migrations.MIGRATION_SET)
    upgraded(name="0001_initial_schema")(lambda db: None)
    upgraded(name="0002_something_new")(lambda db: None)
    monkeypatch.setattr(migrations, "MIGRATIONS", upgraded)
    made = backups.backup_before_migration(db, path, NOON)
    store.close()
    assert made is not None and made.name == "altitude-20261123-120000-migration.db"
    conn = sqlite3.connect(made)
    try:
        assert conn.execute("SELECT name FROM people").fetchall() == [("Ana",)]
    finally:
        conn.close()
    fresh = tmp_path / "new" / "altitude.db"
    fresh.parent.mkdir()
    conn = sqlite3.connect(fresh)
    try:
        assert backups.backup_before_migration(Database(conn), fresh, NOON) is None  # new file
    finally:
        conn.close()
