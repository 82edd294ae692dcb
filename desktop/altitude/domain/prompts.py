"""Which reflection prompts a week's check-in asks, rotating so none repeats week after week,
and the standing question every week asks besides them."""

from __future__ import annotations

from collections.abc import Sequence

from altitude.domain.entities import WeeklyCheckIn
from altitude.domain.growth.feedback_prompts import WEEKLY_ASK
from altitude.domain.weeks import IsoWeek

# Asked every week, after the rotating prompts; its answer is kept with the week's answers
# (``WeeklyCheckIn.answers``) like any reflection. Seeking feedback is a habit, so the
# check-in asks for it weekly rather than every few weeks as a rotating prompt would.
FEEDBACK_PROMPT = WEEKLY_ASK
STANDING_PROMPTS: tuple[str, ...] = (FEEDBACK_PROMPT,)
# The rotating prompt that asked the same thing (resources/prompts.json, "whose-feedback");
# it is not offered beside the standing question, and earlier weeks' answers to it stay.
_ASKED_EVERY_WEEK = "Whose feedback did you ask for?"
# Answers that name who gave feedback: the report leaves them out with the feedback log.
FEEDBACK_PROMPTS = frozenset({FEEDBACK_PROMPT, _ASKED_EVERY_WEEK})


def prompts_for_week(
    week: IsoWeek,
    prompts: Sequence[str],
    history: Sequence[WeeklyCheckIn],
    count: int = 2,
    lead: str | None = None,
) -> list[str]:
    """Pick ``count`` prompts for ``week`` (the standing questions are not among them).

    The choice walks through the list by week number, skipping prompts answered in the
    two previous weeks, so consecutive weeks never ask the same thing. ``lead`` (e.g. the
    question about delegated work pulled back) goes first when given.
    """
    prompts = [p for p in prompts if p not in FEEDBACK_PROMPTS]
    if not prompts:
        return [lead] if lead else []
    recent = {a.prompt for c in history if 0 < week - c.week <= 2 for a in c.answers}
    start = (week.year * 53 + week.week) * count % len(prompts)
    ordered = [prompts[(start + i) % len(prompts)] for i in range(len(prompts))]
    fresh = [p for p in ordered if p not in recent and p != lead]
    stale = [p for p in ordered if p in recent and p != lead]
    chosen = ([lead] if lead else []) + fresh + stale
    return chosen[: max(count, 1 if lead else 0)]
