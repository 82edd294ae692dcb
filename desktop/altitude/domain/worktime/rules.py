"""Classifying time entries by the user's rules, and summing them per ISO week.

- Rules are tried in order; the **first match wins**. A rule matches an entry when one of
  its words occurs, ignoring case, inside one of the entry's texts (each text on its own,
  so a word never matches across the end of one field and the start of the next).
- An entry no rule matches is *unclassified*; one a rule sends to ``ignore`` counts in no
  total. An entry counts once, never once per tag.
- Per week, besides the totals: **meeting load** (counted seconds in entries with other
  people in them) and **fragmentation** (the share of counted seconds in entries shorter
  than 30 minutes). "Counted" is execution + strategy + unclassified: ignored time is left
  out of both.
- **Protected time** (focus time): entries whose title or words hold one of the user's
  focus words (ignoring case, as a substring, like a rule's words). *Kept*: the counted
  seconds of those not moved. *Lost*: the seconds of those the user declined, that were
  cancelled, or that an override moved away from the series' own start (the block was
  given up where it was planned, whatever happened to it later).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from altitude.domain.weeks import IsoWeek
from altitude.domain.worktime.entries import TimeEntry, WeekWindow, is_short

DEFAULT_FOCUS_WORDS = ("focus time", "focus", "deep work")
LOST_FOCUS = frozenset({"declined", "cancelled"})  # skip reasons that gave protected time up


class RuleMode(StrEnum):
    EXECUTION = "execution"
    STRATEGY = "strategy"
    IGNORE = "ignore"


@dataclass(frozen=True, slots=True)
class Rule:
    words: tuple[str, ...]
    mode: RuleMode
    item: str | None = None  # an inventory item's title, whose hours the entry feeds


@dataclass(frozen=True, slots=True)
class Classified:
    """An entry with what became of it: a mode (None = unclassified), the item, and the
    index of the rule that matched (None when none did, or when the entry is skipped)."""

    entry: TimeEntry
    mode: RuleMode | None = None
    item: str | None = None
    rule: int | None = None

    @property
    def counted(self) -> bool:
        return not self.entry.skipped and self.mode is not RuleMode.IGNORE


def matches(rule: Rule, texts: Iterable[str]) -> bool:
    folded = [text.casefold() for text in texts]
    return any(word.casefold() in text for word in rule.words for text in folded if word)


def classify(entry: TimeEntry, rules: Sequence[Rule]) -> Classified:
    if entry.skipped:
        return Classified(entry)
    for index, rule in enumerate(rules):
        if matches(rule, entry.words):
            return Classified(entry, rule.mode, rule.item, index)
    return Classified(entry)


def classify_all(entries: Iterable[TimeEntry], rules: Sequence[Rule]) -> list[Classified]:
    return [classify(entry, rules) for entry in entries]


@dataclass(slots=True)
class WeekHours:
    """One week's sums, in whole seconds (hours only at the edges, to keep sums exact)."""

    week: IsoWeek
    execution: int = 0
    strategy: int = 0
    unclassified: int = 0
    ignored: int = 0
    items: dict[str, int] = field(default_factory=dict)
    meetings: int = 0
    short_blocks: int = 0
    focus_kept: int = 0
    focus_lost: int = 0

    @property
    def counted(self) -> int:
        return self.execution + self.strategy + self.unclassified

    @property
    def itemised(self) -> int:
        return sum(self.items.values())

    @property
    def fragmentation(self) -> float | None:
        """Share (0-1) of the counted time spent in blocks under 30 minutes."""
        return self.short_blocks / self.counted if self.counted else None

    @property
    def empty(self) -> bool:
        return self.counted == 0 and self.ignored == 0

    def add(self, done: Classified, seconds: int) -> None:
        if done.mode is RuleMode.IGNORE:
            self.ignored += seconds
            return
        if done.mode is RuleMode.EXECUTION:
            self.execution += seconds
        elif done.mode is RuleMode.STRATEGY:
            self.strategy += seconds
        else:
            self.unclassified += seconds
        if done.item is not None:
            self.items[done.item] = self.items.get(done.item, 0) + seconds
        if done.entry.others > 0:
            self.meetings += seconds
        if is_short(done.entry):
            self.short_blocks += seconds


def is_focus(entry: TimeEntry, focus_words: Sequence[str]) -> bool:
    """Whether the entry is protected time: a focus word in its title or its words."""
    return matches(Rule(tuple(focus_words), RuleMode.IGNORE), (entry.title, *entry.words))


def sum_weeks(
    classified: Iterable[Classified], window: WeekWindow, focus_words: Sequence[str] = ()
) -> list[WeekHours]:
    """Every week of the window in order, each entry cut at local Monday 00:00."""
    weeks = [WeekHours(week) for week in window.weeks()]
    for done in classified:
        entry = done.entry
        focus = bool(focus_words) and is_focus(entry, focus_words)
        if entry.skipped and not (focus and entry.skipped in LOST_FOCUS):
            continue
        for index, seconds in window.pieces(entry.start, entry.end):
            week = weeks[index]
            if focus and (entry.moved or entry.skipped):
                week.focus_lost += seconds
            elif focus and done.counted:
                week.focus_kept += seconds
            if not entry.skipped:
                week.add(done, seconds)
    return weeks


def hours(seconds: int) -> float:
    """Seconds as hours for people and JSON: four decimals (a third of a second)."""
    return round(seconds / 3600, 4)
