"""A full disk, a read-only folder, an export path that can't be written: one clear line,
and nothing half-written."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from altitude.cli.run import describe
from altitude.domain.entities import Person
from altitude.services import Altitude
from altitude.store import StoreError

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
TODAY = {"ALTITUDE_TODAY": "2026-11-23"}


def _one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result.stdout
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def _read_only_runner(folder: Path):  # type: ignore[no-untyped-def]
    """Run the CLI with ``folder`` read-only: chmod for a normal user; root ignores modes,
    so for root a read-only bind mount in a private mount namespace."""
    env = dict(os.environ, PYTHONPATH=str(DESKTOP), **TODAY)
    base = [sys.executable, "-m", "altitude", "--data-dir", str(folder)]
    if os.geteuid() != 0:

        def run(*args: str) -> subprocess.CompletedProcess[str]:
            folder.chmod(0o500)
            try:
                return subprocess.run([*base, *args], capture_output=True, text=True, env=env)
            finally:
                folder.chmod(0o700)

        return run
    wrapper = [
        "unshare", "-rm", "sh", "-c",
        'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" "$0" && exec "$@"',
        str(folder),
    ]  # fmt: skip
    probe = subprocess.run([*wrapper, "true"], capture_output=True, text=True)
    if shutil.which("unshare") is None or probe.returncode != 0:
        pytest.skip(f"running as root and cannot make a read-only mount: {probe.stderr.strip()}")

    def run_ro(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*wrapper, *base, *args], capture_output=True, text=True, env=env)

    return run_ro


def test_a_read_only_data_folder_is_one_clear_line(run_cli, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    assert run_cli("sample", env=TODAY).returncode == 0
    before = run_cli("export").stdout
    run_ro = _read_only_runner(data_dir)
    for args in (("checkin", "--execution", "3", "--strategy", "4"), ("status",)):
        line = _one_line_error(run_ro(*args))
        assert str(data_dir) in line and ("writable" in line or "read-only" in line), line
    assert run_cli("export").stdout == before


@pytest.mark.parametrize("where", ["missing-folder", "under-a-file", "is-a-folder"])
def test_export_to_an_unwritable_path_leaves_no_partial_file(
    run_cli, tmp_path: Path, where: str
) -> None:  # type: ignore[no-untyped-def]
    assert run_cli("sample", env=TODAY).returncode == 0
    out = tmp_path / "out"
    out.mkdir()
    blocker = out / "a-file"
    blocker.write_text("keep")
    target = {
        "missing-folder": out / "no" / "such" / "plan.json",
        "under-a-file": blocker / "plan.json",
        "is-a-folder": out,
    }[where]
    line = _one_line_error(run_cli("export", "-o", str(target)))
    assert str(target) in line
    assert [p.name for p in out.rglob("*")] == ["a-file"]  # nothing half-written
    assert blocker.read_text() == "keep"


def test_export_into_a_read_only_folder(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    if os.geteuid() == 0:
        pytest.skip("root can write into a 0500 folder")
    assert run_cli("sample", env=TODAY).returncode == 0
    out = tmp_path / "ro"
    out.mkdir()
    out.chmod(0o500)
    try:
        line = _one_line_error(run_cli("export", "-o", str(out / "plan.json")))
    finally:
        out.chmod(0o700)
    assert "plan.json" in line and list(out.iterdir()) == []


def _fill_the_disk(service: Altitude) -> None:
    """SQLite's own limit stands in for a full disk: no page may be added."""
    conn = service.store.db.conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")


def test_a_full_disk_is_a_plain_message_and_the_change_is_not_half_made(
    sample_service: Altitude,
) -> None:
    before = sample_service.export_json()
    bigger = json.loads(before)
    bigger["checkins"] += [
        {"week": f"2020-W{n:02d}", "execution_hours": 30, "strategy_hours": 10,
         "item_hours": [], "note": "n" * 1500, "answers": []}
        for n in range(1, 53)
    ]  # fmt: skip
    _fill_the_disk(sample_service)
    with pytest.raises(StoreError) as caught:
        sample_service.import_json(json.dumps(bigger).encode(), "big.json", replace_existing=True)
    message = str(caught.value)
    assert "disk is full" in message and "\n" not in message
    assert sample_service.export_json() == before
    sample_service.store.db.conn.execute("PRAGMA max_page_count = 1000000")  # space again
    sample_service.add_person(Person("Someone"))  # the same open service carries on
    assert "Someone" in [p.name for p in sample_service.state.people]


def test_the_cli_maps_disk_errors_to_a_plain_sentence(tmp_path: Path) -> None:
    for error in (
        sqlite3.OperationalError("disk I/O error"),
        sqlite3.OperationalError("database or disk is full"),
    ):
        text = describe(error, tmp_path)
        assert text == f"{tmp_path}: the disk is full or failing; nothing was changed"
    readonly = describe(sqlite3.OperationalError("attempt to write a readonly database"), tmp_path)
    assert "read-only" in readonly
