"""Run ``altitude remind`` on the check-in weekday while Altitude is closed: opt-in.

Two ways, per user, nothing system-wide:

- a **systemd user timer** (``$XDG_CONFIG_HOME/systemd/user/altitude-remind.timer`` and
  ``.service``), where ``systemctl --user`` answers: it fires on the weekday at 09:00, and
  at the next start when the computer was off then (``Persistent=true``);
- else an **XDG autostart entry** (``$XDG_CONFIG_HOME/autostart/altitude-remind.desktop``):
  the session runs it at each log-in, and ``remind`` itself says nothing on days when
  nothing is due.

Whether it is on is read back from the files (no setting in the plan). Files are 0600
(``atomic_files``), the folders this creates 0700. ``Runner`` runs ``systemctl``; tests
pass one that records.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from altitude.atomic_files import PRIVATE_FOLDER, write_bytes_atomic
from altitude.errors import FileWriteError
from altitude.services.reminders.command_line import desktop_exec, remind_command, systemd_exec

NAME = "altitude-remind"
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")  # systemd's names; 0 = Monday
AT = "09:00:00"  # the hour the timer fires on the weekday
Runner = Callable[[Sequence[str]], bool]  # runs a command; True when it succeeded


class Way(StrEnum):
    SYSTEMD = "systemd"
    AUTOSTART = "autostart"
    NONE = "none"  # not Linux, or no home folder to write into


@dataclass(frozen=True, slots=True)
class Outcome:
    """What switching on or off did: the way, the files written or removed, and whether
    ``systemctl --user`` took the timer (False: written, not enabled; the GUI words it)."""

    way: Way
    files: tuple[Path, ...]
    enabled: bool = True


def run_quietly(command: Sequence[str]) -> bool:
    """Run ``command`` (systemctl) without a terminal; False when it is missing or fails."""
    try:
        done = subprocess.run(  # noqa: S603 - systemctl with fixed arguments
            list(command),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=5,  # Settings asks when it opens: never hang it for long
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0


def config_home() -> Path | None:
    """$XDG_CONFIG_HOME when it is an absolute path (the spec ignores others), else
    ~/.config; None without a home folder."""
    chosen = os.environ.get("XDG_CONFIG_HOME", "")
    if chosen and os.path.isabs(chosen):
        return Path(chosen)
    home = os.environ.get("HOME", "")
    return Path(home) / ".config" if home and os.path.isabs(home) else None


def autostart_file(config: Path) -> Path:
    return config / "autostart" / f"{NAME}.desktop"


def unit_files(config: Path) -> tuple[Path, Path]:
    folder = config / "systemd" / "user"
    return folder / f"{NAME}.service", folder / f"{NAME}.timer"


class Schedule:
    """The reminder schedule of one data folder's plan."""

    def __init__(
        self,
        data_dir: Path,
        runner: Runner = run_quietly,
        platform: str = sys.platform,
        config: Path | None = None,
    ) -> None:
        self.data_dir = Path(data_dir).resolve()
        self.runner = runner
        self.platform = platform
        self.config = config if config is not None else config_home()

    def available(self) -> Way:
        """How reminders can be scheduled here; NONE says Settings can't offer them."""
        if not self.platform.startswith("linux") or self.config is None:
            return Way.NONE
        if self.runner(["systemctl", "--user", "show-environment"]):
            return Way.SYSTEMD
        return Way.AUTOSTART

    def installed(self) -> Way:
        """Which files are there now (the switch's state); NONE when switched off."""
        if self.config is None:
            return Way.NONE
        if any(path.exists() for path in unit_files(self.config)):
            return Way.SYSTEMD
        if autostart_file(self.config).exists():
            return Way.AUTOSTART
        return Way.NONE

    def switch_on(self, weekday: int) -> Outcome:
        """Write the files for ``weekday`` (0 = Monday), replacing any older ones."""
        way = self.available()
        if way is Way.NONE or self.config is None:
            return Outcome(Way.NONE, (), enabled=False)
        self.switch_off()  # one way at a time, and a changed weekday replaces the old one
        if way is Way.SYSTEMD:
            service, timer = unit_files(self.config)
            _write(service, service_unit(self.data_dir))
            _write(timer, timer_unit(weekday))
            enabled = self.runner(["systemctl", "--user", "daemon-reload"]) and self.runner(
                ["systemctl", "--user", "enable", "--now", timer.name]
            )
            return Outcome(way, (service, timer), enabled=enabled)
        entry = autostart_file(self.config)
        _write(entry, desktop_entry(self.data_dir))
        return Outcome(way, (entry,))

    def switch_off(self) -> Outcome:
        """Remove whatever files there are; nothing else of the user's is touched."""
        if self.config is None:
            return Outcome(Way.NONE, ())
        removed: list[Path] = []
        service, timer = unit_files(self.config)
        if timer.exists():
            self.runner(["systemctl", "--user", "disable", "--now", timer.name])
        for path in (service, timer, autostart_file(self.config)):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
                removed.append(path)
        if service in removed or timer in removed:
            self.runner(["systemctl", "--user", "daemon-reload"])
        return Outcome(Way.NONE, tuple(removed))


def _write(path: Path, text: str) -> None:
    _make_folders(path.parent)
    write_bytes_atomic(path, text.encode("utf-8"))


def _make_folders(folder: Path) -> None:
    """Create the missing folders 0700; those that exist keep their mode."""
    missing: list[Path] = []
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for path in reversed(missing):
        try:
            path.mkdir(mode=PRIVATE_FOLDER)
            os.chmod(path, PRIVATE_FOLDER)  # mkdir's mode passes through the umask
        except OSError as exc:
            raise FileWriteError.from_os_error(path, exc) from exc


def desktop_entry(data_dir: Path) -> str:
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Altitude reminder\n"
        "Comment=Reminds you of the weekly check-in when it is due\n"
        f"Exec={desktop_exec(remind_command(data_dir))}\n"
        "Terminal=false\n"
        "NoDisplay=true\n"
        "X-GNOME-Autostart-Delay=30\n"  # the notification server is up by then
    )


def service_unit(data_dir: Path) -> str:
    return (
        "[Unit]\n"
        "Description=Altitude: remind me of the weekly check-in\n\n"
        "[Service]\n"
        "Type=oneshot\n"
        f"ExecStart={systemd_exec(remind_command(data_dir))}\n"
        "TimeoutStartSec=15min\n"  # remind --wait stays at most ten minutes for a click
    )


def timer_unit(weekday: int) -> str:
    return (
        "[Unit]\n"
        "Description=Altitude: weekly check-in reminder\n\n"
        "[Timer]\n"
        f"OnCalendar={WEEKDAYS[weekday]} *-*-* {AT}\n"
        "Persistent=true\n\n"
        "[Install]\n"
        "WantedBy=timers.target\n"
    )
