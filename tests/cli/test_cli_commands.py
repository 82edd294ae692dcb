"""Every headless command, run as a user would: a subprocess on a real data folder."""

from __future__ import annotations

import json
import stat
from pathlib import Path

TODAY = {"ALTITUDE_TODAY": "2026-11-23"}


def test_sample_then_status_prints_the_summary(run_cli, data_dir: Path) -> None:
    made = run_cli("sample", env=TODAY)
    assert made.returncode == 0, made.stderr
    assert "Sample plan created" in made.stdout
    status = run_cli("status", env=TODAY)
    assert status.returncode == 0, status.stderr
    out = status.stdout
    assert "Engineering manager" in out
    assert "Day " in out and " of 90" in out
    assert "% strategy" in out and "% execution" in out
    assert "Glide-path target" in out
    assert "Target 55% strategy" in out
    assert "Delegation check-ins due" in out


def test_database_is_readable_by_the_user_alone(run_cli, data_dir: Path) -> None:
    assert run_cli("sample", env=TODAY).returncode == 0
    db = data_dir / "altitude.db"
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700


def test_sample_refuses_when_a_plan_exists(run_cli) -> None:
    assert run_cli("sample", env=TODAY).returncode == 0
    again = run_cli("sample", env=TODAY)
    assert again.returncode == 1
    assert again.stderr.count("\n") == 1
    assert "plan exists" in again.stderr


def test_status_on_an_empty_folder_says_there_is_no_plan(run_cli) -> None:
    result = run_cli("status", env=TODAY)
    assert result.returncode == 0
    assert "no plan yet" in result.stdout


def test_checkin_records_and_replaces_a_week(run_cli) -> None:
    first = run_cli("checkin", "--week", "2026-W47", "--execution", "30", "--strategy", "10")
    assert first.returncode == 0, first.stderr
    assert "recorded: 25% strategy" in first.stdout
    second = run_cli(
        "checkin", "--week", "2026-W47", "--execution", "20", "--strategy", "20", "--note", "Better"
    )
    assert "replaced: 50% strategy" in second.stdout
    exported = json.loads(run_cli("export").stdout)
    assert exported["checkins"] == [
        {
            "week": "2026-W47",
            "execution_hours": 20.0,
            "strategy_hours": 20.0,
            "item_hours": [],
            "note": "Better",
            "answers": [],
        }
    ]


def test_export_import_export_is_byte_identical(run_cli, tmp_path: Path) -> None:
    assert run_cli("sample", env=TODAY).returncode == 0
    first = tmp_path / "first.json"
    assert run_cli("export", "-o", str(first)).returncode == 0
    other = tmp_path / "other"
    imported = run_cli("import", str(first), data_dir=other)
    assert imported.returncode == 0, imported.stderr
    second = tmp_path / "second.json"
    assert run_cli("export", "-o", str(second), data_dir=other).returncode == 0
    assert first.read_bytes() == second.read_bytes()
    doc = json.loads(first.read_text(encoding="utf-8"))
    assert list(doc)[:2] == ["format", "version"]
    assert doc["format"] == "altitude-plan" and doc["version"] == 5
    assert stat.S_IMODE(first.stat().st_mode) == 0o600


def test_export_csv_lists_the_weeks(run_cli) -> None:
    assert run_cli("sample", env=TODAY).returncode == 0
    result = run_cli("export", "--format", "csv")
    lines = result.stdout.splitlines()
    assert lines[0] == "week,execution_hours,strategy_hours,strategy_share,note"
    assert len(lines) == 13


def test_import_refuses_to_replace_without_flag_and_replaces_with_it(
    run_cli, tmp_path: Path
) -> None:
    assert run_cli("sample", env=TODAY).returncode == 0
    plan = tmp_path / "plan.json"
    run_cli("export", "-o", str(plan))
    refused = run_cli("import", str(plan))
    assert refused.returncode == 1
    assert "--replace" in refused.stderr
    replaced = run_cli("import", str(plan), "--replace")
    assert replaced.returncode == 0, replaced.stderr


def test_report_writes_a_pdf(run_cli, tmp_path: Path) -> None:
    assert run_cli("sample", env=TODAY).returncode == 0
    out = tmp_path / "plan.pdf"
    result = run_cli("report", "-o", str(out), env=TODAY)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:5] == b"%PDF-"


def test_every_command_has_help(run_cli) -> None:
    for command in ("sample", "status", "checkin", "export", "import", "report"):
        result = run_cli(command, "--help")
        assert result.returncode == 0
        assert f"altitude {command}" in result.stdout


def test_status_names_the_weeks_without_a_check_in(run_cli) -> None:
    assert run_cli("sample", env=TODAY).returncode == 0
    later = run_cli("status", env={"ALTITUDE_TODAY": "2026-12-09"})  # two weeks on, none logged
    assert later.returncode == 0, later.stderr
    assert "No check-in for 2026-W48, 2026-W49." in later.stdout
    now = run_cli("status", env=TODAY)
    assert "No check-in for" not in now.stdout
