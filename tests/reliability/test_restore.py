"""Restore: the file is checked first, the plan is backed up, and -wal/-shm go aside too."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from datetime import datetime
from pathlib import Path

import pytest

from altitude.domain.entities import Person
from altitude.services import Altitude
from altitude.services import safety_actions as safety
from altitude.store import NewerSchemaError, NotADatabaseError, Store, StoreError
from altitude.store import backup as backups
from altitude.store import restore as files
from altitude.store.interchange import dumps

NOON = datetime(2026, 11, 23, 12, 0, 0)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_restore_brings_the_plan_back_and_keeps_the_current_one_as_a_backup(
    sample_service: Altitude, folder: Path
) -> None:
    at_backup = sample_service.export_json()
    saved = safety.backup_now(sample_service, now=lambda: NOON)
    sample_service.delete_checkin(sample_service.state.checkins[0].week)
    sample_service.add_person(Person("Someone new"))
    changed = sample_service.export_json()
    state = safety.restore_backup(sample_service, saved)
    assert len(state.checkins) == 12
    assert sample_service.export_json() == at_backup
    kinds = {b.reason: b.path for b in backups.list_backups(folder / "backups")}
    assert set(kinds) == {"manual", "restore"}
    store = Store.open(kinds["restore"])  # the plan as it was before the restore
    try:
        assert dumps(store.load()) == changed
    finally:
        store.close()
    assert sorted(p.name for p in folder.iterdir() if "replaced" in p.name) == []
    assert _leftovers(folder) == []
    sample_service.add_person(Person("Works after restore"))  # the service is usable


@pytest.mark.parametrize(
    ("make", "error", "words"),
    [
        (lambda p, _f: p.write_bytes(b"just some text\n" * 300), NotADatabaseError, "not"),
        (lambda p, _f: p.write_bytes(b""), NotADatabaseError, "no Altitude plan"),
        (
            lambda p, _f: sqlite3.connect(p).executescript("CREATE TABLE recipes (x);"),
            NotADatabaseError,
            "not an Altitude one",
        ),
    ],
    ids=["text", "empty", "other-app"],
)
def test_a_bad_file_is_refused_and_nothing_changes(
    sample_service: Altitude, folder: Path, tmp_path: Path, make, error, words
) -> None:  # type: ignore[no-untyped-def]
    before = sample_service.export_json()
    candidate = tmp_path / "candidate.db"
    make(candidate, folder)
    original = candidate.read_bytes()
    with pytest.raises(error, match=words) as caught:
        safety.restore_backup(sample_service, candidate)
    assert str(candidate) in str(caught.value) and "\n" not in str(caught.value)
    assert sample_service.export_json() == before
    assert candidate.read_bytes() == original  # only read, never changed
    assert backups.list_backups(folder / "backups") == []  # refused before backing up
    assert _leftovers(folder) == []


def test_a_damaged_backup_is_refused(
    sample_service: Altitude, folder: Path, tmp_path: Path, damage_items_page
) -> None:  # type: ignore[no-untyped-def]
    before = sample_service.export_json()
    bad = safety.backup_now(sample_service, tmp_path / "bad.db")
    damage_items_page(bad)
    with pytest.raises(StoreError, match="damaged"):
        safety.restore_backup(sample_service, bad)
    assert sample_service.export_json() == before
    assert _leftovers(folder) == []


def test_a_backup_from_a_newer_altitude_is_refused(
    sample_service: Altitude, tmp_path: Path, mark_newer
) -> None:  # type: ignore[no-untyped-def]
    before = sample_service.export_json()
    newer = safety.backup_now(sample_service, tmp_path / "newer.db")
    mark_newer(newer)
    with pytest.raises(NewerSchemaError, match="newer Altitude"):
        safety.restore_backup(sample_service, newer)
    assert sample_service.export_json() == before


def test_restore_is_refused_while_another_process_has_the_plan_open(
    sample_service: Altitude, folder: Path
) -> None:
    saved = safety.backup_now(sample_service, now=lambda: NOON)
    sample_service.delete_checkin(sample_service.state.checkins[0].week)
    before = sample_service.export_json()
    other = Store.open(folder / "altitude.db")  # e.g. the app, while the CLI restores
    try:
        with pytest.raises(StoreError, match="open in another Altitude"):
            safety.restore_backup(sample_service, saved)
        assert sample_service.export_json() == before
        assert other.load().checkins == sample_service.state.checkins
    finally:
        other.close()
    sample_service.add_person(Person("Still works"))


def test_a_file_copied_with_its_wal_is_restored_whole(
    sample_service: Altitude, folder: Path, tmp_path: Path
) -> None:
    """Someone copies altitude.db and altitude.db-wal from another computer."""
    other_dir = tmp_path / "other"
    other = Store.open(other_dir / "altitude.db")
    other.replace_all(sample_service.state)
    other.add_person(Person("Only in the WAL"))
    copy = tmp_path / "copy" / "altitude.db"
    copy.parent.mkdir()
    shutil.copyfile(other_dir / "altitude.db", copy)  # copied while open: data sits in -wal
    shutil.copyfile(other_dir / "altitude.db-wal", tmp_path / "copy" / "altitude.db-wal")
    other.close()
    state = safety.restore_backup(sample_service, copy)
    assert "Only in the WAL" in [p.name for p in state.people]


def test_set_aside_moves_the_database_with_its_wal_and_shm(tmp_path: Path) -> None:
    db = tmp_path / "altitude.db"
    for suffix, data in (("", b"db"), ("-wal", b"wal"), ("-shm", b"shm")):
        db.with_name(db.name + suffix).write_bytes(data)
    aside = files.set_aside(db, "damaged", NOON)
    assert aside.name == "altitude.db.damaged-20261123-120000"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "altitude.db.damaged-20261123-120000",
        "altitude.db.damaged-20261123-120000-shm",
        "altitude.db.damaged-20261123-120000-wal",
    ]
    db.write_bytes(b"new")
    second = files.set_aside(db, "damaged", NOON)  # same second: a new name, nothing lost
    assert second != aside and aside.read_bytes() == b"db" and second.read_bytes() == b"new"
    files.put_back(aside, db)
    assert db.read_bytes() == b"db"
    assert db.with_name("altitude.db-wal").read_bytes() == b"wal"


WRITER = textwrap.dedent(
    """
    import os, sys, time
    from altitude.domain.entities import Person
    from altitude.store import Store
    store = Store.open(sys.argv[1])
    store.add_person(Person("Written just before the crash"))
    print("committed", flush=True)
    time.sleep(60)
    """
)


def test_restore_after_a_crash_that_left_a_wal(run_cli, data_dir: Path, tmp_path: Path) -> None:
    """A killed process leaves committed changes in -wal; a restore must neither lose them
    (they go into the "restore" backup) nor let them leak into the restored plan."""
    assert run_cli("sample", env={"ALTITUDE_TODAY": "2026-11-23"}).returncode == 0
    saved = tmp_path / "saved.db"
    assert run_cli("backup", "-o", str(saved)).returncode == 0
    wanted = run_cli("export").stdout
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2] / "desktop"))
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data_dir / "altitude.db")],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert writer.stdout is not None
    assert writer.stdout.readline().strip() == "committed"
    writer.kill()
    writer.wait()
    wal = data_dir / "altitude.db-wal"
    assert wal.exists() and wal.stat().st_size > 0  # the crash left committed frames there
    result = run_cli("restore", str(saved))
    assert result.returncode == 0, result.stderr
    assert run_cli("export").stdout == wanted
    restore_backups = list((data_dir / "backups").glob("altitude-*-restore.db"))
    assert len(restore_backups) == 1
    conn = sqlite3.connect(restore_backups[0])
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM people")]
    finally:
        conn.close()
    assert "Written just before the crash" in names
