"""What each part of the mentor report says: the cover, the tables and the reflections."""

from __future__ import annotations

from datetime import date

from altitude.charts.report_pdf import ReportDocument, shorten
from altitude.charts.style import DECISION_NAMES
from altitude.domain import metrics
from altitude.domain.entities import (
    Decision,
    Delegation,
    Plan,
    PlanState,
    Status,
    WeeklyCheckIn,
)
from altitude.domain.levels import MAX_LEVEL, MIN_LEVEL, level
from altitude.domain.weighing import recommend_item
from altitude.i18n import formats

REFLECTION_WEEKS = 6
# Rows per table: a mentor reads the biggest items and the latest hand-overs; the rest is a
# line that says how much was left out (and fpdf2 renders ~1.5 ms a cell: the tables of a
# ten-year plan took 47 s). The app and the JSON export hold everything.
TABLE_ROWS = 40  # a coach reads the biggest items; the rest are counted, not listed
STATUS_NAMES = {
    Status.PLANNED: "Planned",
    Status.HANDING_OVER: "Handing over",
    Status.OWNED: "Owned",
    Status.TAKEN_BACK: "Taken back",
}


def pct(value: float) -> str:
    return formats.percent(value)


def split_text(strategy_share: float) -> str:
    return f"{pct(strategy_share)} strategy, {pct(100 - strategy_share)} execution"


def cover(doc: ReportDocument, state: PlanState, today: date, *, with_plan: bool = True) -> None:
    """The title page; without the plan section only its title and date."""
    doc.add_page()
    plan = state.plan
    if not with_plan:
        title = f"{plan.current_role} → {plan.new_role}" if plan else "Transition report"
        doc.title_block(title, f"Transition report prepared on {formats.day(today)}")
        return
    if plan is None:
        doc.title_block("Transition report", f"Prepared on {formats.day(today)}")
        doc.heading("No plan yet")
        doc.paragraph(
            "There is no transition plan yet: no start date, horizon or target split between "
            "execution and strategy. The pages that follow show what has been logged so far."
        )
    else:
        doc.title_block(
            f"{plan.current_role} → {plan.new_role}",
            f"Transition report prepared on {formats.day(today)}",
        )
        _plan_facts(doc, plan, today)
        if plan.motive.strip():
            doc.heading("Why I want to lead", 12)
            doc.paragraph(plan.motive, italic=True)
        if plan.identity:
            doc.heading("Who I need to become", 12)
            doc.bullets(plan.identity)
    _at_a_glance(doc, state, today)


def _plan_facts(doc: ReportDocument, plan: Plan, today: date) -> None:
    day = metrics.day_of_horizon(plan, today)
    if day < 1:
        when = f"starts in {1 - day} day{'s' if day != 0 else ''}"
    elif day > plan.horizon_days:
        when = f"day {day}, past the {plan.horizon_days}-day horizon"
    else:
        when = f"day {day} of {plan.horizon_days}"
    rows = [
        ("From", plan.current_role),
        ("To", plan.new_role),
        ("Dates", f"{formats.day(plan.start_date)} to {formats.day(plan.horizon_end)}"),
        ("Today", when),
        ("Baseline", split_text(plan.baseline_share)),
        ("Target", split_text(plan.target_share)),
        ("Tolerance", f"±{plan.tolerance:g} percentage points around the glide path"),
    ]
    for m in sorted(plan.milestones, key=lambda m: m.day):
        rows.append((m.label or f"Day {m.day}", f"day {m.day}: {pct(m.target_share)} strategy"))
    doc.facts(rows)


def _at_a_glance(doc: ReportDocument, state: PlanState, today: date) -> None:
    doc.heading("At a glance", 12)
    shares = metrics.weekly_shares(state.checkins)
    lines = [f"{len(state.checkins)} weekly check-in{'s' if len(state.checkins) != 1 else ''}."]
    if shares:
        latest = shares[-1]
        line = (
            f"Latest week with hours, {latest.week}: {split_text(latest.strategy_share)} "
            f"({metrics.format_hours(latest.execution_hours)} execution, "
            f"{metrics.format_hours(latest.strategy_hours)} strategy)."
        )
        if state.plan is not None:
            expected = metrics.glide_target_for_week(state.plan, latest.week)
            judged = metrics.track(latest.strategy_share, expected, state.plan.tolerance)
            line += f" The plan expected {pct(expected)} strategy that week: {judged}."
        lines.append(line)
        if state.plan is not None:
            lines.append(metrics.projection(state.plan, shares).reason)
    freed = metrics.hours_freed(state.delegations)
    handed = [d for d in state.delegations if d.status in (Status.HANDING_OVER, Status.OWNED)]
    back = [d for d in state.delegations if d.status == Status.TAKEN_BACK]
    if state.delegations:
        lines.append(
            f"{len(handed)} delegated outcome{'s' if len(handed) != 1 else ''} handing over or "
            f"owned, freeing {metrics.format_hours(freed)} a week; {len(back)} taken back."
        )
    if state.items:
        split = metrics.current_split(state.items)
        after = metrics.what_if(state.items, state.delegations)
        lines.append(
            f"Inventory: {metrics.format_hours(split.total_hours)} a week across "
            f"{len(state.items)} items; once every decision is carried out, "
            f"{metrics.format_hours(after.execution_hours)} execution and "
            f"{metrics.format_hours(after.strategy_hours)} strategy remain."
        )
    doc.bullets(lines)


def inventory_table(doc: ReportDocument, state: PlanState) -> None:
    rows = []
    ranked = sorted(state.items, key=lambda i: (-i.hours, i.title))
    for item in ranked[:TABLE_ROWS]:
        advice = recommend_item(item)
        yours = "—" if item.decision == Decision.UNDECIDED else DECISION_NAMES[item.decision]
        rows.append(
            (
                item.title,
                metrics.format_hours(item.hours),
                item.mode.value.capitalize(),
                yours,
                f"{DECISION_NAMES[advice.decision]}: {advice.reason}",
            )
        )
    doc.table_of(
        ("What you do", "Hours", "Mode", "Your decision", "The weighing suggests"),
        rows,
        (44, 15, 20, 27, doc.epw - 106),
    )
    rest = ranked[TABLE_ROWS:]
    if rest:
        hours = metrics.format_hours(sum(i.hours for i in rest))
        doc.paragraph(
            f"The {TABLE_ROWS} items with the most hours are listed; {len(rest)} smaller ones "
            f"({hours} a week in all) are not.",
            muted=True,
            size=9,
        )


def delegation_table(doc: ReportDocument, state: PlanState) -> None:
    rows = []
    ordered = sorted(state.delegations, key=lambda d: (d.started_on, d.outcome))
    for d in ordered[-TABLE_ROWS:]:
        owner = state.person(d.owner_id) if d.owner_id is not None else None
        if MIN_LEVEL <= d.level <= MAX_LEVEL:
            level_text = f"{d.level} · {level(d.level).name}"
        else:
            level_text = str(d.level)
        rows.append(
            (
                d.outcome + (f"\nMeasure: {d.success_measure}" if d.success_measure else ""),
                owner.name if owner is not None else "—",
                level_text,
                STATUS_NAMES.get(d.status, str(d.status)),
                _freed(d),
                _taken_back(d),
            )
        )
    doc.table_of(
        ("Outcome", "Owner", "Level", "Status", "Freed", "Taken back because"),
        rows,
        (56, 26, 22, 22, 14, doc.epw - 140),
    )
    earlier = len(ordered) - TABLE_ROWS
    if earlier > 0:
        doc.paragraph(
            f"The {TABLE_ROWS} most recent delegations are listed; {earlier} earlier ones are not.",
            muted=True,
            size=9,
        )


def _freed(delegation: Delegation) -> str:
    """Hours freed as the ledger counts them: only while handing over or owned."""
    if delegation.status in (Status.HANDING_OVER, Status.OWNED):
        return metrics.format_hours(delegation.hours_freed)
    return "0 h" if delegation.status == Status.TAKEN_BACK else "—"


def _taken_back(delegation: Delegation) -> str:
    if delegation.status != Status.TAKEN_BACK:
        return ""
    reason = shorten(delegation.taken_back_reason.strip(), 240) or "no reason recorded"
    if delegation.hours_freed:
        reason += f" ({metrics.format_hours(delegation.hours_freed)} a week came back)"
    return reason


def recent_reflections(state: PlanState) -> list[WeeklyCheckIn]:
    """Check-ins of the last few logged weeks with a note or answers, newest first."""
    if not state.checkins:
        return []
    latest = max(c.week for c in state.checkins)
    return [
        c
        for c in sorted(state.checkins, key=lambda c: c.week, reverse=True)
        if latest - c.week < REFLECTION_WEEKS and (c.note.strip() or c.answers)
    ]


def reflections(doc: ReportDocument, recent: list[WeeklyCheckIn]) -> None:
    doc.heading("Recent reflections")
    for checkin in recent:
        share = metrics.strategy_share(checkin)
        hours = (
            f"{metrics.format_hours(checkin.execution_hours)} execution, "
            f"{metrics.format_hours(checkin.strategy_hours)} strategy"
        )
        tail = f" ({pct(share)} strategy)" if share is not None else ""
        doc.heading(f"{checkin.week} · {hours}{tail}", 11)
        if checkin.note.strip():
            doc.paragraph(checkin.note)
        for answer in checkin.answers:
            doc.paragraph(answer.prompt, muted=True, size=9)
            doc.paragraph(answer.answer or "—")
