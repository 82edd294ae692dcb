"""What the dashboard and `altitude status` show, computed in one pass over the state."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from altitude.domain import metrics
from altitude.domain.entities import Delegation
from altitude.domain.metrics import Projection, Track, WeekShare
from altitude.domain.overview import AtAGlance
from altitude.domain.weeks import IsoWeek

# Delegations due are named one a line up to this many, the soonest first; the rest are
# counted. A list of hundreds helps no one (and cost the dashboard ~15 MiB of labels).
DUE_NOTES = 5


@dataclass(frozen=True, slots=True)
class Summary:
    today: date
    week: IsoWeek
    day_of_horizon: int | None
    horizon_days: int | None
    last: WeekShare | None
    last_target: float | None  # glide-path target for the last checked-in week
    track: Track | None
    target_share: float | None
    projection: Projection | None
    hours_freed: float
    delegations_due: tuple[Delegation, ...]
    checkin_due: bool
    missing_weeks: tuple[IsoWeek, ...]
    rising_execution: bool
    shares: tuple[WeekShare, ...] = ()
    attention: tuple[str, ...] = field(default=())


def summarize(state: AtAGlance, today: date) -> Summary:
    """Everything the dashboard says, from the Overview or the whole state alike."""
    week = IsoWeek.of(today)
    plan = state.plan
    shares = metrics.weekly_shares(state.checkins)
    last = shares[-1] if shares else None
    last_target = track = projection = None
    if plan is not None:
        projection = metrics.projection(plan, shares)
        if last is not None:
            last_target = metrics.glide_target_for_week(plan, last.week)
            track = metrics.track(last.strategy_share, last_target, plan.tolerance)
    week_end = week.monday() + timedelta(days=6)
    due = tuple(metrics.delegations_due(state.delegations, week_end))
    since = (
        IsoWeek.of(plan.start_date)
        if plan
        else (state.checkins[0].week if state.checkins else week)
    )
    missing = tuple(metrics.missing_weeks(state.checkins, since, week + -1)) if since < week else ()
    checkin_due = metrics.checkin_due(state.checkins, today, state.settings.checkin_weekday)
    rising = metrics.rising_execution(shares)
    summary = Summary(
        today=today,
        week=week,
        day_of_horizon=metrics.day_of_horizon(plan, today) if plan else None,
        horizon_days=plan.horizon_days if plan else None,
        last=last,
        last_target=last_target,
        track=track,
        target_share=plan.target_share if plan else None,
        projection=projection,
        hours_freed=metrics.hours_freed(state.delegations),
        delegations_due=due,
        checkin_due=checkin_due,
        missing_weeks=missing,
        rising_execution=rising,
        shares=tuple(shares),
    )
    return _with_attention(summary, state)


def _with_attention(summary: Summary, state: AtAGlance) -> Summary:
    notes: list[str] = []
    if summary.checkin_due:
        notes.append(f"This week's check-in ({summary.week}) is due.")
    for d in summary.delegations_due[:DUE_NOTES]:
        owner = state.person(d.owner_id) if d.owner_id else None
        who = owner.name if owner else "its owner"
        when = d.next_checkin.isoformat() if d.next_checkin else ""
        notes.append(f"Check in with {who} on “{d.outcome}” (due {when}).")
    more = len(summary.delegations_due) - DUE_NOTES
    if more > 0:
        notes.append(f"{more} more delegation check-ins are due: see the Delegation page.")
    if summary.missing_weeks:
        weeks = ", ".join(str(w) for w in summary.missing_weeks[-3:])
        more = len(summary.missing_weeks) - 3
        suffix = f" and {more} more" if more > 0 else ""
        notes.append(f"No check-in for {weeks}{suffix}.")
    if summary.rising_execution:
        notes.append("Your execution share rose two weeks running: what pulled you back in?")
    return replace(summary, attention=tuple(notes))
