"""The headless commands. Each takes the open service and its arguments, returns an exit code."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from altitude.atomic_files import write_bytes_atomic
from altitude.domain.entities import REPORT_SECTIONS, WeeklyCheckIn
from altitude.domain.validation import check
from altitude.domain.weeks import IsoWeek, WeekError
from altitude.services import Altitude, summarize
from altitude.services.exchange_actions import read_file

from .status_text import status_lines


def cmd_sample(service: Altitude, args: argparse.Namespace) -> int:
    state = service.load_sample()
    print(
        f"Sample plan created: {len(state.items)} inventory items, {len(state.people)} people, "
        f"{len(state.delegations)} delegations, {len(state.checkins)} weekly check-ins."
    )
    return 0


def cmd_status(service: Altitude, args: argparse.Namespace) -> int:
    overview = service.overview()
    print("\n".join(status_lines(overview, summarize(overview, service.today()))))
    return 0


def cmd_checkin(service: Altitude, args: argparse.Namespace) -> int:
    try:
        week = IsoWeek.parse(args.week) if args.week else IsoWeek.of(service.today())
    except WeekError as exc:
        check({"--week": str(exc)})
    old = service.state.checkin(week)
    checkin = WeeklyCheckIn(
        week=week,
        execution_hours=args.execution,
        strategy_hours=args.strategy,
        note=args.note if args.note is not None else (old.note if old else ""),
        answers=old.answers if old else (),
    )
    service.record_checkin(checkin)
    share = checkin.strategy_hours / checkin.total_hours * 100 if checkin.total_hours else 0.0
    verb = "replaced" if old else "recorded"
    print(f"Check-in for {week} {verb}: {share:.0f}% strategy.")
    return 0


def cmd_export(service: Altitude, args: argparse.Namespace) -> int:
    text = service.export_csv() if args.format == "csv" else service.export_json()
    if args.output in (None, "-"):
        sys.stdout.write(text)
        return 0
    write_bytes_atomic(Path(args.output), text.encode("utf-8"))
    print(f"Exported to {args.output}", file=sys.stderr)
    return 0


def cmd_import(service: Altitude, args: argparse.Namespace) -> int:
    path = Path(args.file)
    state = service.import_json(read_file(path), str(path), replace_existing=args.replace)
    print(
        f"Imported {path}: {len(state.items)} inventory items, {len(state.delegations)} "
        f"delegations, {len(state.checkins)} weekly check-ins."
    )
    return 0


def cmd_report(service: Altitude, args: argparse.Namespace) -> int:
    from altitude.charts.report import chosen_sections, write_report  # lazy: matplotlib

    # Checked before anything is drawn: a bad name writes nothing (SectionsError: one line).
    names = args.sections.split(",") if args.sections is not None else REPORT_SECTIONS
    sections = chosen_sections(names)
    pages = write_report(service.state, Path(args.output), service.today(), sections=sections)
    print(f"Report written to {args.output} ({pages} pages: {', '.join(sections)}).")
    return 0
