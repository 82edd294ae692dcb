"""Which reflection prompts a week's check-in asks: those the plan's state calls for (the
table below), rotating ones so none repeats week after week, and the standing question
every week asks besides them."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence, Set
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from altitude.domain.entities import Delegation, PlanState, Status, WeeklyCheckIn
from altitude.domain.glide import glide_target_for_week
from altitude.domain.growth.feedback_prompts import WEEKLY_ASK
from altitude.domain.growth.take_back import TAKE_BACK
from altitude.domain.shares import strategy_share
from altitude.domain.weeks import IsoWeek
from altitude.i18n import translate

# Asked every week, after the rotating prompts; its answer is kept with the week's answers
# (``WeeklyCheckIn.answers``) like any reflection. Seeking feedback is a habit, so the
# check-in asks for it weekly rather than every few weeks as a rotating prompt would.
FEEDBACK_PROMPT = WEEKLY_ASK
STANDING_PROMPTS: tuple[str, ...] = (FEEDBACK_PROMPT,)
# The rotating prompt that asked the same thing (resources/prompts.json, "whose-feedback");
# it is not offered beside the standing question, and earlier weeks' answers to it stay.
_ASKED_EVERY_WEEK = "Whose feedback did you ask for?"


def standing_prompts() -> dict[str, str]:
    """Each standing question as the app asks it (its language) -> its English words, by
    which the weeks saved in English still find their answer. The same words as
    ``STANDING_PROMPTS`` (tests/services/test_resources_translated.py keeps them so)."""
    return {
        translate("CheckinPrompts", "Whom did you ask for feedback this week?"): FEEDBACK_PROMPT
    }


class _InEitherLanguage(Set[str]):
    """The feedback questions, in English and in the app's language: an answer keeps the
    words it was asked in, so a week answered in German is recognised as one in English.
    A set worked out when asked (the language is installed after this module loads)."""

    def _texts(self) -> frozenset[str]:
        asked = translate("prompts", _ASKED_EVERY_WEEK)
        return frozenset({FEEDBACK_PROMPT, _ASKED_EVERY_WEEK, asked, *standing_prompts()})

    def __contains__(self, text: object) -> bool:
        return text in self._texts()

    def __iter__(self) -> Iterator[str]:
        return iter(self._texts())

    def __len__(self) -> int:
        return len(self._texts())

    @classmethod
    def _from_iterable(cls, values: Iterable[Any]) -> frozenset[Any]:  # `a & b` and kin
        return frozenset(values)


# Answers that name who gave feedback: the report leaves them out with the feedback log.
FEEDBACK_PROMPTS = _InEitherLanguage()


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


# ------------------------------------------------------------------ prompts that fit
# The rules are documented in ``fitting_prompts``' docstring (a table: rule, prompt, why).

MAX_FITTING = 2
REVIEW_WINDOW_DAYS = 7
NARRATIVE_MONTH_DAYS = 30
RECENT_WEEKS = 3  # the narrative question is not asked again within three weeks
NARRATIVE_PROMPT = (
    "Your narrative is a month old. Does its diagnosis still hold, or has something changed?"
)
ABOVE_PATH_PROMPT = (
    "This week was above your glide path. What made room for strategy, and how could you keep it?"
)
TAKE_BACK_PROMPT = (
    "You took back \u201c{0}\u201d. What pulled you in, and what would have to be true to "
    "hand it over again?"
)
REVIEW_PROMPT = (
    "Your day-{0} milestone is near. What will you bring to its review: what to keep, what "
    "to stop, what to start?"
)
# The fitting prompts are asked in the app's language (``altitude.i18n``; English without a
# translator) and an answer keeps the words it was asked in: "was it answered?" looks for
# the English words and the translated ones alike, so a change of language asks nothing twice.


class Rule(StrEnum):
    TAKE_BACK = "take-back"
    CAME_BACK = "came-back"
    REVIEW_NEAR = "review-near"
    NARRATIVE_MONTH = "narrative-month"
    ABOVE_PATH = "above-path"


@dataclass(frozen=True, slots=True)
class Fitting:
    """A prompt the state called for, and the rule that chose it."""

    rule: Rule
    text: str


def take_back_prompt(outcome: str) -> str:
    name = " ".join(outcome.split())
    return translate("CheckinPrompts", TAKE_BACK_PROMPT).format(name)


def review_prompt(day: int) -> str:
    return translate("CheckinPrompts", REVIEW_PROMPT).format(day)


def narrative_prompt() -> str:
    return translate("CheckinPrompts", NARRATIVE_PROMPT)


def above_path_prompt() -> str:
    return translate("CheckinPrompts", ABOVE_PATH_PROMPT)


def reference_day(week: IsoWeek, today: date) -> date:
    """The day a week's check-in is judged from: today in the current week, else its Sunday."""
    return today if IsoWeek.of(today) == week else week.day(6)


def fitting_prompts(
    state: PlanState, draft: WeeklyCheckIn, today: date, came_back: str | None = None
) -> list[Fitting]:
    """The prompts the state calls for, in the order of the rules below, at most
    ``MAX_FITTING`` (the rotating prompts fill the rest of the week's two).

    ``draft`` is the week as entered so far (its hours judge the glide path);
    ``came_back`` is the boomerang question, given when delegated work came back.

    ============== ============================ ====================== ======================
    rule           when                         asks                   why
    ============== ============================ ====================== ======================
    take-back      a delegation marked taken    what pulled you in,    taking work back is
                   back that no other week's    and what would have to the execution trap
                   check-in asked about (*)     be true to hand it     made visible: the
                                                over again             reason is the lesson
    came back      hours logged this week on    the boomerang question the same trap, seen
                   work you had delegated       (resources/prompts.    in the hours
                   (``metrics.boomerangs``)     json)
    review near    a milestone within 7 days of what you will bring to a 30/60/90-day plan
                   the check-in, either side,   its review: what to    works only if you
                   not reviewed yet             keep, stop, start      stop at each
                                                                       milestone and look
    narrative a    the latest narrative is 30   whether its diagnosis  the narrative is
    month old      days old or more, and this   still holds            revisited monthly; a
                   was not answered in the 3                           diagnosis goes stale
                   weeks before                                        quietly
    above the      the week's strategy share is what made room for     a good week is worth
    glide path     above the glide path's share strategy, and how to   understanding, so it
                   for that week                keep it                can be repeated
    ============== ============================ ====================== ======================

    (*) The app keeps no date for a take-back, so "this week" is the first check-in after
    it: the question stays until a week's check-in answers it, one take-back at a time
    (the latest first). One whose take-back decision in the journal (``growth.take_back``)
    is dated more than a week before the check-in's week is not news any more.

    The once-a-month motive check and the note about control: ``domain.guidance.motive``.
    """
    on = reference_day(draft.week, today)
    found = [
        *_take_backs(state, draft.week),
        *([Fitting(Rule.CAME_BACK, came_back)] if came_back else []),
        *_review_near(state, on),
        *_narrative_month(state, draft.week, on),
        *_above_path(state, draft),
    ]
    return found[:MAX_FITTING]


def answered(state: PlanState, prompt: str, admits: Callable[[IsoWeek], bool], *also: str) -> bool:
    """Whether a check-in of a week ``admits`` answered ``prompt`` (or one of ``also``:
    the same question in another language)."""
    asked = {prompt, *also}
    return any(a.prompt in asked for c in state.checkins if admits(c.week) for a in c.answers)


def _take_backs(state: PlanState, week: IsoWeek) -> list[Fitting]:
    recent = week.monday() - timedelta(days=7)
    decided = _take_back_decisions(state)
    fresh = [
        d
        for d in state.delegations
        if d.status == Status.TAKEN_BACK
        and d.id is not None
        and decided.get(d.id, recent) >= recent
        and not answered(
            state,
            take_back_prompt(d.outcome),
            lambda w: w != week,
            TAKE_BACK_PROMPT.format(" ".join(d.outcome.split())),
        )
    ]
    fresh.sort(key=lambda d: (_last_trace(d, decided), d.id or 0), reverse=True)
    return [Fitting(Rule.TAKE_BACK, take_back_prompt(d.outcome)) for d in fresh[:1]]


def _take_back_decisions(state: PlanState) -> dict[int, date]:
    """Each delegation's latest journal entry taking it back (``growth.take_back``)."""
    latest: dict[int, date] = {}
    for entry in state.journal:
        if entry.chosen != TAKE_BACK:
            continue
        for link in entry.delegations:
            day = latest.get(link.delegation_id, date.min)
            latest[link.delegation_id] = max(day, entry.decided_on)
    return latest


def _last_trace(d: Delegation, decided: dict[int, date]) -> date:
    days: Iterable[date] = (
        d.started_on,
        *(c.on for c in d.checkins),
        *(c.on for c in d.level_history),
        decided.get(d.id or 0, date.min),
    )
    return max(days)


def _review_near(state: PlanState, on: date) -> list[Fitting]:
    plan = state.plan
    if plan is None:
        return []
    reviewed = {r.milestone_day for r in state.reviews}
    near = [
        (abs((plan.start_date + timedelta(days=m.day) - on).days), m.day)
        for m in plan.milestones
        if m.day not in reviewed
    ]
    near = [(gap, day) for gap, day in near if gap <= REVIEW_WINDOW_DAYS]
    return [Fitting(Rule.REVIEW_NEAR, review_prompt(min(near)[1]))] if near else []


def _narrative_month(state: PlanState, week: IsoWeek, on: date) -> list[Fitting]:
    written = [v.written_on for v in state.narratives]
    if not written or (on - max(written)).days < NARRATIVE_MONTH_DAYS:
        return []

    def recently(w: IsoWeek) -> bool:
        return 0 < week - w <= RECENT_WEEKS

    if answered(state, narrative_prompt(), recently, NARRATIVE_PROMPT):
        return []
    return [Fitting(Rule.NARRATIVE_MONTH, narrative_prompt())]


def _above_path(state: PlanState, draft: WeeklyCheckIn) -> list[Fitting]:
    plan, share = state.plan, strategy_share(draft)
    if plan is None or share is None or draft.week < IsoWeek.of(plan.start_date):
        return []
    if share <= glide_target_for_week(plan, draft.week):
        return []
    return [Fitting(Rule.ABOVE_PATH, above_path_prompt())]
