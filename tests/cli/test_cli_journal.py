"""`altitude decide` and `altitude decisions`, run as a user would."""

from __future__ import annotations

import json

TODAY = {"ALTITUDE_TODAY": "2026-11-23"}
DECIDE = (
    "decide", "--decision", "Move the stand-up to ten", "--kind", "process",
    "--door", "two-way", "--information", "70", "--option", "Ten", "--option", "Half past nine",
    "--choice", "Ten", "--rationale", "Two people commute", "--expect", "Everyone on time",
    "--by", "2026-12-15", "--confidence", "75",
)  # fmt: skip


def _with(option: str, value: str) -> tuple[str, ...]:
    args = list(DECIDE)
    args[args.index(option) + 1] = value
    return tuple(args)


def test_decide_records_a_decision_reviewed_by_its_door(run_cli) -> None:
    made = run_cli(*DECIDE, "--made-by", "priya raman", env=TODAY)
    assert made.returncode == 1 and "No one on your team" in made.stderr  # no team yet
    assert run_cli("sample", env=TODAY).returncode == 0
    made = run_cli(*DECIDE, "--made-by", "priya raman", env=TODAY)
    assert made.returncode == 0, made.stderr
    assert "review on 2026-12-14" in made.stdout
    listed = run_cli("decisions", env=TODAY)
    assert "6 decisions, 0 due for review." in listed.stdout
    assert "Move the stand-up to ten (two-way, 75%, made by Priya Raman)" in listed.stdout
    doc = json.loads(run_cli("decisions", "--json", env=TODAY).stdout)
    assert doc[-1]["made_by_id"] == 1 and doc[-1]["options"] == ["Ten", "Half past nine"]


def test_decisions_shows_what_is_due_and_status_says_so(run_cli) -> None:
    assert run_cli("sample", env=TODAY).returncode == 0
    later = {"ALTITUDE_TODAY": "2026-12-01"}
    listed = run_cli("decisions", env=later).stdout
    assert "1 due for review" in listed and "review due since 2026-11-30" in listed
    status = run_cli("status", env=later).stdout
    assert "Review your decision “Page the on-call engineer first" in status
    assert "Follow up with Hannah Becker" in status


def test_decide_refuses_in_one_line_and_writes_nothing(run_cli) -> None:
    assert run_cli("sample", env=TODAY).returncode == 0
    before = run_cli("export").stdout
    for args, expected in [
        (_with("--door", "sideways"), "--door: Choose one-way or two-way."),
        (_with("--confidence", "120"), "--confidence: '120' is not a whole percent"),
        (_with("--by", "15/12/2026"), "--by: '15/12/2026' is not a date"),
        (_with("--choice", "Eleven"), "chosen: Choose one of the options"),
        (_with("--by", "2026-11-01"), "expected_by:"),
    ]:
        result = run_cli(*args, env=TODAY)
        assert result.returncode == 1
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and expected in lines[0], result.stderr
    assert run_cli("export").stdout == before


def test_every_option_has_help(run_cli) -> None:
    text = run_cli("decide", "--help").stdout
    for option in ("--decision", "--door", "--information", "--made-by", "--review-on"):
        assert option in text
    assert "21 days" in text and "90" in text
