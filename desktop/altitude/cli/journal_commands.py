"""`altitude decide` records a decision; `altitude decisions` lists the journal."""

from __future__ import annotations

import argparse
import json
from datetime import date

from altitude.domain.growth.decisions import Door, JournalEntry
from altitude.domain.validation import check
from altitude.services import Altitude

_DOORS = {d.value: d for d in Door}


def _day(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        check({option: f"'{text}' is not a date; write it as YYYY-MM-DD."})
        raise  # not reached: check raised


def _percent(text: str, option: str) -> int:
    if not text.strip().isdigit() or int(text) > 100:
        check({option: f"'{text}' is not a whole percent from 0 to 100."})
    return int(text)


def _person_id(service: Altitude, name: str | None) -> int | None:
    if name is None:
        return None
    key = " ".join(name.split()).casefold()
    found = [p for p in service.state.people if " ".join(p.name.split()).casefold() == key]
    if len(found) != 1 or found[0].id is None:
        check({"--made-by": f"No one on your team is called '{name}'."})
    return found[0].id


def cmd_decide(service: Altitude, args: argparse.Namespace) -> int:
    door = _DOORS.get(args.door)
    if door is None:
        check({"--door": "Choose one-way or two-way."})
    assert door is not None  # noqa: S101 - check raised otherwise
    decided = _day(args.decided_on, "--decided-on") or service.today()
    review = _day(args.review_on, "--review-on")
    by = _day(args.by, "--by")
    assert by is not None  # noqa: S101 - a required option
    entry = JournalEntry(
        decision=args.decision,
        kind=args.kind,
        door=door,
        decided_on=decided,
        review_on=review or decided,  # replaced by the door's default when not given
        information=_percent(args.information, "--information"),
        chosen=args.choice,
        expected=args.expect,
        expected_by=by,
        confidence=_percent(args.confidence, "--confidence"),
        options=tuple(args.option),
        rationale=args.rationale,
        reverse_if=args.reverse_if or "",
        premortem=args.premortem or "",
        made_by_id=_person_id(service, args.made_by),
    )
    saved = service.record_decision(entry, default_review=review is None).result
    print(f"Decision {saved.id} recorded: “{saved.decision}”, review on {saved.review_on}.")
    return 0


def cmd_decisions(service: Altitude, args: argparse.Namespace) -> int:
    if args.json:
        print(json.dumps(service.journal_document(), indent=2, ensure_ascii=False))
        return 0
    journal = service.state.journal
    due = {e.id for e in service.decisions_due()}
    print(f"{len(journal)} decisions, {len(due)} due for review.")
    for e in journal:
        review = e.review
        if review is not None:
            state = f"reviewed {review.reviewed_on}: " + ("came true" if review.came_true else
                                                           "did not come true")  # fmt: skip
        elif e.id in due:
            state = f"review due since {e.review_on}"
        else:
            state = f"review on {e.review_on}"
        maker = service.state.person(e.made_by_id) if e.made_by_id is not None else None
        by = f", made by {maker.name}" if maker is not None else ""
        print(f"  {e.id}. {e.decided_on} {e.decision} ({e.door}, {e.confidence}%{by}) — {state}")
    return 0
