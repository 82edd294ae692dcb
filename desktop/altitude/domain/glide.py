"""The glide path: the strategy share the plan expects on any given day.

The path is a chain of straight lines through these points, in date order:

1. ``(start_date, baseline_share)``;
2. each milestone, ``(start_date + day, target_share)``, sorted by day (milestones on
   day 0 or before are ignored: the start belongs to the baseline);
3. ``(horizon_end, target_share)`` unless a milestone already lands on the horizon end.

Before the start the plan expects the baseline; after the last point, that point's share
(the plan's target, unless a milestone on the horizon end says otherwise).

A week is judged by its **Thursday** (``GLIDE_WEEKDAY``): the middle of the working week,
and the day ISO 8601 uses to decide which year a week belongs to. Check-ins report a whole
week, so its middle is the fairest single day to compare them with.

Import these through ``altitude.domain.metrics``.
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import date, timedelta

from altitude.domain.entities import Plan
from altitude.domain.weeks import IsoWeek

GLIDE_WEEKDAY = 3  # Thursday (0 = Monday)


def glide_path(plan: Plan) -> list[tuple[date, float]]:
    """The points the glide path runs through, sorted by date."""
    points = [(plan.start_date, plan.baseline_share)]
    milestones = sorted((m for m in plan.milestones if m.day > 0), key=lambda m: m.day)
    points += [(plan.start_date + timedelta(days=m.day), m.target_share) for m in milestones]
    if all(day != plan.horizon_end for day, _ in points[1:]):
        points.append((plan.horizon_end, plan.target_share))
    # Stable: a (bad) milestone past the horizon end still keeps every point in order.
    return sorted(points, key=lambda p: p[0])


def glide_target(plan: Plan, day: date) -> float:
    """The strategy share the plan expects on ``day``."""
    points = glide_path(plan)
    dates = [d for d, _ in points]
    index = bisect_right(dates, day)  # points[index - 1] is the last one on or before day
    if index == 0:
        return plan.baseline_share
    before_day, before_share = points[index - 1]
    if before_day == day or index == len(points):
        return before_share
    after_day, after_share = points[index]
    fraction = (day - before_day).days / (after_day - before_day).days
    return before_share + (after_share - before_share) * fraction


def glide_target_for_week(plan: Plan, week: IsoWeek) -> float:
    """The strategy share the plan expects in ``week``, judged on its Thursday."""
    return glide_target(plan, week.day(GLIDE_WEEKDAY))
