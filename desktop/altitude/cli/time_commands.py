"""``altitude time preview`` and ``altitude time apply``: hours from a calendar or a tracker.

The time-import modules are imported inside the command, not here: this module is loaded
with every command's table, and icalendar is not light.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from altitude.services import ActionError, Altitude

if TYPE_CHECKING:
    from altitude.domain.worktime.rules import Rule
    from altitude.services.time.requests import TimeApplied, TimePreview, TimeRequest

SKIPPED_SHOWN = 10


def cmd_time(service: Altitude, args: argparse.Namespace) -> int:
    from altitude.domain.validation import ValidationError
    from altitude.timeimport.errors import TimeImportError

    prefix = f"altitude time {args.time_command}: error:"
    try:
        if args.time_command == "rules":
            return _rules(service, args.import_file)
        request = _request(service, args)
        if args.time_command == "preview":
            return _preview(service, request, args.json)
        return _apply(service, request, args.unclassified)
    except (TimeImportError, ActionError, ValidationError) as exc:
        print(f"{prefix} {_one_line(str(exc))}", file=sys.stderr)
    except RecursionError:
        print(
            f"{prefix} {args.file}: nested too deeply to read; nothing was written", file=sys.stderr
        )
    return 1


def _read_rules_file(name: str) -> tuple[Rule, ...]:
    from pathlib import Path

    from altitude.timeimport.limits import MAX_RULES_BYTES, read_bounded
    from altitude.timeimport.rules_toml import read_rules

    return read_rules(read_bounded(Path(name), MAX_RULES_BYTES), name)


def _request(service: Altitude, args: argparse.Namespace) -> TimeRequest:
    """The file and the options; what is not given comes from the plan: its rules, the
    zone in settings (then the system's), and your addresses in settings besides --me."""
    from pathlib import Path

    from altitude.services.time.requests import TimeRequest
    from altitude.timeimport.limits import read_bounded

    settings = service.state.settings
    rules = _read_rules_file(args.rules) if args.rules else service.stored_rules()
    me = tuple(dict.fromkeys((*settings.my_addresses, *args.me)))
    return TimeRequest(
        data=read_bounded(Path(args.file)),
        source=Path(args.file).name,
        kind=args.kind,
        zone=args.zone or settings.time_zone or None,
        me=me,
        rules=rules,
        date_order=args.date_order,
        weeks=args.weeks,
    )


def _rules(service: Altitude, import_file: str | None) -> int:
    if import_file:
        from pathlib import Path

        rules = _read_rules_file(import_file)
        saved = service.import_time_rules(rules, Path(import_file).name).result
        print(f"{len(saved)} rule(s) stored from {import_file}; a backup was made first.")
    print("\n".join(rules_lines(service.stored_rules())))
    return 0


def rules_lines(rules: tuple[Rule, ...]) -> list[str]:
    """The plan's rules in order, first match wins; as a TOML rules file would say them."""
    if not rules:
        return ["No rules yet: add them in Settings → Time import, or altitude time rules "
                "--import RULES.toml."]  # fmt: skip
    lines = ["# first match wins"]
    for rule in rules:
        lines += ["", "[[rule]]", f"words = {json.dumps(list(rule.words), ensure_ascii=False)}"]
        lines.append(f'mode = "{rule.mode.value}"')
        if rule.item is not None:
            lines.append(f"item = {json.dumps(rule.item, ensure_ascii=False)}")
    return lines


def _preview(service: Altitude, request: TimeRequest, as_json: bool) -> int:
    preview = service.preview_time(request)
    _warn_unknown_items(service, request)
    if as_json:
        print(json.dumps(preview_document(preview), indent=2))
        return 0
    print("\n".join(preview_lines(preview)))
    return 0


def preview_document(preview: TimePreview) -> dict[str, Any]:
    from altitude.domain.worktime.rules import hours

    return {
        "weeks": [
            {
                "week": str(w.week),
                "execution": hours(w.execution),
                "strategy": hours(w.strategy),
                "unclassified": hours(w.unclassified),
                "items": {title: hours(s) for title, s in sorted(w.items.items())},
            }
            for w in preview.weeks
        ],
        "skipped": [
            {"what": e.title, "when": preview.when(e), "why": e.skipped} for e in preview.skipped
        ],
    }


def preview_lines(preview: TimePreview) -> list[str]:
    from altitude.domain.worktime.rules import hours

    if not preview.weeks:
        lines = ["No hours to count in the file."]
    else:
        lines = [
            f"{'Week':<9} {'Execution':>10} {'Strategy':>9} {'Unclassified':>13} "
            f"{'Ignored':>8} {'Meetings':>9} {'Short':>6}"
        ]
    for w in preview.weeks:
        short = f"{w.fragmentation * 100:.0f}%" if w.fragmentation is not None else "-"
        lines.append(
            f"{w.week!s:<9} {hours(w.execution):>10.2f} {hours(w.strategy):>9.2f} "
            f"{hours(w.unclassified):>13.2f} {hours(w.ignored):>8.2f} "
            f"{hours(w.meetings):>9.2f} {short:>6}"
        )
        lines.extend(f"  {title}: {hours(s):.2f} h" for title, s in sorted(w.items.items()))
    lines.extend(_skipped_lines(preview))
    return lines


def _skipped_lines(preview: TimePreview) -> list[str]:
    skipped = preview.skipped
    if not skipped:
        return []
    lines = [f"Skipped, counted 0 ({len(skipped)}):"]
    for entry in skipped[:SKIPPED_SHOWN]:
        lines.append(
            f"  {preview.when(entry)}  {entry.title[:50]} — {entry.skipped} ({entry.where})"
        )
    if len(skipped) > SKIPPED_SHOWN:
        lines.append(f"  … and {len(skipped) - SKIPPED_SHOWN} more (--json lists them all)")
    return lines


def _apply(service: Altitude, request: TimeRequest, unclassified: str | None) -> int:
    from altitude.domain.worktime.rules import RuleMode

    mode = RuleMode(unclassified) if unclassified else None
    applied = service.apply_time(request, mode)
    print("\n".join(apply_lines(applied, request.source)))
    return 0


def apply_lines(applied: TimeApplied, source: str) -> list[str]:
    from altitude.domain.worktime.rules import hours

    lines = []
    for outcome in applied.weeks:
        c = outcome.checkin
        if c is None:
            lines.append(f"{outcome.week}: nothing to record in the file; left as it was")
            continue
        lines.append(
            f"{outcome.week}: {outcome.status} — {c.execution_hours:g} h execution, "
            f"{c.strategy_hours:g} h strategy"
        )
        if outcome.itemised:
            lines.append(
                f"  per-item hours not recorded: only {hours(outcome.itemised):g} of "
                f"{hours(outcome.counted):g} h came from rules with an item"
            )
    lines.extend(_skipped_lines(applied.preview))
    if applied.changed:
        lines.append(f"{applied.changed} week(s) recorded from {source}; a backup was made first.")
    else:
        lines.append(f"Nothing changed: the plan already holds these hours from {source}.")
    return lines


def _warn_unknown_items(service: Altitude, request: TimeRequest) -> None:
    titles = {i.title.strip().casefold() for i in service.state.items}
    for rule in request.rules:
        if rule.item is not None and rule.item.strip().casefold() not in titles:
            print(
                f"altitude: warning: the item {rule.item!r} is not in your inventory; "
                "apply will refuse it",
                file=sys.stderr,
            )


def _one_line(text: str) -> str:
    return " ".join(text.split())
