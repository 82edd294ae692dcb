"""What the plan keeps of time import: remembered files, the user's rules, and what each
imported week showed that the check-in's two numbers cannot.

- ``TimeSource``: a calendar or tracker export the user read once, so next week it is one
  click ("Refresh from Work calendar"). Its path is unique: reading the same file again
  updates the source rather than adding a second.
- ``TimeRule``: the domain's ``rules.Rule`` as stored, with the inventory item by id (its
  title is looked up when classifying, so renaming an item keeps the rule). The plan keeps
  the rules in the user's order (the store writes their position); the first match wins.
  Deleting the item leaves the rule with no item.
- ``ImportedTime``: one per ISO week. ``counted_hours`` is execution + strategy +
  unclassified (ignored time left out); meeting and short-block hours are part of it.
  Focus hours are of events whose title holds a focus word: kept (attended) or lost
  (declined, cancelled, moved), so lost focus time is not counted. ``item_hours`` are the
  imported hours per inventory item, kept even when not every hour had an item: that is
  what finds "work that came back" after a handover.

The store keeps them in ``time_sources``, ``time_rules`` (words as a JSON array: a short
list read and written whole) and ``imported_time`` with ``imported_item_hours``.
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, replace
from datetime import date
from enum import StrEnum

from altitude.domain.entities import MAX_ADDRESS, MAX_ADDRESSES, MAX_WORD, MAX_ZONE, ItemHours
from altitude.domain.growth.described import new_in_format
from altitude.domain.records import (
    choice,
    day,
    line,
    lines,
    number,
    problems,
    record_id,
    records,
    ref,
    week,
)
from altitude.domain.weeks import IsoWeek
from altitude.domain.worktime.rules import RuleMode
from altitude.i18n import QT_TRANSLATE_NOOP
from altitude.i18n.sentence import problem

TIME_FORMAT = 4  # the JSON format version these records arrive in
MAX_SOURCE_NAME = 60
MAX_PATH = 4096  # PATH_MAX on Linux
MAX_RULE_WORDS = 30
MAX_RULES = 500  # as many as a rules file may hold (timeimport.rules_toml)
WEEK_HOURS = 168  # a week holds 7 x 24 hours, the bound of every imported figure
_HOURS = f"Imported hours must be between 0 and {WEEK_HOURS} in a week."


class TimeSourceKind(StrEnum):
    ICS = "ics"
    TOGGL = "toggl"
    CLOCKIFY = "clockify"
    TIMEWARRIOR = "timewarrior"
    HARVEST = "harvest"


class DateOrder(StrEnum):
    """How a tracker profile writes dates; ``AUTO`` lets the reader tell from the file."""

    AUTO = ""
    DMY = "dmy"
    MDY = "mdy"
    YMD = "ymd"


@new_in_format(TIME_FORMAT)
@dataclass(frozen=True, slots=True)
class TimeSource:
    """A calendar or tracker export you read before, remembered with how to read it."""

    name: str = line(
        QT_TRANSLATE_NOOP("Validation", "Give the source a name."),
        max_length=MAX_SOURCE_NAME,
        doc="e.g. Work calendar",
    )
    kind: TimeSourceKind = choice(
        TimeSourceKind,
        QT_TRANSLATE_NOOP("Validation", "Choose ics, toggl, clockify, timewarrior or harvest."),
    )
    path: str = line(
        QT_TRANSLATE_NOOP("Validation", "Say where the file is."),
        max_length=MAX_PATH,
        doc="The file's path.",
    )
    zone: str = line(
        max_length=MAX_ZONE, doc="An IANA zone for this file; empty: your zone in settings."
    )
    me: tuple[str, ...] = lines(
        QT_TRANSLATE_NOOP("Validation", "Each address needs some characters."),
        MAX_ADDRESSES,
        problem(
            "Validation",
            QT_TRANSLATE_NOOP("Validation", "List at most {0} addresses."),
            MAX_ADDRESSES,
        ),
        column="me",
        doc="More of your addresses, for this file only.",
        max_length=MAX_ADDRESS,
        stripped=True,
        as_json=True,
    )
    date_order: DateOrder = choice(
        DateOrder,
        QT_TRANSLATE_NOOP("Validation", "Choose dmy, mdy, ymd, or leave the date order empty."),
        default=DateOrder.AUTO,
    )
    last_read: date | None = day(
        QT_TRANSLATE_NOOP("Validation", "Choose the date the file was last read."),
        default=None,
        optional=True,
        doc="When it was last read; null before.",
    )
    id: int | None = record_id()


@new_in_format(TIME_FORMAT)
@dataclass(frozen=True, slots=True)
class TimeRule:
    """Entries whose texts hold one of the words get the mode, and feed the item's hours."""

    words: tuple[str, ...] = lines(
        QT_TRANSLATE_NOOP("Validation", "Each word needs some letters."),
        MAX_RULE_WORDS,
        problem(
            "Validation",
            QT_TRANSLATE_NOOP("Validation", "Give a rule 1 to {0} words."),
            MAX_RULE_WORDS,
        ),
        column="words",
        doc="Matched ignoring case inside an entry's texts.",
        max_length=MAX_WORD,
        default=MISSING,
        min_count=1,
        stripped=True,
        as_json=True,
    )
    mode: RuleMode = choice(
        RuleMode, QT_TRANSLATE_NOOP("Validation", "Choose execution, strategy or ignore.")
    )
    item_id: int | None = ref("item", doc="The inventory item whose hours it feeds, or null.")
    id: int | None = record_id()


def _hours(doc: str) -> float:
    value: float = number(0, WEEK_HOURS, _HOURS, default=0.0, doc=doc)
    return value


@new_in_format(TIME_FORMAT)
@dataclass(frozen=True, slots=True)
class ImportedTime:
    """What imported time showed for one week beyond its execution and strategy hours."""

    week: IsoWeek = week()
    source_id: int | None = ref("time_source", doc="The source it was read from, or null.")
    counted_hours: float = _hours("Execution, strategy and unclassified hours.")
    meeting_hours: float = _hours("Hours in events with other attendees.")
    short_block_hours: float = _hours("Hours in blocks shorter than 30 minutes.")
    focus_kept_hours: float = _hours("Focus time kept.")
    focus_lost_hours: float = _hours("Focus time declined, cancelled or moved.")
    item_hours: tuple[ItemHours, ...] = records(ItemHours, doc="Imported hours per item.")


def validate_time_source(source: TimeSource) -> dict[str, str]:
    return problems(source)


def validate_time_rule(rule: TimeRule) -> dict[str, str]:
    return problems(rule)


def validate_imported(x: ImportedTime) -> dict[str, str]:
    """Meetings and short blocks are part of the counted hours; each item once. Plain
    ``(item_id, hours)`` pairs are read as ``ItemHours`` (a check-in's are written so)."""
    pairs = tuple(
        ItemHours(*p) if isinstance(p, tuple) and len(p) == 2 else p for p in x.item_hours
    )
    errors = problems(replace(x, item_hours=pairs))
    if errors:
        return errors
    for name in ("meeting_hours", "short_block_hours"):
        if getattr(x, name) > x.counted_hours:
            errors[name] = "These hours are part of the counted hours: they cannot be more."
    ids = [i for i, _ in x.item_hours]
    if len(set(ids)) < len(ids):
        errors["item_hours"] = "Each item can appear only once."
    return errors


def clean_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """What a user typed, as a rule keeps it: stripped, blanks and repeats dropped."""
    seen: set[str] = set()
    out: list[str] = []
    for word in words:
        text = " ".join(word.split())
        if text and text.casefold() not in seen:
            seen.add(text.casefold())
            out.append(text)
    return tuple(out)
