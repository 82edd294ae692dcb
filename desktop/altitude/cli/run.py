"""Run one headless command: open the store, call the service, map errors to one line.

An AltitudeError is the user's to act on: its line, exit code 1. Anything else is a bug:
one line saying so and where the log with its traceback is, exit code 70 (EX_SOFTWARE);
never a traceback on stderr.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from altitude import app_log
from altitude.domain.validation import ValidationError
from altitude.errors import AltitudeError
from altitude.services import Altitude
from altitude.services.safety_actions import backup_on_open

from . import commands, journal_commands, time_commands
from .remind_command import cmd_remind
from .safety_commands import (
    FOLDER_COMMANDS,
    SERVICE_COMMANDS,
    one_line,
    open_failure_hint,
    run_folder_command,
)

Command = Callable[[Altitude, argparse.Namespace], int]
EXIT_BUG = 70  # EX_SOFTWARE in sysexits.h: an internal software error
EXIT_INTERRUPTED = 130  # as a shell reports a command ended by Ctrl+C

COMMANDS: dict[str, Command] = {
    "sample": commands.cmd_sample,
    "status": commands.cmd_status,
    "checkin": commands.cmd_checkin,
    "export": commands.cmd_export,
    "import": commands.cmd_import,
    "report": commands.cmd_report,
    "time": time_commands.cmd_time,
    "decide": journal_commands.cmd_decide,
    "decisions": journal_commands.cmd_decisions,
    "remind": cmd_remind,
    **SERVICE_COMMANDS,
}


def run(args: argparse.Namespace, data_dir: Path, clock: Callable[[], date]) -> int:
    try:
        return _run(args, data_dir, clock)
    except KeyboardInterrupt:
        print(f"altitude {args.command}: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as exc:  # a bug: its traceback goes to the log, not to stderr
        return report_bug(args.command, exc, data_dir)


def _run(args: argparse.Namespace, data_dir: Path, clock: Callable[[], date]) -> int:
    if args.command in FOLDER_COMMANDS:  # restore, doctor: must work on a damaged store
        return run_folder_command(args, data_dir, clock)
    prefix = f"altitude {args.command}: error:"
    try:
        service = Altitude.open(data_dir)
    except AltitudeError as exc:
        hint = open_failure_hint(exc, data_dir)
        print(f"{prefix} {one_line(str(exc))}{hint}", file=sys.stderr)
        return 1
    service.clock = clock
    warning = backup_on_open(service)
    if warning:
        print(f"altitude: warning: {warning}", file=sys.stderr)
    try:
        return COMMANDS[args.command](service, args)
    except ValidationError as exc:
        field, message = next(iter(exc.errors.items()))
        print(f"{prefix} {field}: {message}", file=sys.stderr)
    except AltitudeError as exc:
        print(f"{prefix} {one_line(str(exc))}", file=sys.stderr)
    finally:
        service.close()
    return 1


def report_bug(command: str, exc: Exception, data_dir: Path) -> int:
    """Log an unexpected exception with its traceback; one line on stderr says so."""
    app_log.record_bug((type(exc), exc, exc.__traceback__))
    log = app_log.log_written()
    where = f"the details are in {log}" if log else "the log could not be written"
    # A storage failure that escaped the store's own messages is still named plainly.
    storage = isinstance(exc, OSError | sqlite3.Error)
    what = describe(exc, data_dir) if storage else type(exc).__name__
    line = f"altitude {command}: error: this is a bug in Altitude ({one_line(what)}); {where}"
    print(line, file=sys.stderr)
    return EXIT_BUG


def describe(exc: BaseException, data_dir: Path) -> str:
    """A plain sentence for storage failures (disk full surfaces as a disk I/O error)."""
    text = str(exc)
    if isinstance(exc, sqlite3.OperationalError) and ("disk I/O" in text or "full" in text):
        return f"{data_dir}: the disk is full or failing; nothing was changed"
    if isinstance(exc, sqlite3.OperationalError) and "readonly" in text:
        return f"{data_dir}: the data folder is read-only; nothing was changed"
    if isinstance(exc, OSError):
        where = exc.filename or data_dir
        return f"{where}: {exc.strerror or exc}"
    return text
