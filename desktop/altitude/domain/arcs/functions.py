"""The cross-functional map: how the other functions work and how your team moves them.

Ram Charan (*What the CEO Wants You to Know*): every business comes down to cash, margin,
velocity, growth and customers — what each function is measured on answers to those.
Watkins' learning questions for each function's people: the biggest challenges and why,
the untapped opportunities, what has to happen, "if you were me, what would you focus on?"
Bandiera, Hansen, Prat & Sadun (1,114 CEOs): leaders who spend time in cross-functional
meetings run more productive firms — hence "touches" and the 60-day flag.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from altitude.domain.arcs.described import FORMAT_VERSION
from altitude.domain.growth.described import new_in_format
from altitude.domain.records import day, line, record_id, records, ref, text, whole
from altitude.i18n import QT_TRANSLATE_NOOP

DEFAULT_FUNCTIONS = (
    "Finance",
    "Sales",
    "Marketing",
    "Operations",
    "Product",
    "Support",
    "People / HR",
    "Legal",
)
UNTOUCHED_DAYS = 60
LEARNING_QUESTIONS = (  # translated where shown, in the Functions page's context
    QT_TRANSLATE_NOOP("Functions", "What are the biggest challenges you face, and why?"),
    QT_TRANSLATE_NOOP("Functions", "What opportunities are going untapped?"),
    QT_TRANSLATE_NOOP("Functions", "What has to happen to make the most of them?"),
    QT_TRANSLATE_NOOP("Functions", "If you were me, what would you focus on?"),
)


@new_in_format(FORMAT_VERSION)
@dataclass(frozen=True, slots=True)
class FunctionTouch:
    """A time you worked with or learned from the function (a meeting, a question)."""

    on: date = day(QT_TRANSLATE_NOOP("Validation", "Choose the date."), column="on_date")
    note: str = text(QT_TRANSLATE_NOOP("Validation", "The note"))


@new_in_format(FORMAT_VERSION)
@dataclass(frozen=True, slots=True)
class BusinessFunction:
    name: str = line(QT_TRANSLATE_NOOP("Validation", "Name the function."))
    measured_on: str = text(QT_TRANSLATE_NOOP("Validation", "What they are measured on"))
    how_we_move_it: str = text(QT_TRANSLATE_NOOP("Validation", "How your team moves their numbers"))
    learn_from_id: int | None = ref("stakeholder", doc="Who you learn from there.")
    still_unclear: str = text(QT_TRANSLATE_NOOP("Validation", "What you still don't understand"))
    could_explain: int = whole(
        1,
        5,
        QT_TRANSLATE_NOOP(
            "Validation", "Rate from 1 to 5 whether you could explain their goals to your boss."
        ),
        default=1,
    )
    touches: tuple[FunctionTouch, ...] = records(FunctionTouch)
    id: int | None = record_id()

    @property
    def last_touch(self) -> date | None:
        return max((t.on for t in self.touches), default=None)


def untouched(functions: Iterable[BusinessFunction], today: date) -> list[BusinessFunction]:
    """Functions you have not worked with for 60 days (or ever), the longest first."""
    limit = today - timedelta(days=UNTOUCHED_DAYS)
    stale = [f for f in functions if f.last_touch is None or f.last_touch < limit]
    return sorted(stale, key=lambda f: (f.last_touch or date.min, f.name.casefold()))


def month_starts(first: date, last: date) -> list[date]:
    """The first day of each month from ``first``'s month to ``last``'s, inclusive."""
    months, current = [], first.replace(day=1)
    while current <= last:
        months.append(current)
        current = (current + timedelta(days=32)).replace(day=1)
    return months


@dataclass(frozen=True, slots=True)
class Coverage:
    """Touches per function per month: the heat map's rows, columns and cells."""

    functions: tuple[str, ...]
    months: tuple[date, ...]
    counts: tuple[tuple[int, ...], ...]  # counts[function][month]


def coverage(functions: Sequence[BusinessFunction], first: date, last: date) -> Coverage:
    months = month_starts(first, last)
    index = {(m.year, m.month): n for n, m in enumerate(months)}
    rows = []
    for function in functions:
        row = [0] * len(months)
        for touch in function.touches:
            column = index.get((touch.on.year, touch.on.month))
            if column is not None:
                row[column] += 1
        rows.append(tuple(row))
    return Coverage(tuple(f.name for f in functions), tuple(months), tuple(rows))
