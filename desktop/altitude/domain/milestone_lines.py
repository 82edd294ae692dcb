"""Milestone arithmetic for the Plan page's buttons.

Straight-line interpolation along the glide path, the same picture ``domain.glide``
draws: day 0 is the baseline, the horizon end is the target.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from altitude.domain.entities import Milestone


def _between(start: tuple[int, float], end: tuple[int, float], day: int) -> float:
    (d1, s1), (d2, s2) = start, end
    return round(s1 + (s2 - s1) * (day - d1) / (d2 - d1), 1)


def on_straight_line(
    milestones: Sequence[Milestone], baseline: float, target: float, horizon_days: int
) -> list[Milestone]:
    """The same milestones, each share moved onto the line from baseline to target."""
    span = max(horizon_days, 1)
    return [
        replace(m, target_share=_between((0, baseline), (span, target), min(m.day, span)))
        for m in milestones
    ]


def with_one_more(
    milestones: Sequence[Milestone], baseline: float, target: float, horizon_days: int
) -> tuple[Milestone, ...]:
    """A new milestone in the middle of the longest stretch of the path, on that stretch.

    Unchanged when no stretch is at least two days long (there is no day to put it on).
    """
    points = [(0, baseline)] + [(m.day, m.target_share) for m in milestones]
    if not milestones or milestones[-1].day < horizon_days:
        points.append((horizon_days, target))
    stretches = [(b[0] - a[0], a, b) for a, b in pairwise(points) if b[0] - a[0] >= 2]
    if not stretches:
        return tuple(milestones)
    _, start, end = max(stretches, key=lambda s: s[0])
    day = (start[0] + end[0]) // 2
    new = Milestone(day=day, target_share=_between(start, end, day))
    return tuple(sorted((*milestones, new), key=lambda m: m.day))
