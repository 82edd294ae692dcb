"""`altitude backup`, `restore` and `doctor` from the command line."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

TODAY = {"ALTITUDE_TODAY": "2026-11-23"}


@pytest.fixture
def sample(run_cli):  # type: ignore[no-untyped-def]
    result = run_cli("sample", env=TODAY)
    assert result.returncode == 0, result.stderr
    return run_cli


def _one_line_error(result) -> str:  # type: ignore[no-untyped-def]
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_backup_writes_a_private_checked_copy_and_lists_it(sample, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    result = sample("backup")
    assert result.returncode == 0, result.stderr
    made = sorted((data_dir / "backups").glob("altitude-*-manual.db"))
    assert len(made) == 1 and str(made[0]) in result.stdout
    assert stat.S_IMODE(made[0].stat().st_mode) == 0o600
    listing = sample("backup", "--list")
    assert listing.returncode == 0
    line = next(ln for ln in listing.stdout.splitlines() if made[0].name in ln)
    assert "12 check-ins" in line and "last 2026-W47" in line and "manual" in line


def test_the_first_command_of_the_day_makes_the_daily_backup(sample, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    # `sample` ran on an empty store (nothing to back up); `status` finds a plan.
    assert not list((data_dir / "backups").glob("*-daily.db"))
    assert sample("status").returncode == 0
    assert sample("status").returncode == 0
    assert len(list((data_dir / "backups").glob("*-daily.db"))) == 1


def test_backup_to_a_file(sample, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "copy.db"
    result = sample("backup", "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert target.exists() and stat.S_IMODE(target.stat().st_mode) == 0o600


def test_backup_to_a_folder_that_cannot_exist_is_one_line(sample, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    line = _one_line_error(sample("backup", "-o", str(blocker / "sub" / "copy.db")))
    assert "altitude backup: error:" in line and str(blocker) in line


def test_doctor_on_a_healthy_plan(sample) -> None:  # type: ignore[no-untyped-def]
    result = sample("doctor")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Integrity: ok" in result.stdout
    assert "Schema: version 5" in result.stdout
    assert result.stdout.strip().endswith("Healthy.")


def test_doctor_with_no_plan_yet_is_healthy(run_cli, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("doctor")
    assert result.returncode == 0
    assert "No plan saved yet" in result.stdout
    assert not (data_dir / "altitude.db").exists()  # the doctor creates nothing


def test_doctor_finds_damage_and_changes_nothing(sample, data_dir: Path, damage_items_page) -> None:  # type: ignore[no-untyped-def]
    damage_items_page(data_dir / "altitude.db")
    content = (data_dir / "altitude.db").read_bytes()
    result = sample("doctor")
    assert result.returncode == 1
    assert "Integrity: damaged" in result.stdout and "Healthy." not in result.stdout
    assert (data_dir / "altitude.db").read_bytes() == content


def test_doctor_on_a_file_from_a_newer_version(sample, data_dir: Path, mark_newer) -> None:  # type: ignore[no-untyped-def]
    mark_newer(data_dir / "altitude.db")
    result = sample("doctor")
    assert result.returncode == 1
    assert "newer Altitude" in result.stdout


def test_doctor_on_a_non_database(run_cli, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    (data_dir / "altitude.db").write_bytes(b"hello" * 1000)
    result = run_cli("doctor")
    assert result.returncode == 1
    assert "not an Altitude database" in result.stdout


@pytest.mark.parametrize("content", [b"", b"junk" * 500], ids=["empty", "junk"])
def test_restore_of_a_bad_file_is_one_line_and_changes_nothing(
    sample, tmp_path: Path, content: bytes
) -> None:  # type: ignore[no-untyped-def]
    before = sample("export").stdout
    bad = tmp_path / "bad.db"
    bad.write_bytes(content)
    line = _one_line_error(sample("restore", str(bad)))
    assert line.startswith("altitude restore: error:") and str(bad) in line
    assert sample("export").stdout == before


def test_restore_of_a_missing_file(sample) -> None:  # type: ignore[no-untyped-def]
    line = _one_line_error(sample("restore", "no-such-backup.db"))
    assert "no-such-backup.db" in line and "No such file" in line


def test_opening_a_newer_file_is_one_line_and_leaves_it(sample, data_dir: Path, mark_newer) -> None:  # type: ignore[no-untyped-def]
    mark_newer(data_dir / "altitude.db")
    content = (data_dir / "altitude.db").read_bytes()
    line = _one_line_error(sample("status"))
    assert "newer Altitude" in line
    assert (data_dir / "altitude.db").read_bytes() == content
    assert not list(data_dir.glob("*.damaged-*"))


@pytest.mark.parametrize("command", ["backup", "restore", "doctor"])
def test_each_command_has_help(run_cli, command: str) -> None:  # type: ignore[no-untyped-def]
    result = run_cli(command, "--help")
    assert result.returncode == 0 and "usage: altitude" in result.stdout
