"""The reminder schedule: an XDG autostart entry or a systemd user timer, written and removed."""

from __future__ import annotations

import shlex
import shutil
import stat
import subprocess
from collections.abc import Sequence
from pathlib import Path

import pytest

from altitude.services.reminders.command_line import (
    CommandLineError,
    altitude_command,
    desktop_exec,
    systemd_exec,
)
from altitude.services.reminders.schedule import Schedule, Way, autostart_file, unit_files

AWKWARD = Path('/tmp/My Plans/it\'s 100% "mine" $HOME\\x')  # spaces, quotes, %, $, backslash


class Systemctl:
    """Records the commands; answers as a working (or missing) ``systemctl --user``."""

    def __init__(self, works: bool) -> None:
        self.works = works
        self.calls: list[list[str]] = []

    def __call__(self, command: Sequence[str]) -> bool:
        self.calls.append(list(command))
        return self.works


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def unescape_desktop_string(value: str) -> str:
    """The spec's string escapes (only ``\\\\`` occurs in an Exec we write)."""
    return value.replace("\\\\", "\\")


def exec_args(value: str) -> list[str]:
    """Split an Exec value as the Desktop Entry spec says: the string escapes first, then
    arguments by spaces, where a double-quoted one takes ``\\"`` ``\\``` ``\\$``
    ``\\\\`` as those characters; then ``%%`` is ``%``."""
    text, args, i = unescape_desktop_string(value), [], 0
    while i < len(text):
        if text[i] == " ":
            i += 1
            continue
        word = ""
        if text[i] == '"':
            i += 1
            while text[i] != '"':
                if text[i] == "\\" and text[i + 1] in '"`$\\':
                    i += 1
                word += text[i]
                i += 1
            i += 1
        else:
            while i < len(text) and text[i] != " ":
                word += text[i]
                i += 1
        args.append(word.replace("%%", "%"))
    return args


def test_autostart_entry_is_written_private_and_runs_remind(tmp_path: Path) -> None:
    config = tmp_path / "config"
    runner = Systemctl(works=False)
    schedule = Schedule(AWKWARD, runner=runner, platform="linux", config=config)
    assert schedule.available() is Way.AUTOSTART
    assert schedule.installed() is Way.NONE
    outcome = schedule.switch_on(weekday=4)
    entry = autostart_file(config)
    assert outcome.way is Way.AUTOSTART and outcome.files == (entry,)
    assert schedule.installed() is Way.AUTOSTART
    assert mode(entry) == 0o600
    assert mode(entry.parent) == 0o700 and mode(config) == 0o700  # folders it created
    text = entry.read_text(encoding="utf-8")
    assert text.startswith("[Desktop Entry]\nType=Application\n")
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    args = exec_args(exec_line.removeprefix("Exec="))
    assert args == [*altitude_command(), "--data-dir", str(AWKWARD), "remind", "--wait"]
    assert ["systemctl", "--user", "enable", "--now", "altitude-remind.timer"] not in runner.calls


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="no desktop-file-utils")
def test_the_autostart_entry_is_valid(tmp_path: Path) -> None:
    schedule = Schedule(AWKWARD, runner=Systemctl(False), platform="linux", config=tmp_path)
    schedule.switch_on(weekday=0)
    checked = subprocess.run(
        ["desktop-file-validate", str(autostart_file(tmp_path))],
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "error" not in checked.stdout.lower()


def test_switching_off_removes_the_entry_and_nothing_else(tmp_path: Path) -> None:
    schedule = Schedule(
        tmp_path / "data", runner=Systemctl(False), platform="linux", config=tmp_path
    )
    other = tmp_path / "autostart" / "someone-else.desktop"
    schedule.switch_on(weekday=4)
    other.write_text("[Desktop Entry]\n", encoding="utf-8")
    outcome = schedule.switch_off()
    assert outcome.files == (autostart_file(tmp_path),)
    assert not autostart_file(tmp_path).exists()
    assert other.exists()
    assert schedule.installed() is Way.NONE
    assert schedule.switch_off().files == ()  # off twice: nothing to do, no error


def test_systemd_timer_on_the_weekday_enabled_then_disabled(tmp_path: Path) -> None:
    runner = Systemctl(works=True)
    schedule = Schedule(AWKWARD, runner=runner, platform="linux", config=tmp_path)
    assert schedule.available() is Way.SYSTEMD
    outcome = schedule.switch_on(weekday=2)
    service, timer = unit_files(tmp_path)
    assert outcome.way is Way.SYSTEMD and outcome.enabled
    assert outcome.files == (service, timer)
    assert mode(service) == mode(timer) == 0o600
    assert mode(tmp_path / "systemd") == mode(tmp_path / "systemd" / "user") == 0o700
    timer_text = timer.read_text(encoding="utf-8")
    assert "OnCalendar=Wed *-*-* 09:00:00\n" in timer_text
    assert "Persistent=true\n" in timer_text and "WantedBy=timers.target\n" in timer_text
    service_text = service.read_text(encoding="utf-8")
    exec_start = next(x for x in service_text.splitlines() if x.startswith("ExecStart="))
    words = shlex.split(exec_start.removeprefix("ExecStart="))
    unescaped = [w.replace("%%", "%").replace("$$", "$") for w in words]
    assert unescaped == [*altitude_command(), "--data-dir", str(AWKWARD), "remind", "--wait"]
    assert ["systemctl", "--user", "daemon-reload"] in runner.calls
    assert runner.calls[-1] == ["systemctl", "--user", "enable", "--now", "altitude-remind.timer"]
    assert not autostart_file(tmp_path).exists()  # one way at a time

    runner.calls.clear()
    schedule.switch_off()
    assert not service.exists() and not timer.exists()
    assert runner.calls[0] == ["systemctl", "--user", "disable", "--now", "altitude-remind.timer"]
    assert runner.calls[-1] == ["systemctl", "--user", "daemon-reload"]


def test_a_new_weekday_replaces_the_timer(tmp_path: Path) -> None:
    schedule = Schedule(tmp_path / "d", runner=Systemctl(True), platform="linux", config=tmp_path)
    schedule.switch_on(weekday=4)
    schedule.switch_on(weekday=0)
    assert "OnCalendar=Mon " in unit_files(tmp_path)[1].read_text(encoding="utf-8")


def test_systemctl_that_fails_to_enable_is_reported(tmp_path: Path) -> None:
    calls: list[list[str]] = []

    def runner(command: Sequence[str]) -> bool:
        calls.append(list(command))
        return command[-1] == "show-environment"  # the user manager answers, enabling fails

    outcome = Schedule(tmp_path / "d", runner=runner, platform="linux", config=tmp_path).switch_on(
        4
    )
    assert outcome.way is Way.SYSTEMD and not outcome.enabled
    assert unit_files(tmp_path)[1].exists()  # the files are there to enable by hand


def test_not_linux_or_no_home_offers_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", "")
    monkeypatch.setenv("XDG_CONFIG_HOME", "")
    for schedule in (
        Schedule(tmp_path, runner=Systemctl(True), platform="darwin", config=tmp_path),
        Schedule(tmp_path, runner=Systemctl(True), platform="linux", config=None),
    ):
        assert schedule.available() is Way.NONE
        assert schedule.switch_on(4).way is Way.NONE
    assert list(tmp_path.iterdir()) == []


def test_config_home_honours_xdg_config_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    assert Schedule(tmp_path).config == tmp_path / "xdg"
    monkeypatch.setenv("XDG_CONFIG_HOME", "relative/ignored")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert Schedule(tmp_path).config == tmp_path / "home" / ".config"


def test_exec_quoting_by_each_format() -> None:
    assert desktop_exec(["/usr/bin/altitude", "remind"]) == "/usr/bin/altitude remind"
    assert desktop_exec(["/a b/c"]) == '"/a b/c"'
    assert desktop_exec(['say "hi"']) == '"say \\\\"hi\\\\""'  # \" then the string escape
    assert desktop_exec(["100%"]) == "100%%"
    assert desktop_exec([""]) == '""'
    assert systemd_exec(["/a b", "50%", "$HOME"]) == '"/a b" "50%%" "$$HOME"'
    with pytest.raises(CommandLineError):
        desktop_exec(["/a\nb"])
