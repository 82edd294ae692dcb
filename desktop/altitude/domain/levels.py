"""The seven delegation levels (after Jurgen Appelo's delegation poker), and a delegation's
planned and actual level over the weeks since its hand-over started.

``timeline_series`` gives both lines as numbers (the GUI's level timeline draws them): the
planned line follows the level plan, each step holding from its week on; the actual line
follows the level history up to today.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from altitude.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from altitude.domain.entities import Delegation

Point = tuple[float, int]
# (weeks since the start, level)


@dataclass(frozen=True, slots=True)
class Level:
    number: int
    name: str
    meaning: str


# Marked for translation here; the GUI and the report translate them where shown ("Levels").
LEVELS: tuple[Level, ...] = (
    Level(
        1,
        QT_TRANSLATE_NOOP("Levels", "Tell"),
        QT_TRANSLATE_NOOP("Levels", "I decide and tell them."),
    ),
    Level(
        2,
        QT_TRANSLATE_NOOP("Levels", "Sell"),
        QT_TRANSLATE_NOOP("Levels", "I decide and explain why, to win them over."),
    ),
    Level(
        3,
        QT_TRANSLATE_NOOP("Levels", "Consult"),
        QT_TRANSLATE_NOOP("Levels", "I ask for their input, then I decide."),
    ),
    Level(
        4,
        QT_TRANSLATE_NOOP("Levels", "Agree"),
        QT_TRANSLATE_NOOP("Levels", "We decide together."),
    ),
    Level(
        5,
        QT_TRANSLATE_NOOP("Levels", "Advise"),
        QT_TRANSLATE_NOOP("Levels", "They decide; I offer my advice."),
    ),
    Level(
        6,
        QT_TRANSLATE_NOOP("Levels", "Inquire"),
        QT_TRANSLATE_NOOP("Levels", "They decide and tell me afterwards."),
    ),
    Level(
        7,
        QT_TRANSLATE_NOOP("Levels", "Delegate"),
        QT_TRANSLATE_NOOP("Levels", "They decide; I don't need to know."),
    ),
)

MIN_LEVEL = 1
MAX_LEVEL = 7


def level(number: int) -> Level:
    if not MIN_LEVEL <= number <= MAX_LEVEL:
        raise ValueError(f"delegation level must be 1 to 7, not {number}")
    return LEVELS[number - 1]


@dataclass(frozen=True, slots=True)
class Series:
    span: float  # weeks shown, from 0
    planned: tuple[Point, ...]  # each level holds from its week until the next point
    actual: tuple[Point, ...]
    now: float | None  # today in weeks since the start; None before the start


def weeks_since(start: date, day: date) -> float:
    return (day - start).days / 7


def timeline_series(delegation: Delegation, today: date) -> Series:
    start = delegation.started_on
    planned = tuple(
        (float(s.week), s.level) for s in sorted(delegation.level_plan, key=lambda s: s.week)
    )
    history = sorted(delegation.level_history, key=lambda c: c.on)
    actual = tuple((max(0.0, weeks_since(start, c.on)), c.level) for c in history)
    now = weeks_since(start, today) if today >= start else None
    ends = [4.0, *(w + 2 for w, _ in planned[-1:]), *(w + 1 for w, _ in actual[-1:])]
    if now is not None:
        ends.append(now + 1)
    return Series(span=float(math.ceil(max(ends))), planned=planned, actual=actual, now=now)
