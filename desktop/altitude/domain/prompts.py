"""Which reflection prompts a week's check-in asks, rotating so none repeats week after week."""

from __future__ import annotations

from collections.abc import Sequence

from altitude.domain.entities import WeeklyCheckIn
from altitude.domain.weeks import IsoWeek


def prompts_for_week(
    week: IsoWeek,
    prompts: Sequence[str],
    history: Sequence[WeeklyCheckIn],
    count: int = 2,
    lead: str | None = None,
) -> list[str]:
    """Pick ``count`` prompts for ``week``.

    The choice walks through the list by week number, skipping prompts answered in the
    two previous weeks, so consecutive weeks never ask the same thing. ``lead`` (e.g. the
    question about delegated work pulled back) goes first when given.
    """
    if not prompts:
        return [lead] if lead else []
    recent = {a.prompt for c in history if 0 < week - c.week <= 2 for a in c.answers}
    start = (week.year * 53 + week.week) * count % len(prompts)
    ordered = [prompts[(start + i) % len(prompts)] for i in range(len(prompts))]
    fresh = [p for p in ordered if p not in recent and p != lead]
    stale = [p for p in ordered if p in recent and p != lead]
    chosen = ([lead] if lead else []) + fresh + stale
    return chosen[: max(count, 1 if lead else 0)]
