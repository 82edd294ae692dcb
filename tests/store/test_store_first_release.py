"""What the first release wrote still opens, migrates and imports, with every field.

``fixtures/release1-sample.db`` and ``fixtures/release1-export.json`` were made by the first
release (commit 33bb329) with ``altitude sample`` then ``altitude export``: the same plan,
once as its database file, once as its export.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from altitude.domain.entities import PlanState
from altitude.services import Altitude
from altitude.store import Store
from altitude.store.interchange import loads
from altitude.store.schema import migrations

FIXTURES = Path(__file__).parent / "fixtures"


def _versions(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    finally:
        conn.close()


def _release1_state() -> PlanState:
    return loads((FIXTURES / "release1-export.json").read_bytes(), "release1-export.json")


def test_a_first_release_database_is_backed_up_migrated_and_keeps_every_field(
    tmp_path: Path,
) -> None:
    path = tmp_path / "altitude.db"
    shutil.copyfile(FIXTURES / "release1-sample.db", path)
    assert _versions(path) == ["0001_initial_schema"]
    store = Store.open(path)
    try:
        assert store.schema_version() == migrations.latest_version() == 3
        state = store.load()
    finally:
        store.close()
    expected = _release1_state()
    assert state == expected  # every field of every record, ids included
    assert state.people and all(
        p.one_to_one_days is None and p.last_one_to_one is None for p in state.people
    )
    backups = sorted((tmp_path / "backups").glob("*migration*.db"))
    assert len(backups) == 1
    assert _versions(backups[0]) == ["0001_initial_schema"]  # the file as it was
    assert (backups[0].stat().st_mode & 0o777) == 0o600


def test_a_first_release_export_imports_whole(tmp_path: Path) -> None:
    service = Altitude(Store.open(tmp_path / "altitude.db"))
    try:
        data = (FIXTURES / "release1-export.json").read_bytes()
        service.import_json(data, "release1-export.json")
        imported = service.state
        assert imported == _release1_state()
        assert len(imported.checkins) > 0 and len(imported.delegations) > 0
        # and what this version exports of it imports again, unchanged
        again = loads(service.export_json().encode(), "again.json")
        assert again == imported
    finally:
        service.store.close()
