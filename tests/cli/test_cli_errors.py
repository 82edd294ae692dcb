"""Bad input: one clear line on stderr, a non-zero exit, the data unchanged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

TODAY = {"ALTITUDE_TODAY": "2026-11-23"}


@pytest.fixture
def exported(run_cli, tmp_path: Path) -> tuple[Path, bytes]:
    assert run_cli("sample", env=TODAY).returncode == 0
    path = tmp_path / "plan.json"
    assert run_cli("export", "-o", str(path)).returncode == 0
    return path, path.read_bytes()


def one_line_error(result) -> str:  # type: ignore[no-untyped-def]
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def assert_unchanged(run_cli, before: bytes) -> None:  # type: ignore[no-untyped-def]
    assert run_cli("export").stdout.encode("utf-8") == before


def test_truncated_json_is_rejected(run_cli, exported, tmp_path: Path) -> None:
    _path, before = exported
    bad = tmp_path / "truncated.json"
    bad.write_bytes(before[: len(before) // 2])
    line = one_line_error(run_cli("import", str(bad), "--replace"))
    assert "truncated.json" in line and "line" in line
    assert_unchanged(run_cli, before)


def test_wrong_type_is_rejected_with_its_place(run_cli, exported, tmp_path: Path) -> None:
    _path, before = exported
    doc = json.loads(before)
    doc["items"][2]["hours"] = "six"
    bad = tmp_path / "wrong-type.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    line = one_line_error(run_cli("import", str(bad), "--replace"))
    assert "items[2].hours" in line and "expected a number" in line
    assert_unchanged(run_cli, before)


def test_impossible_week_in_a_file_is_rejected(run_cli, exported, tmp_path: Path) -> None:
    _path, before = exported
    doc = json.loads(before)
    doc["checkins"][0]["week"] = "2026-W99"
    bad = tmp_path / "week.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    line = one_line_error(run_cli("import", str(bad), "--replace"))
    assert "checkins[0].week" in line and "2026-W99" in line
    assert_unchanged(run_cli, before)


def test_negative_hours_in_a_file_are_rejected(run_cli, exported, tmp_path: Path) -> None:
    _path, before = exported
    doc = json.loads(before)
    doc["checkins"][1]["execution_hours"] = -4
    doc["checkins"][1]["item_hours"] = []
    bad = tmp_path / "negative.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    line = one_line_error(run_cli("import", str(bad), "--replace"))
    assert "checkins[1].execution_hours" in line
    assert_unchanged(run_cli, before)


def test_checkin_with_week_99_is_rejected(run_cli, exported) -> None:
    _, before = exported
    line = one_line_error(
        run_cli("checkin", "--week", "2026-W99", "--execution", "3", "--strategy", "4")
    )
    assert "2026-W99" in line and "2026 has weeks 01 to 53" in line
    assert_unchanged(run_cli, before)


def test_checkin_with_negative_hours_is_rejected(run_cli, exported) -> None:
    _, before = exported
    line = one_line_error(
        run_cli("checkin", "--week", "2026-W40", "--execution", "-3", "--strategy", "4")
    )
    assert "execution_hours" in line
    assert_unchanged(run_cli, before)


def test_checkin_with_too_many_hours_is_rejected(run_cli, exported) -> None:
    _, before = exported
    line = one_line_error(
        run_cli("checkin", "--week", "2026-W40", "--execution", "90", "--strategy", "90")
    )
    assert "112" in line
    assert_unchanged(run_cli, before)


def test_checkin_with_text_for_hours_is_a_usage_error(run_cli) -> None:
    result = run_cli("checkin", "--week", "2026-W40", "--execution", "lots", "--strategy", "4")
    assert result.returncode == 2
    assert "'lots' is not a number of hours" in result.stderr


def test_import_of_a_missing_file(run_cli, tmp_path: Path) -> None:
    line = one_line_error(run_cli("import", str(tmp_path / "nope.json")))
    assert "nope.json: no such file" in line


def test_import_of_something_else(run_cli, tmp_path: Path) -> None:
    other = tmp_path / "other.json"
    other.write_text('{"format": "something", "version": 1}', encoding="utf-8")
    line = one_line_error(run_cli("import", str(other)))
    assert "other.json" in line


def test_export_to_an_unwritable_place(run_cli, exported, tmp_path: Path) -> None:
    line = one_line_error(run_cli("export", "-o", str(tmp_path / "no" / "such" / "dir.json")))
    assert "cannot write" in line


def test_report_to_an_unwritable_place(run_cli, exported, tmp_path: Path) -> None:
    line = one_line_error(run_cli("report", "-o", str(tmp_path / "missing" / "r.pdf"), env=TODAY))
    assert "r.pdf" in line


def test_a_data_dir_that_is_a_file(run_cli, tmp_path: Path) -> None:
    blocker = tmp_path / "afile"
    blocker.write_text("x", encoding="utf-8")
    line = one_line_error(run_cli("status", data_dir=blocker))
    assert "afile" in line


def test_a_database_that_is_not_a_database(run_cli, data_dir: Path) -> None:
    (data_dir / "altitude.db").write_text("not a database at all " * 100, encoding="utf-8")
    line = one_line_error(run_cli("status"))
    assert "altitude.db" in line
    assert (data_dir / "altitude.db").read_text(encoding="utf-8").startswith("not a database")
