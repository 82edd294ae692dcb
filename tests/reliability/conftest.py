"""Fixtures for the reliability tests: an open service on a fresh folder, with the sample."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from altitude.services import Altitude

TODAY = date(2026, 11, 23)  # a Monday
TODAY_ENV = {"ALTITUDE_TODAY": TODAY.isoformat()}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir(mode=0o700)
    return path


@pytest.fixture
def service(folder: Path) -> Iterator[Altitude]:
    svc = Altitude.open(folder)
    svc.clock = lambda: TODAY
    yield svc
    svc.close()


@pytest.fixture
def sample_service(service: Altitude) -> Altitude:
    service.load_sample()
    return service


def damage_items_page(path: Path) -> None:
    """Overwrite the items table's root page: quick_check and integrity_check both fail."""
    conn = sqlite3.connect(path)
    root, page_size = conn.execute(
        "SELECT rootpage, (SELECT page_size FROM pragma_page_size) "
        "FROM sqlite_master WHERE name = 'items'"
    ).fetchone()
    conn.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size + 8
    data[start : start + page_size - 108] = b"\xff" * (page_size - 108)
    path.write_bytes(bytes(data))


def mark_newer(path: Path) -> None:
    """Make ``path`` look written by a newer Altitude (a migration this build doesn't know)."""
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('altitude', '0099_from_the_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()


@pytest.fixture(name="damage_items_page")
def _damage_items_page_fixture() -> object:
    return damage_items_page


@pytest.fixture(name="mark_newer")
def _mark_newer_fixture() -> object:
    return mark_newer
