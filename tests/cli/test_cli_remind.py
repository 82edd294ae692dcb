"""`altitude remind` where no desktop session is reachable: one line, exit 0; errors as ever."""

from __future__ import annotations

from pathlib import Path

import pytest

FRIDAY = "2026-11-27"  # the default check-in day; the sample's week 2026-W48 is not logged
NO_SESSION = {
    "DBUS_SESSION_BUS_ADDRESS": "",  # no bus address ...
    "DISPLAY": "",  # ... nor a display to autolaunch one on
    "WAYLAND_DISPLAY": "",
}


def no_session(tmp_path: Path) -> dict[str, str]:
    runtime = tmp_path / "runtime"  # ... nor the per-user bus socket libdbus would try
    runtime.mkdir(mode=0o700, exist_ok=True)
    return {**NO_SESSION, "XDG_RUNTIME_DIR": str(runtime)}


def test_without_a_session_bus_the_checkin_is_printed(run_cli, tmp_path: Path) -> None:
    env = {**no_session(tmp_path), "ALTITUDE_TODAY": FRIDAY}
    assert run_cli("sample", env=env).returncode == 0
    result = run_cli("remind", env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Your weekly check-in is due (week of 23 Nov).\n"
    assert result.stderr == ""
    waited = run_cli("remind", "--wait", env=env)  # what the schedule runs: the same
    assert (waited.returncode, waited.stdout) == (0, result.stdout)


def test_before_the_checkin_day_attention_is_printed(run_cli, tmp_path: Path) -> None:
    env = {**no_session(tmp_path), "ALTITUDE_TODAY": "2026-11-23"}
    assert run_cli("sample", env=env).returncode == 0
    result = run_cli("remind", env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("\n") == 1
    assert "need your attention: " in result.stdout or "needs your attention: " in result.stdout


def test_nothing_due_says_so(run_cli, tmp_path: Path) -> None:
    result = run_cli("remind", env={**no_session(tmp_path), "ALTITUDE_TODAY": FRIDAY})
    assert (result.returncode, result.stdout, result.stderr) == (0, "Nothing due.\n", "")


def test_a_damaged_plan_is_an_error_in_one_line(run_cli, data_dir: Path, tmp_path: Path) -> None:
    (data_dir / "altitude.db").write_text("not a database at all " * 100, encoding="utf-8")
    result = run_cli("remind", env=no_session(tmp_path))
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith("altitude remind: error: ")
    assert result.stderr.count("\n") == 1


@pytest.mark.slow
def test_a_bus_address_that_leads_nowhere_prints_too(run_cli, tmp_path: Path) -> None:
    env = {
        **no_session(tmp_path),
        "DBUS_SESSION_BUS_ADDRESS": f"unix:path={tmp_path / 'no-such-bus'}",
        "ALTITUDE_TODAY": FRIDAY,
    }
    assert run_cli("sample", env=env).returncode == 0
    for args in (("remind",), ("remind", "--wait")):
        result = run_cli(*args, env=env)
        assert result.returncode == 0, result.stderr
        assert result.stdout == "Your weekly check-in is due (week of 23 Nov).\n"
