"""Run one headless command: open the store, call the service, map errors to one line."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from altitude.domain.validation import ValidationError
from altitude.services import ActionError, Altitude
from altitude.services.safety_actions import backup_on_open
from altitude.store import StoreError
from altitude.store.jsonsafe import InterchangeError

from . import commands, time_commands
from .safety_commands import (
    FOLDER_COMMANDS,
    SERVICE_COMMANDS,
    one_line,
    open_failure_hint,
    run_folder_command,
)

Command = Callable[[Altitude, argparse.Namespace], int]

COMMANDS: dict[str, Command] = {
    "sample": commands.cmd_sample,
    "status": commands.cmd_status,
    "checkin": commands.cmd_checkin,
    "export": commands.cmd_export,
    "import": commands.cmd_import,
    "report": commands.cmd_report,
    "time": time_commands.cmd_time,
    **SERVICE_COMMANDS,
}


def run(args: argparse.Namespace, data_dir: Path, clock: Callable[[], date]) -> int:
    if args.command in FOLDER_COMMANDS:  # restore, doctor: must work on a damaged store
        return run_folder_command(args, data_dir, clock)
    prefix = f"altitude {args.command}: error:"
    try:
        service = Altitude.open(data_dir)
    except (StoreError, OSError, sqlite3.Error) as exc:
        hint = open_failure_hint(exc, data_dir)
        print(f"{prefix} {one_line(describe(exc, data_dir))}{hint}", file=sys.stderr)
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
    except (ActionError, InterchangeError, StoreError) as exc:
        print(f"{prefix} {exc}", file=sys.stderr)
    except (OSError, sqlite3.Error) as exc:
        print(f"{prefix} {describe(exc, data_dir)}", file=sys.stderr)
    finally:
        service.close()
    return 1


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
