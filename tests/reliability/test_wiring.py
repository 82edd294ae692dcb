"""The safety features where the app calls them: before an import, before a migration,
on opening the app, and one app per data folder.

These pass once the lead has wired the calls (see the report of the reliability work).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlite_utils import Migrations

from altitude.domain.entities import Person
from altitude.services import Altitude
from altitude.store import Store
from altitude.store import backup as backups
from altitude.store.interchange import dumps
from altitude.store.schema import migrations
from altitude.store.schema import names as schema_names

ROOT = Path(__file__).resolve().parents[2]


def test_an_import_backs_up_the_plan_it_replaces(sample_service: Altitude, folder: Path) -> None:
    before = sample_service.export_json()
    doc = json.loads(before)
    doc["people"][0]["name"] = "Renamed by the import"
    sample_service.import_json(json.dumps(doc).encode(), "new.json", replace_existing=True)
    made = [b for b in backups.list_backups(folder / "backups") if b.reason == "import"]
    assert len(made) == 1
    store = Store.open(made[0].path)
    try:
        assert dumps(store.load()) == before
    finally:
        store.close()


def test_a_rejected_import_makes_no_backup(sample_service: Altitude, folder: Path) -> None:
    with pytest.raises(ValueError):
        sample_service.import_json(b'{"format": "nope"}', "bad.json", replace_existing=True)
    assert backups.list_backups(folder / "backups") == []


def test_opening_a_file_that_needs_an_upgrade_backs_it_up_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "altitude.db"
    store = Store.open(path)
    store.add_person(Person("Ana"))
    store.close()
    upgraded = Migrations(migrations.MIGRATION_SET)
    for name in schema_names.MIGRATION_NAMES:  # what the file has, then one more
        upgraded(name=name)(lambda db: None)
    upgraded(name="0099_something_new")(lambda db: None)
    monkeypatch.setattr(migrations, "MIGRATIONS", upgraded)
    monkeypatch.setattr(schema_names, "MIGRATION_NAMES", migrations.known_names())
    Store.open(path).close()
    made = backups.list_backups(tmp_path / "backups")
    assert [b.reason for b in made] == ["migration"]


def _env(folder: Path) -> dict[str, str]:
    return dict(
        os.environ,
        PYTHONPATH=str(ROOT / "desktop"),
        QT_QPA_PLATFORM="offscreen",
        ALTITUDE_TODAY="2026-11-23",
        ALTITUDE_DATA_DIR=str(folder),
    )


def test_the_app_is_one_per_folder_and_backs_up_on_open(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    env = _env(folder)
    app = [sys.executable, "-m", "altitude"]
    subprocess.run([*app, "sample"], env=env, check=True, capture_output=True)
    first = subprocess.Popen(
        app,
        env={**env, "ALTITUDE_QUIT_AFTER": "20000"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        lock = folder / "altitude.lock"
        for _ in range(300):  # wait (up to 30 s) for the lock, then the daily backup
            if first.poll() is not None:
                break
            if lock.exists() and backups.list_backups(folder / "backups"):
                break
            time.sleep(0.1)
        assert lock.exists(), "the app took no lock in its data folder"
        assert [b.reason for b in backups.list_backups(folder / "backups")] == ["daily"]
        second = subprocess.run(app, env=env, capture_output=True, text=True, timeout=60)
        assert "Altitude is already open for this plan" in second.stderr
        assert "Traceback" not in second.stderr
        assert first.poll() is None  # the first app is untouched
    finally:
        first.kill()
        first.wait()
