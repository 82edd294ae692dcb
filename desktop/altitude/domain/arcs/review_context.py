"""What a milestone review looks back over: the figures the guided review, the boss
sheet and the report show, read from the plan without changing it (in the domain so the
charts can draw them too).

Watkins (*The First 90 Days*) splits the first 90 days into three 30-day blocks with a
check with the boss after each. The review at milestone day N looks at the **period**
since the last review (the day after it) or, for the first one, since the plan's start,
up to the day of the review (today for one not yet held):

- where you stand: the rolling strategy share of the latest logged weeks (the dashboard's
  window) against the glide path on the milestone's day;
- what was handed over (delegations started in the period), what is owned now, what came
  back (boomerangs in the period's weeks) and what was taken back;
- decisions recorded and reviewed, feedback logged (only the user's own response to it:
  what others said stays on the Feedback page);
- what changed in the narrative between the version in force at the last review and the
  latest one;
- the five conversations with the boss.

A week belongs to the period when its Thursday does (``GLIDE_WEEKDAY``, as the glide path
judges weeks). A take-back carries no date of its own: it is dated by its take-back
decision in the journal when there is one, else by the delegation's latest dated event.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from altitude.domain import metrics
from altitude.domain.arcs.narrative import NarrativeVersion, latest
from altitude.domain.arcs.narrative_diff import PartChange, narrative_diff
from altitude.domain.arcs.reviews import MilestoneReview, next_review
from altitude.domain.arcs.stakeholders import (
    BossConversation,
    BossTopic,
    Stakeholder,
    conversations_held,
)
from altitude.domain.entities import Delegation, Plan, PlanState, Status
from altitude.domain.growth.take_back import TAKE_BACK
from altitude.domain.metrics import Boomerang, Track


@dataclass(frozen=True, slots=True)
class Period:
    first: date  # both days included
    last: date
    since_review: bool  # False: it runs from the plan's start

    def holds(self, day: date) -> bool:
        return self.first <= day <= self.last


@dataclass(frozen=True, slots=True)
class Standing:
    """The strategy share against the glide path at the milestone."""

    actual: float | None  # the rolling share of the latest logged weeks; None: none logged
    planned: float  # the glide path on the milestone's day
    weeks: int  # how many logged weeks the rolling share averages
    track: Track | None

    @property
    def gap(self) -> float | None:
        return None if self.actual is None else self.actual - self.planned


@dataclass(frozen=True, slots=True)
class HandOvers:
    started: tuple[Delegation, ...]  # hand-overs started in the period, oldest first
    owned: tuple[Delegation, ...]  # owned now
    boomerangs: tuple[Boomerang, ...]  # work that came back in the period's weeks
    taken_back: tuple[Delegation, ...]  # taken back in the period

    @property
    def hours_owned(self) -> float:
        return metrics.hours_freed(self.owned)

    @property
    def boomerang_hours(self) -> float:
        return sum((b.hours for b in self.boomerangs), 0.0)


@dataclass(frozen=True, slots=True)
class Growth:
    decided: tuple[str, ...]  # decisions recorded in the period, oldest first
    reviewed: tuple[str, ...]  # decisions whose review was written in the period
    feedback: tuple[str, ...]  # the user's own response to each piece of feedback logged


@dataclass(frozen=True, slots=True)
class NarrativeChange:
    before: NarrativeVersion | None  # in force at the last review (or at the start)
    now: NarrativeVersion | None  # the latest by the review's day
    parts: tuple[PartChange, ...]  # what changed, in the kernel's order

    @property
    def versions_since(self) -> bool:
        return self.now is not None and self.now is not self.before


@dataclass(frozen=True, slots=True)
class ReviewContext:
    milestone_day: int
    due_on: date  # the milestone's date
    on: date  # the review's day: the day it was held, or today
    period: Period
    standing: Standing
    hand_overs: HandOvers
    growth: Growth
    narrative: NarrativeChange
    conversations: dict[BossTopic, BossConversation | None]  # empty without a boss
    boss_name: str


def milestone_date(plan: Plan, day: int) -> date:
    return plan.start_date + timedelta(days=day)


def review_period(plan: Plan, reviews: Iterable[MilestoneReview], on: date) -> Period:
    """From the day after the last review held before ``on`` (or the plan's start) to ``on``."""
    held = [r.held_on for r in reviews if r.held_on < on]
    if not held:
        return Period(plan.start_date, on, since_review=False)
    return Period(max(held) + timedelta(days=1), on, since_review=True)


def standing(plan: Plan, state: PlanState, milestone_day: int, on: date) -> Standing:
    """The rolling share of the latest weeks logged by ``on`` against the milestone's glide."""
    planned = metrics.glide_target(plan, milestone_date(plan, milestone_day))
    logged = [c for c in state.checkins if c.week.day(metrics.GLIDE_WEEKDAY) <= on]
    shares = metrics.weekly_shares(logged)[-metrics.DEFAULT_ROLLING_WINDOW :]
    if not shares:
        return Standing(None, planned, 0, None)
    actual = metrics.rolling_average([s.strategy_share for s in shares])[-1]
    return Standing(actual, planned, len(shares), metrics.track(actual, planned, plan.tolerance))


def _taken_back_on(d: Delegation, state: PlanState) -> date:
    decided = [
        e.decided_on
        for e in state.journal
        if e.chosen == TAKE_BACK and any(link.delegation_id == d.id for link in e.delegations)
    ]
    if decided:
        return max(decided)
    events = [d.started_on, *(c.on for c in d.checkins), *(c.on for c in d.level_history)]
    return max(events)


def hand_overs(state: PlanState, period: Period) -> HandOvers:
    started = sorted(
        (d for d in state.delegations if period.holds(d.started_on)), key=lambda d: d.started_on
    )
    owned = tuple(d for d in state.delegations if d.status is Status.OWNED)
    finder = metrics.BoomerangFinder(state.items, state.delegations, state.people)
    came_back = [
        b
        for c in state.checkins
        if period.holds(c.week.day(metrics.GLIDE_WEEKDAY))
        for b in finder.find(c)
    ]
    taken = tuple(
        d
        for d in state.delegations
        if d.status is Status.TAKEN_BACK and period.holds(_taken_back_on(d, state))
    )
    return HandOvers(tuple(started), owned, tuple(came_back), taken)


def growth(state: PlanState, period: Period) -> Growth:
    journal = sorted(state.journal, key=lambda e: (e.decided_on, e.id or 0))
    decided = tuple(e.decision for e in journal if period.holds(e.decided_on))
    reviewed = tuple(
        e.decision for e in journal if any(period.holds(r.reviewed_on) for r in e.reviews)
    )
    logged = sorted((f for f in state.feedback if period.holds(f.on)), key=lambda f: f.on)
    return Growth(decided, reviewed, tuple(f.response for f in logged))


def narrative_change(versions: Sequence[NarrativeVersion], period: Period) -> NarrativeChange:
    """The latest version by the period's end against the one in force before it began."""
    before = latest(v for v in versions if v.written_on < period.first)
    now = latest(v for v in versions if v.written_on <= period.last)
    if now is None or now is before:
        return NarrativeChange(before, now, ())
    old = before if before is not None else NarrativeVersion(written_on=period.first)
    return NarrativeChange(before, now, tuple(narrative_diff(old, now)))


def build_context(
    state: PlanState,
    milestone_day: int,
    on: date,
    *,
    reviews: Sequence[MilestoneReview],
    narratives: Sequence[NarrativeVersion],
    boss: Stakeholder | None,
) -> ReviewContext:
    """The review at ``milestone_day`` as it looks on ``on``; the review held at that
    milestone itself, if any, is not a "last review" for its own period."""
    plan = state.plan
    if plan is None:
        raise ValueError("a review needs a plan")
    others = [r for r in reviews if r.milestone_day != milestone_day]
    period = review_period(plan, others, on)
    return ReviewContext(
        milestone_day=milestone_day,
        due_on=milestone_date(plan, milestone_day),
        on=on,
        period=period,
        standing=standing(plan, state, milestone_day, on),
        hand_overs=hand_overs(state, period),
        growth=growth(state, period),
        narrative=narrative_change(narratives, period),
        conversations=conversations_held(boss) if boss is not None else {},
        boss_name=boss.name if boss is not None else "",
    )


DUE_SOON_DAYS = 7  # a milestone this close is "due": time to book the talk with the boss


class MilestoneState(StrEnum):
    DONE = "done"
    OVERDUE = "overdue"  # its day has passed without a review (as ``next_review`` says)
    DUE = "due"  # within a week
    UPCOMING = "upcoming"


@dataclass(frozen=True, slots=True)
class MilestoneRow:
    day: int
    on: date
    label: str
    state: MilestoneState
    review: MilestoneReview | None


def milestone_rows(
    plan: Plan, reviews: Iterable[MilestoneReview], today: date
) -> list[MilestoneRow]:
    """Each milestone of the plan (and any reviewed day no longer one), by day."""
    done = {r.milestone_day: r for r in reviews}
    labels = {m.day: m.label for m in plan.milestones if m.day > 0}
    rows = []
    for day in sorted(labels.keys() | done.keys()):
        on = milestone_date(plan, day)
        review = done.get(day)
        if review is not None:
            state = MilestoneState.DONE
        elif on < today:
            state = MilestoneState.OVERDUE
        elif on <= today + timedelta(days=DUE_SOON_DAYS):
            state = MilestoneState.DUE
        else:
            state = MilestoneState.UPCOMING
        rows.append(MilestoneRow(day, on, labels.get(day, ""), state, review))
    return rows


def review_context(state: PlanState, milestone_day: int, on: date) -> ReviewContext:
    """``build_context`` from what the plan holds: its reviews, narrative and boss."""
    return build_context(
        state,
        milestone_day,
        on,
        reviews=state.reviews,
        narratives=state.narratives,
        boss=state.boss(),
    )


def sheet_review(state: PlanState, today: date) -> tuple[int, MilestoneReview | None] | None:
    """Which review a boss sheet is for when none is named: the latest held, else the next
    one due (not held yet); None for a plan without milestones."""
    held = max(state.reviews, key=lambda r: (r.held_on, r.milestone_day), default=None)
    if held is not None:
        return held.milestone_day, held
    if state.plan is None:
        return None
    due = next_review(state.plan, state.reviews, today)
    return None if due is None else (due.milestone_day, None)


PROSE = frozenset({"diagnosis", "guiding_policy", "press_release"})  # the rest are lists


@dataclass(frozen=True, slots=True)
class PartSaid:
    """A changed part of the narrative as a person reads it: a rewritten text as it reads
    now (a word diff's fragments make no sense out of their sentence), or a list's entries
    added and dropped."""

    part: str
    now: str | None  # the prose part's new text; None for a list
    added: tuple[str, ...]
    dropped: tuple[str, ...]


def part_said(part: PartChange) -> PartSaid:
    if part.part in PROSE:
        now = " ".join(p.text for p in part.pieces if p.change != "removed")
        return PartSaid(part.part, now, (), ())
    added = tuple(p.text for p in part.pieces if p.change == "added")
    dropped = tuple(p.text for p in part.pieces if p.change == "removed")
    return PartSaid(part.part, None, added, dropped)
