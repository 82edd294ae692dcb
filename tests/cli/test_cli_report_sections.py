"""`altitude report --sections …` and what `altitude status` says is due in the journal and
the feedback log, run as a user would: a subprocess on a real data folder."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from altitude.cli.parser import SECTION_HELP
from altitude.domain.entities import REPORT_SECTIONS

SAMPLE_DAY = {"ALTITUDE_TODAY": "2026-11-23"}
LATER = {"ALTITUDE_TODAY": "2026-12-09"}  # reviews and follow-ups have come due by then
DECISION = "Ship the refund-service migration before the quarter close"
FEEDBACK = "I re-reviewed pull requests she had already approved"


def text_of(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


def test_the_help_names_every_section(run_cli) -> None:
    assert tuple(SECTION_HELP) == REPORT_SECTIONS  # said once each, in the report's order
    result = run_cli("report", "--help")
    assert result.returncode == 0
    for name, text in SECTION_HELP.items():
        assert name in result.stdout and text in result.stdout
    assert "--sections" in result.stdout and "(default: all)" in result.stdout


def test_sections_choose_what_the_report_holds(run_cli, tmp_path: Path) -> None:
    assert run_cli("sample", env=SAMPLE_DAY).returncode == 0
    everything, private_left_out = tmp_path / "all.pdf", tmp_path / "plan.pdf"
    result = run_cli("report", "-o", str(everything), env=LATER)
    assert result.returncode == 0, result.stderr
    assert "decisions, feedback" in result.stdout
    result = run_cli("report", "--sections", "plan,charts", "-o", str(private_left_out), env=LATER)
    assert result.returncode == 0, result.stderr
    assert "(3 pages: plan, charts)" in result.stdout
    assert DECISION in text_of(everything) and FEEDBACK in text_of(everything)
    text = text_of(private_left_out)
    assert DECISION not in text and FEEDBACK not in text
    assert "Why I want to lead" in text


def test_an_unknown_section_is_refused_in_one_line_and_nothing_is_written(
    run_cli, tmp_path: Path
) -> None:
    assert run_cli("sample", env=SAMPLE_DAY).returncode == 0
    out = tmp_path / "r.pdf"
    result = run_cli("report", "--sections", "plan,diary", "-o", str(out), env=LATER)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "'diary'" in result.stderr
    assert "plan, charts, inventory, delegations, decisions, feedback" in result.stderr
    assert not out.exists()


def test_status_lists_decisions_due_for_review_and_follow_ups_due(run_cli) -> None:
    assert run_cli("sample", env=SAMPLE_DAY).returncode == 0
    before = run_cli("status", env=SAMPLE_DAY).stdout
    assert "Review your decision" not in before and "Follow up with" not in before
    status = run_cli("status", env=LATER)
    assert status.returncode == 0, status.stderr
    out = status.stdout
    assert "Review your decision “Take back sign-off for payment-gateway releases”" in out
    assert "Follow up with Hannah Becker on “Agree with Hannah" in out
