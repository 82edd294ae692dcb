"""One week of a file, for the check-in dialog: its entries grouped as the dialog lists them
(execution, strategy, unclassified, skipped and why), its sums, and what a fill puts in.

Imported lazily by ``time.actions``; the file itself is parsed once and kept
(``timeimport.cache``), so a second week or a refresh only expands that week.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from altitude.domain.entities import ItemHours
from altitude.domain.weeks import IsoWeek
from altitude.domain.worktime.entries import WeekWindow
from altitude.domain.worktime.rules import (
    DEFAULT_FOCUS_WORDS,
    Classified,
    Rule,
    RuleMode,
    WeekHours,
    hours,
)
from altitude.domain.worktime.stored import ImportedTime

GROUPS = ("execution", "strategy", "unclassified", "skipped")
IGNORED = "ignored by your rules"  # the reason shown for an entry a rule sends to ignore


@dataclass(frozen=True, slots=True)
class WeekRequest:
    path: Path
    kind: str | None = None
    zone: str | None = None  # an IANA name; None = the system's
    me: tuple[str, ...] = ()
    rules: tuple[Rule, ...] = ()
    date_order: str | None = None
    focus_words: tuple[str, ...] = DEFAULT_FOCUS_WORDS


@dataclass(frozen=True, slots=True)
class WeekEntry:
    """An entry as the dialog lists it: its group, why it counts 0, its seconds this week
    (an entry across Monday 00:00 counts only its part inside the week)."""

    done: Classified
    group: str  # one of GROUPS
    seconds: int
    why: str = ""  # for "skipped": "declined", "all-day", "ignored by your rules", ...

    @property
    def title(self) -> str:
        return self.done.entry.title


@dataclass(frozen=True, slots=True)
class WeekPreview:
    path: Path
    kind: str
    week: IsoWeek
    window: WeekWindow
    hours: WeekHours
    entries: tuple[Classified, ...]  # every entry of the week, classified (as TimePreview's)
    rows: tuple[WeekEntry, ...]

    @property
    def source(self) -> str:
        return self.path.name

    def group(self, name: str) -> list[WeekEntry]:
        return [row for row in self.rows if row.group == name]

    def unclassified(self) -> list[Classified]:
        return [row.done for row in self.rows if row.group == "unclassified"]


def week_rows(classified: tuple[Classified, ...], window: WeekWindow) -> tuple[WeekEntry, ...]:
    rows = []
    for done in classified:
        entry = done.entry
        seconds = sum(s for _, s in window.pieces(entry.start, entry.end))
        if entry.skipped:
            rows.append(WeekEntry(done, "skipped", seconds, entry.skipped))
        elif done.mode is RuleMode.IGNORE:
            rows.append(WeekEntry(done, "skipped", seconds, IGNORED))
        else:
            group = done.mode.value if done.mode is not None else "unclassified"
            rows.append(WeekEntry(done, group, seconds))
    return tuple(rows)


@dataclass(frozen=True, slots=True)
class Fill:
    """What "Fill" puts into the check-in: the hours, and the per-item split when every
    filled hour came from a rule naming an item (a split leaving hours out would be
    refused by the check-in's own rule that items add up to the week)."""

    execution_hours: float
    strategy_hours: float
    item_hours: tuple[tuple[int, float], ...]  # (item id, hours); () when not complete
    unclassified_hours: float  # not filled: classify them first
    itemised_hours: float  # hours that had an item, when not all did


def fill_of(week: WeekHours, ids: dict[str, int]) -> Fill:
    total = week.execution + week.strategy
    complete = total > 0 and week.itemised == total and all(t in ids for t in week.items)
    items = tuple((ids[t], hours(s)) for t, s in week.items.items()) if complete else ()
    return Fill(
        hours(week.execution),
        hours(week.strategy),
        items,
        hours(week.unclassified),
        0.0 if complete else hours(week.itemised),
    )


def imported_of(week: WeekHours, item_hours: tuple[ItemHours, ...]) -> ImportedTime:
    """What a week showed beyond its two numbers, as the plan keeps it (the source is set
    when it is saved). Focus time lost is not part of the counted hours when declined or
    cancelled; moved focus time is (it happened elsewhere)."""
    return ImportedTime(
        week=week.week,
        source_id=None,
        counted_hours=_bounded(week.counted),
        meeting_hours=_bounded(week.meetings),
        short_block_hours=_bounded(week.short_blocks),
        focus_kept_hours=_bounded(week.focus_kept),
        focus_lost_hours=_bounded(week.focus_lost),
        item_hours=item_hours,
    )


def _bounded(seconds: int) -> float:
    """Overlapping events can add up past a week's 168 h; the plan keeps at most that."""
    return min(hours(seconds), 168.0)


def applied_imported(week: WeekHours, ids: dict[str, int]) -> ImportedTime | None:
    """A week's ImportedTime as ``time apply`` records it (no source); None when empty."""
    if week.counted == 0:
        return None
    pairs = tuple(
        sorted(ItemHours(ids[t], hours(s)) for t, s in week.items.items() if t in ids and s > 0)
    )
    return imported_of(week, pairs)


def same_imported(old: ImportedTime | None, new: ImportedTime) -> bool:
    """Whether recording ``new`` would change nothing (the source it came from aside)."""
    if old is None:
        return False
    return replace(old, source_id=None, item_hours=tuple(sorted(old.item_hours))) == replace(
        new, source_id=None, item_hours=tuple(sorted(new.item_hours))
    )
