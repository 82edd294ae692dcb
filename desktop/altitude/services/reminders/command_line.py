"""The command that runs Altitude again, and how to write it into a desktop entry or a unit.

``altitude remind`` is started later by the session (XDG autostart) or by systemd, and a
click on its notification starts the app: both need this very program's command line,
with paths that may hold spaces, quotes or ``%``, written by each format's own rules.
"""

from __future__ import annotations

import sys
from pathlib import Path

from altitude.errors import AltitudeError

# Desktop Entry spec, "The Exec key": an argument holding any of these must be quoted.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
# ... and inside double quotes these four are escaped with a backslash.
_ESCAPED_IN_QUOTES = set('"`$\\')


class CommandLineError(AltitudeError):
    """A path that no desktop entry or unit file can hold (a line break in it)."""


def altitude_command() -> list[str]:
    """This program: the frozen executable, or this Python running the package."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "altitude"]


def remind_command(data_dir: Path) -> list[str]:
    """What the schedule runs: wait for a click (at most ten minutes), then exit."""
    return [*altitude_command(), "--data-dir", str(data_dir), "remind", "--wait"]


def open_checkin_command(data_dir: Path) -> list[str]:
    """What a click on the notification runs: the app, on this week's check-in."""
    return [*altitude_command(), "--data-dir", str(data_dir), "--checkin"]


def _refuse_line_breaks(args: list[str]) -> None:
    for arg in args:
        if "\n" in arg or "\r" in arg:
            raise CommandLineError(f"{arg!r}: a path with a line break can't be scheduled")


def desktop_exec(args: list[str]) -> str:
    """The Exec value: quoted where the spec asks, then escaped as a desktop string value.

    Two layers, as the spec says: inside a quoted argument ``" ` $ \\`` take a backslash;
    then the whole value is a string, where every backslash is doubled. ``%`` is always
    ``%%`` (a field code otherwise).
    """
    _refuse_line_breaks(args)
    words = []
    for arg in args:
        word = arg.replace("%", "%%")
        if not arg or any(c in _RESERVED for c in arg):
            inner = "".join(f"\\{c}" if c in _ESCAPED_IN_QUOTES else c for c in word)
            word = f'"{inner}"'
        words.append(word)
    return " ".join(words).replace("\\", "\\\\")


def systemd_exec(args: list[str]) -> str:
    """ExecStart: every argument double-quoted with C escapes; ``%`` and ``$`` doubled
    (specifiers and variable expansion otherwise)."""
    _refuse_line_breaks(args)
    words = []
    for arg in args:
        escaped = arg.replace("\\", "\\\\").replace('"', '\\"')
        escaped = escaped.replace("%", "%%").replace("$", "$$")
        words.append(f'"{escaped}"')
    return " ".join(words)
