"""The command line: `altitude [--data-dir DIR] [command ...]`."""

from __future__ import annotations

import argparse
from typing import Any

from altitude import __version__

from .journal_parser import add_journal_parsers

DESCRIPTION = "Altitude: a transition plan for new managers. Without a command it opens the app."


def _hours(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of hours") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of hours")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="altitude", description=DESCRIPTION)
    parser.add_argument("--version", action="version", version=f"altitude {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep all data in DIR (default: $ALTITUDE_DATA_DIR or your user data folder)",
    )
    sub = parser.add_subparsers(dest="command", metavar="command")

    sub.add_parser(
        "sample", help="create the bundled 12-week sample plan (refuses if a plan exists)"
    )
    sub.add_parser("status", help="print a short summary of the plan and the last week")

    p = sub.add_parser("checkin", help="record or replace one week's hours")
    p.add_argument(
        "--week", metavar="YYYY-Www", help="ISO week, e.g. 2026-W47 (default: this week)"
    )
    p.add_argument(
        "--execution", type=_hours, required=True, metavar="H", help="hours on execution"
    )
    p.add_argument("--strategy", type=_hours, required=True, metavar="H", help="hours on strategy")
    p.add_argument("--note", metavar="TEXT", help="a note for the week")

    p = sub.add_parser("export", help="write the whole plan as JSON, or the check-ins as CSV")
    p.add_argument("--format", choices=("json", "csv"), default="json")
    p.add_argument(
        "-o", "--output", metavar="FILE", help="file to write (default: standard output)"
    )

    p = sub.add_parser("import", help="read a plan that `altitude export` wrote (all or nothing)")
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--replace", action="store_true", help="replace the existing plan (backed up first)"
    )

    p = sub.add_parser("report", help="write a PDF report for a mentor or coach")
    p.add_argument("-o", "--output", metavar="FILE", required=True, help="the PDF to write")
    add_safety_parsers(sub)
    add_journal_parsers(sub)
    return parser


def add_safety_parsers(sub: Any) -> None:
    """Backup, restore and doctor (see safety_commands).

    Declared here, not beside their code, so that parsing the command line — the first thing
    the app does — imports neither the services nor the store."""
    p = sub.add_parser(
        "backup", help="copy the plan, checked, into the backups folder (or to -o FILE)"
    )
    p.add_argument("-o", "--output", metavar="FILE", help="write the backup to FILE instead")
    p.add_argument("--list", action="store_true", help="list the backups and what they hold")
    p = sub.add_parser(
        "restore", help="replace the plan with a backup (the current plan is backed up first)"
    )
    p.add_argument(
        "file", metavar="FILE", help="a backup file, or the name of one in the backups folder"
    )
    sub.add_parser("doctor", help="check the data thoroughly; exit code 0 only when healthy")
