"""``altitude remind``: one desktop notification when the check-in is due or something needs
attention, else one line; exit 0 either way (a damaged plan is an error, as elsewhere).

Clicking the notification must open the app, but the server tells only the connection that
posted it, and only while it lives. So the notification is posted by a process that stays:

- ``remind`` (by hand, in a terminal) starts ``remind --wait`` detached from the terminal
  (its own session, no stdin, its output to /dev/null after its first line) and exits once
  that child says whether the notification showed;
- ``remind --wait`` (what the autostart entry and the systemd timer run) posts, then waits
  at most ten minutes for the click, runs ``altitude --checkin`` on it, and exits.

Where no session bus is reachable, or no server answers, the same words are printed.
"""

from __future__ import annotations

import argparse
import os
import select
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from altitude.services import Altitude
from altitude.services.reminders import Nudge, what_is_due
from altitude.services.reminders.command_line import altitude_command, open_checkin_command
from altitude.services.reminders.due import NOTHING_DUE

WAIT_SECONDS = 600.0  # how long a posted notification is listened to for its click
CHILD_ANSWER_SECONDS = 20.0  # how long ``remind`` waits for the child's first line
SHOWN, NOT_SHOWN = "shown", "not-shown"
ACTION_LABEL = "Open check-in"

# (nudge, data folder) -> the notification's (title, body, action label) in the user's
# language; the entry point installs the GUI's (``altitude.ui.reminder_words``), which the
# CLI may not import. Without one, the notification is English as the printed lines are.
Wording = Callable[[Nudge, Path], tuple[str, str, str]]
_wording: list[Wording] = []


def install_wording(wording: Wording) -> None:
    _wording[:] = [wording]


def notification_words(nudge: Nudge, data_dir: Path) -> tuple[str, str, str]:
    if _wording:
        return _wording[0](nudge, data_dir)
    return nudge.summary, nudge.body, ACTION_LABEL


def cmd_remind(service: Altitude, args: argparse.Namespace) -> int:
    nudge = what_is_due(service.overview(), service.today())
    if nudge is None:
        print(NOTHING_DUE)
        return 0
    data_dir = service.data_folder()
    service.close()  # read; waiting for a click must not keep the plan open
    if args.wait:
        return post_and_wait(nudge, data_dir, answer_parent=args.detached)
    return post_detached(nudge, data_dir)


def post_detached(nudge: Nudge, data_dir: Path) -> int:
    from altitude.notify import bus_reachable  # Qt-free check; QtDBus loads in the child

    if not bus_reachable():
        print(nudge.line)
        return 0
    command = [*altitude_command(), "--data-dir", str(data_dir), "remind", "--wait", "--detached"]
    try:
        child = subprocess.Popen(  # noqa: S603 - this program, with our own arguments
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # not ended by the terminal closing
            close_fds=True,
        )
    except OSError:
        print(nudge.line)
        return 0
    assert child.stdout is not None  # noqa: S101 - stdout=PIPE
    ready, _, _ = select.select([child.stdout], [], [], CHILD_ANSWER_SECONDS)
    answer = child.stdout.readline().decode("utf-8", "replace").strip() if ready else ""
    child.stdout.close()
    if answer != SHOWN:
        print(nudge.line)
    return 0


def post_and_wait(nudge: Nudge, data_dir: Path, answer_parent: bool = False) -> int:
    from altitude.notify import bus_reachable

    shown, notifier = False, None
    if bus_reachable():
        from altitude.notify import DesktopNotifier

        notifier = DesktopNotifier()  # the Qt app the translators need
        shown = notifier.post(*notification_words(nudge, data_dir)) > 0
    if answer_parent:
        print(SHOWN if shown else NOT_SHOWN, flush=True)
        _detach_output()
    elif not shown:
        print(nudge.line, flush=True)
    if notifier is None or not shown:
        return 0
    from altitude.notify import Click

    if notifier.wait(WAIT_SECONDS) is Click.OPENED:
        open_checkin(data_dir)
    return 0


def open_checkin(data_dir: Path) -> None:
    """The app on the check-in; a running window for this plan takes the request itself."""
    try:
        subprocess.Popen(  # noqa: S603 - this program, with our own arguments
            open_checkin_command(data_dir),
            stdin=subprocess.DEVNULL,
            start_new_session=True,
            close_fds=True,
        )
    except OSError as exc:
        print(f"altitude remind: could not start Altitude: {exc.strerror or exc}", file=sys.stderr)


def _detach_output() -> None:
    """After the first line the parent has gone: stdout and stderr point at /dev/null."""
    sys.stdout.flush()
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    os.close(devnull)
