"""Scoring the journal's forecasts: calibration, the Brier score, process against outcome.

- Calibration: of the decisions you gave about 70%, how many came true, in 10-point bins.
- The Brier score (Brier, 1950): the mean of (p - outcome)², p = confidence / 100 and the
  outcome 1 when the expectation came true, 0 when not. 0 is perfect; always saying 50%
  scores 0.25; 1 is always certain and always wrong.
- Annie Duke (*How to Decide*, 2020): judge the decision apart from the outcome; her 2x2
  of decision quality against outcome quality names the cells earned reward, bad luck,
  dumb luck and just deserts.

Scores need enough reviews. The methods say only "once there are enough reviews"; the
minimum here is our rule of thumb. With n reviewed decisions the share that came true
wobbles by about √(p(1-p)/n): ±14 points at n = 10 and p = 0.7, wider than a bin. Below
``MIN_REVIEWED`` one decision moves the picture by more than a bin, so nothing is scored;
a bin with fewer than ``MIN_PER_BIN`` is shown as thin.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from altitude.domain.growth.decisions import JournalEntry, Quality
from altitude.i18n import QT_TRANSLATE_NOOP

MIN_REVIEWED = 10  # reviewed decisions before calibration and the Brier score are shown
MIN_PER_BIN = 5  # a bin with fewer is marked thin
BIN_WIDTH = 10
BIN_COUNT = 10


@dataclass(frozen=True, slots=True)
class Bin:
    """Confidences in [low, high) (the top bin holds 100 too) and how many came true."""

    low: int
    high: int
    count: int
    came_true: int
    mean_confidence: float | None  # percent; None when empty

    @property
    def rate(self) -> float | None:
        """The percent that came true; a calibrated forecaster's is near ``mean_confidence``."""
        return 100 * self.came_true / self.count if self.count else None

    @property
    def thin(self) -> bool:
        return self.count < MIN_PER_BIN


def reviewed(entries: Iterable[JournalEntry]) -> list[JournalEntry]:
    return [e for e in entries if e.review is not None]


def _came_true(entry: JournalEntry) -> bool:
    review = entry.review
    return review is not None and review.came_true


def bin_index(confidence: float) -> int:
    """Bin i holds [10i, 10i + 10); 100 falls in the top bin."""
    return min(int(confidence // BIN_WIDTH), BIN_COUNT - 1)


def calibration(entries: Iterable[JournalEntry]) -> list[Bin]:
    """All ten bins of the reviewed entries, empty ones included (a chart keeps its axis)."""
    groups: list[list[JournalEntry]] = [[] for _ in range(BIN_COUNT)]
    for entry in reviewed(entries):
        groups[bin_index(entry.confidence)].append(entry)
    return [
        Bin(
            low=i * BIN_WIDTH,
            high=(i + 1) * BIN_WIDTH,
            count=len(group),
            came_true=sum(_came_true(e) for e in group),
            mean_confidence=math.fsum(e.confidence for e in group) / len(group) if group else None,
        )
        for i, group in enumerate(groups)
    ]


def brier(entries: Iterable[JournalEntry]) -> float | None:
    """The mean squared error of the forecasts, in [0, 1]; None without a review."""
    done = reviewed(entries)
    if not done:
        return None
    errors = ((e.confidence / 100 - _came_true(e)) ** 2 for e in done)
    return math.fsum(errors) / len(done)


@dataclass(frozen=True, slots=True)
class Scores:
    reviewed: int
    bins: list[Bin]
    brier: float


def scores(entries: Sequence[JournalEntry]) -> Scores | None:
    """Calibration and the Brier score once ``MIN_REVIEWED`` decisions are reviewed."""
    done = reviewed(entries)
    score = brier(done)
    if len(done) < MIN_REVIEWED or score is None:
        return None
    return Scores(len(done), calibration(done), score)


# ---------------------------------------------------------------- process x outcome
@dataclass(frozen=True, slots=True)
class Cell:
    name: str
    process: Quality
    outcome: Quality
    entries: tuple[JournalEntry, ...]

    @property
    def count(self) -> int:
        return len(self.entries)


# Annie Duke's names for the four cells (How to Decide, 2020)
CELL_NAMES: dict[tuple[Quality, Quality], str] = {  # translated where shown ("Decisions")
    (Quality.GOOD, Quality.GOOD): QT_TRANSLATE_NOOP("Decisions", "earned reward"),
    (Quality.GOOD, Quality.POOR): QT_TRANSLATE_NOOP("Decisions", "bad luck"),
    (Quality.POOR, Quality.GOOD): QT_TRANSLATE_NOOP("Decisions", "dumb luck"),
    (Quality.POOR, Quality.POOR): QT_TRANSLATE_NOOP("Decisions", "just deserts"),
}


def process_outcome_grid(entries: Iterable[JournalEntry]) -> tuple[Cell, Cell, Cell, Cell]:
    """The reviewed entries in four cells (process, outcome): each lands in exactly one."""
    done = reviewed(entries)
    cells = [
        Cell(
            name,
            process,
            outcome,
            tuple(
                e
                for e in done
                if e.review is not None
                and (e.review.process_quality, e.review.outcome_quality) == (process, outcome)
            ),
        )
        for (process, outcome), name in CELL_NAMES.items()
    ]
    return cells[0], cells[1], cells[2], cells[3]
