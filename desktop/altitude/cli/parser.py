"""The command line: `altitude [--data-dir DIR] [command ...]`."""

from __future__ import annotations

import argparse
from typing import Any

from altitude import __version__
from altitude.domain.weeks import IsoWeek, WeekError

from .journal_parser import add_journal_parsers

# What each report section holds (domain.entities.REPORT_SECTIONS, in its order), said here
# so that `--help` does not load the report's libraries.
SECTION_HELP = {
    "plan": "the plan, a summary and recent reflections",
    "charts": "execution and strategy week by week",
    "inventory": "what you do today, weighed",
    "delegations": "the delegation ledger",
    "decisions": "the decision journal",
    "feedback": "the feedback log and whom you asked",
    "narrative": "the strategic narrative and what changed",
    "relationships": "the people beyond the team, mapped",
    "functions": "the cross-functional map and its coverage",
    "reviews": "each milestone review: its figures and keep, stop, start",
    "boss": "one page for your boss (alone: the latest review's sheet only)",
}
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
    parser.add_argument(
        "--checkin",
        action="store_true",
        help="open the app on this week's check-in (what a click on a reminder runs)",
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

    p = sub.add_parser(
        "report",
        help="write a PDF report for a mentor or coach",
        epilog="sections:\n" + "\n".join(f"  {n:<13}{t}" for n, t in SECTION_HELP.items()),
        formatter_class=argparse.RawDescriptionHelpFormatter,  # one line per section
    )
    p.add_argument("-o", "--output", metavar="FILE", required=True, help="the PDF to write")
    p.add_argument(
        "--sections",
        metavar="NAMES",
        help=f"the parts to include, separated by commas: {', '.join(SECTION_HELP)} (default: all)",
    )
    add_safety_parsers(sub)
    add_time_parsers(sub)
    add_journal_parsers(sub)
    add_remind_parser(sub)
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


TIME_KINDS = ("ics", "toggl", "clockify", "timewarrior", "harvest")


def week_span(text: str) -> tuple[IsoWeek, IsoWeek]:
    """``2026-W10..2026-W14`` (both included), or one week ``2026-W10``."""
    first, dots, last = text.partition("..")
    try:
        span = (IsoWeek.parse(first), IsoWeek.parse(last if dots else first))
    except WeekError as exc:
        raise argparse.ArgumentTypeError(f"{exc}; weeks look like 2026-W10..2026-W14") from None
    if span[1] < span[0]:
        raise argparse.ArgumentTypeError(f"'{text}': the last week comes before the first")
    return span


def add_time_parsers(sub: Any) -> None:
    """``altitude time preview|apply FILE ...`` and ``altitude time rules [--import FILE]``
    (see time_commands; nothing heavy here)."""
    p = sub.add_parser("time", help="hours from a calendar (.ics) or a time tracker's export")
    actions = p.add_subparsers(dest="time_command", metavar="action", required=True)
    for name, text in (
        ("preview", "read, classify and sum a file per week; writes nothing"),
        ("apply", "record the file's hours as the weeks' check-ins (backed up first)"),
    ):
        a = actions.add_parser(name, help=text)
        a.add_argument("file", metavar="FILE")
        a.add_argument("--kind", choices=TIME_KINDS, help="the file's kind (default: detected)")
        a.add_argument("--zone", metavar="ZONE", help="your time zone (default: the system's)")
        a.add_argument(
            "--me",
            action="append",
            default=[],
            metavar="ADDRESS",
            help="your e-mail address in invitations (repeatable)",
        )
        a.add_argument("--rules", metavar="RULES.toml", help="how to classify entries")
        a.add_argument(
            "--date-order",
            choices=("dmy", "mdy", "ymd"),
            help="the order of day, month and year in a tracker's dates",
        )
        a.add_argument(
            "--weeks",
            type=week_span,
            metavar="FIRST..LAST",
            required=name == "apply",
            help="the weeks to read, e.g. 2026-W10..2026-W14",
        )
        a.epilog = (
            "Without --rules the plan's rules are used (altitude time rules), without --zone "
            "the zone in settings; --me adds to your addresses in settings."
        )
        if name == "preview":
            a.add_argument("--json", action="store_true", help="print one JSON object")
        else:
            a.add_argument(
                "--unclassified",
                choices=("execution", "strategy", "ignore"),
                help="where hours no rule matches go (else they are refused)",
            )
    r = actions.add_parser("rules", help="print the plan's rules in order, or --import a file's")
    r.add_argument(
        "--import",
        dest="import_file",
        metavar="RULES.toml",
        help="store a TOML file's rules in place of the plan's (backed up first)",
    )


def add_remind_parser(sub: Any) -> None:
    """``altitude remind [--wait]`` (see remind_command)."""
    p = sub.add_parser(
        "remind",
        help="a desktop notification when the check-in is due or something needs you",
    )
    p.add_argument(
        "--wait",
        action="store_true",
        help="stay until the notification is clicked or closed (at most 10 minutes)",
    )
    # The detached child of a plain `remind` answers its parent on its first line.
    p.add_argument("--detached", action="store_true", help=argparse.SUPPRESS)
