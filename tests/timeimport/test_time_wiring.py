"""How the time import sits in the app: not loaded at start-up, the rules file checked,
no network, clean one-line errors from a real process."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from time_helpers import FIXTURES, RULES, Cli

from altitude.domain.worktime.rules import Rule, RuleMode
from altitude.timeimport.errors import TimeImportError
from altitude.timeimport.rules_toml import read_rules

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
TIME_MODULES = (
    "altitude.timeimport",
    "altitude.domain.time_",
    "altitude.services.time.requests",
    "icalendar",
    "recurring_ical_events",
    "dateutil",
)


def test_nothing_of_the_time_import_loads_with_the_gui_or_the_command_table() -> None:
    script = (
        "import sys, altitude.services.service, altitude.cli.parser, altitude.cli.run, "
        "altitude.ui.app\n"
        f"print([m for m in sys.modules if m.startswith({TIME_MODULES!r})])"
    )
    env = dict(os.environ, PYTHONPATH=str(DESKTOP), QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=120,
    )
    assert out.stdout.strip() == "[]"


def test_the_rules_file_of_the_issue_reads_in_order() -> None:
    rules = read_rules(RULES.read_bytes(), "rules.toml")
    assert rules[0] == Rule(("review", "standup", "fix"), RuleMode.EXECUTION)
    assert rules[1] == Rule(("1:1", "one-to-one"), RuleMode.STRATEGY, "One-to-ones with your team")
    assert [r.mode for r in rules] == ["execution", "strategy", "strategy", "ignore"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[[rule]\n", "rules.toml: not valid TOML"),
        ("", "rules.toml: the file is empty"),
        ("[[rule]]\nwords = []\nmode = 'execution'\n", "rule 1: words must be a list of texts"),
        (
            "[[rule]]\nwords = ['a']\nmode = 'meetings'\n",
            "rule 1: mode must be one of execution, strategy, ignore",
        ),
        (
            "[[rule]]\nwords = ['a']\nmode = 'ignore'\n[[rule]]\nwords = ['b']\n",
            "rule 2: mode must be",
        ),
        ("[[rule]]\nwords = ['a']\nmode = 'ignore'\ncolour = 'red'\n", "unknown key 'colour'"),
        ("[[rule]]\nwords = [' ']\nmode = 'ignore'\n", "each word must be a non-empty text"),
        (
            "[[rule]]\nwords = ['a']\nmode = 'ignore'\nitem = 3\n",
            "item must be an inventory item's title",
        ),
        ("rules = 1\n", "unknown key 'rules'"),
        ("rule = 1\n", "no rules; write at least one [[rule]] table"),
    ],
)
def test_a_bad_rules_file_is_refused_saying_where(text: str, expected: str) -> None:
    with pytest.raises(TimeImportError, match=re.escape(expected)):
        read_rules(text.encode(), "rules.toml")


def test_a_missing_file_or_rules_file_is_one_line(cli: Cli, tmp_path: Path) -> None:
    missing = cli("preview", str(tmp_path / "nope.ics"))
    assert missing.code == 1 and missing.err.strip().endswith("nope.ics: no such file")
    rules = cli("preview", "toggl.csv", "--rules", str(tmp_path / "none.toml"), "--zone", "UTC")
    assert rules.code == 1 and "none.toml: no such file" in rules.err
    zone = cli("preview", "toggl.csv", "--zone", "Mars/Olympus")
    assert zone.code == 1 and "--zone 'Mars/Olympus': not a time zone" in zone.err
    weeks = None
    with pytest.raises(SystemExit):
        weeks = cli("preview", "toggl.csv", "--weeks", "2026-W14..2026-W10")
    assert weeks is None


def test_a_real_process_prints_one_line_and_no_traceback(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "broken.ics"
    broken.write_bytes((FIXTURES / "recurrence.ics").read_bytes()[:300])
    result = run_cli("time", "apply", str(broken), "--weeks", "2026-W12", "--zone", "UTC")
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith("altitude time apply: error: broken.ics: the file ends inside")
    assert result.stderr.count("\n") == 1


def test_time_preview_opens_no_network_socket(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    strace = shutil.which("strace")
    if strace is None:
        pytest.skip("strace is not installed")
    trace = tmp_path / "trace"
    command = [
        strace,
        "-f",
        "-e",
        "trace=socket,connect",
        "-o",
        str(trace),
        sys.executable,
        "-m",
        "altitude",
        "--data-dir",
        str(tmp_path / "d"),
        "time",
        "preview",
        "--json",
        str(FIXTURES / "recurrence.ics"),
        "--zone",
        "Europe/Berlin",
    ]
    env = dict(os.environ, PYTHONPATH=str(DESKTOP))
    done = subprocess.run(
        command, capture_output=True, text=True, env=env, timeout=120, check=False
    )
    if done.returncode != 0 and not trace.exists():
        pytest.skip(f"strace cannot trace here: {done.stderr.strip()[:200]}")
    assert done.returncode == 0, done.stderr
    assert not re.search(r"AF_INET6?\b", trace.read_text())


def test_the_benchmark_calendar_is_what_it_says(monkeypatch: pytest.MonkeyPatch) -> None:
    """benchmarks/time_import.py is run by hand: check here that its calendar still holds
    25,000 events with 40 weekly series and their exceptions (no timing)."""
    monkeypatch.syspath_prepend(str(DESKTOP.parent / "benchmarks"))
    import time_import

    data = time_import.generate_calendar()
    events = data.count(b"BEGIN:VEVENT")
    overrides = data.count(b"RECURRENCE-ID")
    assert events - overrides == 25_000
    assert data.count(b"RRULE:FREQ=WEEKLY") == 40 and overrides == 120
    assert data.count(b"EXDATE") == 200
    sys.modules.pop("time_import", None)
