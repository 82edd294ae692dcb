"""A store that can't be opened: the GUI offers the newest good backup, keeps the bad file."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest

from altitude.domain.entities import Person
from altitude.services import Altitude
from altitude.services import safety_actions as safety
from altitude.store import DamagedDatabaseError, NewerSchemaError, NotADatabaseError, Store
from altitude.ui.backups.recovery import recover_or_explain
from altitude.ui.shared.dialogs import ScriptedDialogs

NOON = datetime(2026, 11, 23, 12, 0, 0)


def _open_error(folder: Path) -> Exception:
    with pytest.raises((DamagedDatabaseError, NotADatabaseError, NewerSchemaError)) as caught:
        Altitude.open(folder)
    return caught.value


@pytest.fixture
def backed_up(sample_service: Altitude, folder: Path) -> tuple[Path, str]:
    """The sample, one good backup of it, and the store closed (as when the app is quit)."""
    wanted = sample_service.export_json()
    safety.backup_now(sample_service, now=lambda: NOON)
    sample_service.store.close()
    return folder, wanted


def _reopened_export(folder: Path) -> str:
    svc = Altitude.open(folder)
    try:
        return svc.export_json()
    finally:
        svc.close()


def test_damaged_store_restores_the_newest_good_backup_and_keeps_the_file(
    backed_up: tuple[Path, str], damage_items_page
) -> None:  # type: ignore[no-untyped-def]
    folder, wanted = backed_up
    db = folder / "altitude.db"
    damage_items_page(db)
    damaged = db.read_bytes()
    # A newer but unusable backup must be skipped in favour of the older good one.
    (folder / "backups" / "altitude-20261124-090000-daily.db").write_bytes(b"garbage" * 99)
    dialogs = ScriptedDialogs(confirm=True)
    assert recover_or_explain(folder, _open_error(folder), dialogs, now=lambda: NOON) is True
    assert _reopened_export(folder) == wanted
    kept = folder / "altitude.db.damaged-20261123-120000"
    assert kept.read_bytes() == damaged  # kept aside byte for byte, never overwritten
    kinds = [kind for kind, _, _ in dialogs.calls]
    assert kinds == ["confirm", "info"]
    assert (
        "23 Nov 2026 12:00" in dialogs.calls[0][2] and "12 weekly check-ins" in dialogs.calls[0][2]
    )


def test_declining_the_offer_changes_nothing(
    backed_up: tuple[Path, str], damage_items_page
) -> None:  # type: ignore[no-untyped-def]
    folder, _ = backed_up
    damage_items_page(folder / "altitude.db")
    names = sorted(p.name for p in folder.iterdir())
    content = (folder / "altitude.db").read_bytes()
    dialogs = ScriptedDialogs(confirm=False)
    assert recover_or_explain(folder, _open_error(folder), dialogs) is False
    assert sorted(p.name for p in folder.iterdir()) == names
    assert (folder / "altitude.db").read_bytes() == content


def test_a_stale_wal_beside_the_damaged_file_goes_aside_with_it(
    backed_up: tuple[Path, str], damage_items_page
) -> None:  # type: ignore[no-untyped-def]
    """Left beside the restored file, SQLite would replay it over the backup."""
    folder, wanted = backed_up
    db = folder / "altitude.db"
    writer = Store.open(db)
    with writer.atomic():
        for n in range(40):
            writer.add_person(Person(f"Only in the stale WAL {n}", notes="x" * 400))
    stale = {s: (folder / f"altitude.db{s}").read_bytes() for s in ("-wal", "-shm")}
    writer.close()  # checkpoints and removes the -wal
    damage_items_page(db)
    for suffix, data in stale.items():  # as if the app had crashed instead
        (folder / f"altitude.db{suffix}").write_bytes(data)
    exc = DamagedDatabaseError(f"{db} is damaged: test")
    assert recover_or_explain(folder, exc, ScriptedDialogs(confirm=True), now=lambda: NOON)
    assert _reopened_export(folder) == wanted
    kept_wal = folder / "altitude.db.damaged-20261123-120000-wal"
    assert kept_wal.read_bytes() == stale["-wal"]


def test_not_a_database_without_any_backup_offers_a_new_start(folder: Path) -> None:
    db = folder / "altitude.db"
    db.write_bytes(b"my shopping list\n" * 100)
    dialogs = ScriptedDialogs(confirm=True)
    assert recover_or_explain(folder, _open_error(folder), dialogs, now=lambda: NOON) is True
    assert "No backup was found" in dialogs.calls[0][2]
    assert (folder / "altitude.db.damaged-20261123-120000").read_bytes().startswith(b"my shop")
    svc = Altitude.open(folder)
    try:
        assert svc.store.is_empty()
    finally:
        svc.close()


def test_a_file_from_a_newer_version_is_explained_not_replaced(
    backed_up: tuple[Path, str], mark_newer
) -> None:  # type: ignore[no-untyped-def]
    folder, _ = backed_up
    mark_newer(folder / "altitude.db")
    content = (folder / "altitude.db").read_bytes()
    dialogs = ScriptedDialogs(confirm=True)
    assert recover_or_explain(folder, _open_error(folder), dialogs) is False
    assert [kind for kind, _, _ in dialogs.calls] == ["error"]
    assert "newer Altitude" in dialogs.calls[0][2]
    assert (folder / "altitude.db").read_bytes() == content
    assert not list(folder.glob("*.damaged-*"))


def test_a_permission_problem_is_explained_without_offering_a_backup(folder: Path) -> None:
    from altitude.store import StoreError

    dialogs = ScriptedDialogs(confirm=True)
    exc = StoreError(f"{folder}/altitude.db is read-only; Altitude needs to write to it")
    assert recover_or_explain(folder, exc, dialogs) is False
    assert [kind for kind, _, _ in dialogs.calls] == ["error"]


def test_cli_restore_of_a_damaged_store_keeps_it_aside(
    run_cli, data_dir: Path, damage_items_page
) -> None:  # type: ignore[no-untyped-def]
    assert run_cli("sample", env={"ALTITUDE_TODAY": "2026-11-23"}).returncode == 0
    assert run_cli("backup").returncode == 0
    wanted = run_cli("export").stdout
    damage_items_page(data_dir / "altitude.db")
    damaged = (data_dir / "altitude.db").read_bytes()
    status = run_cli("status")
    assert status.returncode == 1 and "Traceback" not in status.stderr
    line = status.stderr.strip()
    assert "\n" not in line and "is damaged" in line and "altitude restore altitude-" in line
    name = line.rsplit(" ", 1)[-1]
    restored = run_cli("restore", name)  # a bare name is looked up in the backups folder
    assert restored.returncode == 0, restored.stderr
    assert run_cli("export").stdout == wanted
    kept = list(data_dir.glob("altitude.db.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged
    shutil.rmtree(data_dir / "backups")
