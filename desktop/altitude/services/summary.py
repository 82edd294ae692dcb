"""What the dashboard and `altitude status` show, computed in one pass over the state."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from altitude.domain import metrics
from altitude.domain.entities import Delegation
from altitude.domain.metrics import Projection, Track, WeekShare
from altitude.domain.overview import AtAGlance
from altitude.domain.weeks import IsoWeek
from altitude.services.arcs.attention import arcs_attention
from altitude.services.attention import (
    Attention,
    attention_items,
    imported_attention,
    in_english,
)
from altitude.services.growth.attention import growth_attention


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
    attention: tuple[str, ...] = field(default=())  # the items in plain English (``in_english``)
    attention_items: tuple[Attention, ...] = ()  # the same as data, for the GUI to word


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
    items = attention_items(
        summary.week,
        summary.checkin_due,
        summary.delegations_due,
        summary.missing_weeks,
        summary.rising_execution,
        state,
        summary.today,
    ) + tuple(growth_attention(state, summary.today))
    items += tuple(imported_attention(state, summary.week))
    items += tuple(arcs_attention(state, summary.today))
    return replace(summary, attention_items=items, attention=tuple(in_english(i) for i in items))
