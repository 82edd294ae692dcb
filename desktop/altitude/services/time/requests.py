"""Time import for the service: what a request holds, what preview and apply return, and
how a week's sums become a check-in. Imported lazily by ``time.actions`` only.

**Per-item hours.** A check-in's per-item hours must add up to its week's total. They are
recorded for a week only when *every* recorded hour of it came from a rule that names an
item; otherwise the week is recorded without per-item hours and the result says how many
of its hours had an item (the totals are what the plan's shares are made of; a per-item
split that silently left hours out would be wrong).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from altitude.domain.entities import InventoryItem, WeeklyCheckIn
from altitude.domain.weeks import IsoWeek
from altitude.domain.worktime.entries import TimeEntry, WeekWindow, local_day
from altitude.domain.worktime.rules import Classified, Rule, RuleMode, WeekHours, hours
from altitude.services.errors import ActionError

FIRST_SHOWN = 3  # unclassified entries named in the refusal


@dataclass(frozen=True, slots=True)
class TimeRequest:
    data: bytes
    source: str  # the file's name, for messages
    kind: str | None = None
    zone: str | None = None  # an IANA name; None = the system's
    me: tuple[str, ...] = ()  # the user's addresses (declined invitations, meeting load)
    rules: tuple[Rule, ...] = ()
    date_order: str | None = None
    weeks: tuple[IsoWeek, IsoWeek] | None = None


@dataclass(frozen=True, slots=True)
class TimePreview:
    kind: str
    window: WeekWindow | None
    entries: tuple[Classified, ...]  # every entry: mode, item, rule index or skip reason
    weeks: tuple[WeekHours, ...]  # the window's weeks that hold any time, in order

    @property
    def skipped(self) -> tuple[TimeEntry, ...]:
        return tuple(c.entry for c in self.entries if c.entry.skipped)

    def unclassified(self) -> list[Classified]:
        return [c for c in self.entries if not c.entry.skipped and c.mode is None]

    def when(self, entry: TimeEntry) -> str:
        zone = self.window.zone if self.window is not None else None
        return (local_day(entry.start, zone) if zone else entry.start.date()).isoformat()


@dataclass(frozen=True, slots=True)
class WeekOutcome:
    week: IsoWeek
    status: str  # "recorded", "replaced", "unchanged", "empty"
    checkin: WeeklyCheckIn | None = None
    itemised: int = 0  # seconds that had an item, when not all did (per-item hours left out)
    counted: int = 0


@dataclass(frozen=True, slots=True)
class TimeApplied:
    preview: TimePreview
    weeks: tuple[WeekOutcome, ...] = field(default=())

    @property
    def changed(self) -> int:
        return sum(1 for w in self.weeks if w.status in ("recorded", "replaced"))


def refuse_unclassified(preview: TimePreview, source: str) -> None:
    left = preview.unclassified()
    if not left:
        return
    seconds = sum(c.entry.seconds for c in left)
    shown = "; ".join(
        f"{c.entry.title[:40]!r} on {preview.when(c.entry)} ({c.entry.where})"
        for c in left[:FIRST_SHOWN]
    )
    raise ActionError(
        f"{source}: {hours(seconds):g} h in {len(left)} entries match no rule (first: {shown}); "
        "add their words to a rule in your --rules file, "
        "or pass --unclassified execution|strategy|ignore"
    )


def item_ids(rules: tuple[Rule, ...], items: tuple[InventoryItem, ...]) -> dict[str, int]:
    """Each item title a rule names → its id: exactly, else ignoring case; else refused."""
    exact = {i.title: i.id for i in items if i.id is not None}
    folded: dict[str, list[int]] = {}
    for i in items:
        if i.id is not None:
            folded.setdefault(i.title.strip().casefold(), []).append(i.id)
    found: dict[str, int] = {}
    for title in {r.item for r in rules if r.item is not None}:
        if title in exact:
            found[title] = exact[title]
        elif len(folded.get(title.casefold(), [])) == 1:
            found[title] = folded[title.casefold()][0]
        else:
            known = ", ".join(repr(i.title) for i in items[:5]) or "none yet"
            raise ActionError(
                f"a rule names the item {title!r}, which is not in your inventory "
                f"(items: {known}); write its title as the inventory has it"
            )
    return found


def week_checkin(
    week: WeekHours, unclassified: RuleMode | None, ids: dict[str, int], old: WeeklyCheckIn | None
) -> WeekOutcome:
    execution = week.execution + (week.unclassified if unclassified is RuleMode.EXECUTION else 0)
    strategy = week.strategy + (week.unclassified if unclassified is RuleMode.STRATEGY else 0)
    total = execution + strategy
    if total == 0:
        return WeekOutcome(week.week, "empty")
    complete = week.itemised == total
    item_hours = (
        tuple(sorted((ids[t], hours(s)) for t, s in week.items.items())) if complete else ()
    )
    checkin = WeeklyCheckIn(
        week=week.week,
        execution_hours=hours(execution),
        strategy_hours=hours(strategy),
        item_hours=item_hours,
        note=old.note if old else "",
        answers=old.answers if old else (),
    )
    itemised = 0 if complete or not week.items else week.itemised
    if old is not None and _same(old, checkin):
        return WeekOutcome(week.week, "unchanged", checkin, itemised, total)
    return WeekOutcome(week.week, "replaced" if old else "recorded", checkin, itemised, total)


def _same(a: WeeklyCheckIn, b: WeeklyCheckIn) -> bool:
    return (a.execution_hours, a.strategy_hours, sorted(a.item_hours)) == (
        b.execution_hours,
        b.strategy_hours,
        sorted(b.item_hours),
    )
