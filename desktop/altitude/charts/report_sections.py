"""What each part of the mentor report says: the cover, the tables and the reflections."""

from __future__ import annotations

from datetime import date

from altitude.charts.report_pdf import ReportDocument, shorten
from altitude.charts.style import decision_name
from altitude.domain import metrics
from altitude.domain.entities import (
    Decision,
    Delegation,
    Mode,
    Plan,
    PlanState,
    Status,
    WeeklyCheckIn,
)
from altitude.domain.levels import MAX_LEVEL, MIN_LEVEL, level
from altitude.domain.shares import Track
from altitude.domain.weighing import recommend_item
from altitude.i18n import QT_TRANSLATE_NOOP, formats, translate, translate_marked

REFLECTION_WEEKS = 6
# Rows per table: a mentor reads the biggest items and the latest hand-overs; the rest is a
# line that says how much was left out (and fpdf2 renders ~1.5 ms a cell: the tables of a
# ten-year plan took 47 s). The app and the JSON export hold everything.
TABLE_ROWS = 40  # a coach reads the biggest items; the rest are counted, not listed
STATUS_NAMES = {  # translated where printed (the report's context)
    Status.PLANNED: QT_TRANSLATE_NOOP("Report", "Planned"),
    Status.HANDING_OVER: QT_TRANSLATE_NOOP("Report", "Handing over"),
    Status.OWNED: QT_TRANSLATE_NOOP("Report", "Owned"),
    Status.TAKEN_BACK: QT_TRANSLATE_NOOP("Report", "Taken back"),
}
TRACK_NAMES = {
    Track.AHEAD: QT_TRANSLATE_NOOP("Report", "ahead"),
    Track.ON_TRACK: QT_TRANSLATE_NOOP("Report", "on track"),
    Track.BEHIND: QT_TRANSLATE_NOOP("Report", "behind"),
}
MODE_NAMES = {
    Mode.EXECUTION: QT_TRANSLATE_NOOP("Report", "Execution"),
    Mode.STRATEGY: QT_TRANSLATE_NOOP("Report", "Strategy"),
}


def tr(text: str) -> str:
    """The report's words in the app's language (English from the CLI, which installs no
    translator)."""
    return translate("Report", text)


def trn(text: str, n: int) -> str:
    return translate("Report", text, None, n)


def pct(value: float) -> str:
    return formats.percent(value)


def split_text(strategy_share: float) -> str:
    return tr("{0} strategy, {1} execution").format(pct(strategy_share), pct(100 - strategy_share))


def cover(doc: ReportDocument, state: PlanState, today: date, *, with_plan: bool = True) -> None:
    """The title page; without the plan section only its title and date."""
    doc.add_page()
    plan = state.plan
    if not with_plan:
        title = f"{plan.current_role} → {plan.new_role}" if plan else tr("Transition report")
        doc.title_block(title, tr("Transition report prepared on {0}").format(formats.day(today)))
        return
    if plan is None:
        doc.title_block(tr("Transition report"), tr("Prepared on {0}").format(formats.day(today)))
        doc.heading(tr("No plan yet"))
        doc.paragraph(
            tr(
                "There is no transition plan yet: no start date, horizon or target split between "
                "execution and strategy. The pages that follow show what has been logged so far."
            )
        )
    else:
        doc.title_block(
            f"{plan.current_role} → {plan.new_role}",
            tr("Transition report prepared on {0}").format(formats.day(today)),
        )
        _plan_facts(doc, plan, today)
        if plan.motive.strip():
            doc.heading(tr("Why I want to lead"), 12)
            doc.paragraph(plan.motive, italic=True)
        if plan.identity:
            doc.heading(tr("Who I need to become"), 12)
            doc.bullets(plan.identity)
    _at_a_glance(doc, state, today)


def _plan_facts(doc: ReportDocument, plan: Plan, today: date) -> None:
    day = metrics.day_of_horizon(plan, today)
    if day < 1:
        when = trn("starts in %n day(s)", 1 - day)
    elif day > plan.horizon_days:
        when = tr("day {0}, past the {1}-day horizon").format(day, plan.horizon_days)
    else:
        when = tr("day {0} of {1}").format(day, plan.horizon_days)
    dates = tr("{0} to {1}").format(formats.day(plan.start_date), formats.day(plan.horizon_end))
    rows = [
        (tr("From"), plan.current_role),
        (tr("To"), plan.new_role),
        (tr("Dates"), dates),
        (tr("Today"), when),
        (tr("Baseline"), split_text(plan.baseline_share)),
        (tr("Target"), split_text(plan.target_share)),
        (
            tr("Tolerance"),
            tr("±{0} percentage points around the glide path").format(f"{plan.tolerance:g}"),
        ),
    ]
    for m in sorted(plan.milestones, key=lambda m: m.day):
        rows.append(
            (
                m.label or tr("Day {0}").format(m.day),
                tr("day {0}: {1} strategy").format(m.day, pct(m.target_share)),
            )
        )
    doc.facts(rows)


def _at_a_glance(doc: ReportDocument, state: PlanState, today: date) -> None:
    doc.heading(tr("At a glance"), 12)
    shares = metrics.weekly_shares(state.checkins)
    lines = [trn("%n weekly check-in(s).", len(state.checkins))]
    if shares:
        latest = shares[-1]
        line = tr("Latest week with hours, {0}: {1} ({2} execution, {3} strategy).").format(
            latest.week,
            split_text(latest.strategy_share),
            metrics.format_hours(latest.execution_hours),
            metrics.format_hours(latest.strategy_hours),
        )
        if state.plan is not None:
            expected = metrics.glide_target_for_week(state.plan, latest.week)
            judged = metrics.track(latest.strategy_share, expected, state.plan.tolerance)
            line += " " + tr("The plan expected {0} strategy that week: {1}.").format(
                pct(expected), translate_marked("Report", TRACK_NAMES[judged])
            )
        lines.append(line)
        if state.plan is not None:
            lines.append(metrics.projection(state.plan, shares).words.translated())
    freed = metrics.hours_freed(state.delegations)
    handed = [d for d in state.delegations if d.status in (Status.HANDING_OVER, Status.OWNED)]
    back = [d for d in state.delegations if d.status == Status.TAKEN_BACK]
    if state.delegations:
        lines.append(
            trn(
                "%n delegated outcome(s) handing over or owned, freeing {0} a week; {1} taken "
                "back.",
                len(handed),
            ).format(metrics.format_hours(freed), len(back))
        )
    if state.items:
        split = metrics.current_split(state.items)
        after = metrics.what_if(state.items, state.delegations)
        lines.append(
            trn(
                "Inventory: {0} a week across %n item(s); once every decision is carried out, "
                "{1} execution and {2} strategy remain.",
                len(state.items),
            ).format(
                metrics.format_hours(split.total_hours),
                metrics.format_hours(after.execution_hours),
                metrics.format_hours(after.strategy_hours),
            )
        )
    doc.bullets(lines)


def inventory_table(doc: ReportDocument, state: PlanState) -> None:
    rows = []
    ranked = sorted(state.items, key=lambda i: (-i.hours, i.title))
    for item in ranked[:TABLE_ROWS]:
        advice = recommend_item(item)
        yours = "—" if item.decision == Decision.UNDECIDED else decision_name(item.decision)
        rows.append(
            (
                item.title,
                metrics.format_hours(item.hours),
                translate_marked("Report", MODE_NAMES[item.mode]),
                yours,
                tr("{0}: {1}").format(
                    decision_name(advice.decision), translate_marked("Weighing", advice.reason)
                ),
            )
        )
    doc.table_of(
        (
            tr("What you do"),
            tr("Hours"),
            tr("Mode"),
            tr("Your decision"),
            tr("The weighing suggests"),
        ),
        rows,
        (44, 15, 20, 27, doc.epw - 106),
    )
    rest = ranked[TABLE_ROWS:]
    if rest:
        hours = metrics.format_hours(sum(i.hours for i in rest))
        doc.paragraph(
            tr(
                "The {0} items with the most hours are listed; {1} smaller ones ({2} a week in "
                "all) are not."
            ).format(TABLE_ROWS, len(rest), hours),
            muted=True,
            size=9,
        )


def delegation_table(doc: ReportDocument, state: PlanState) -> None:
    rows = []
    ordered = sorted(state.delegations, key=lambda d: (d.started_on, d.outcome))
    for d in ordered[-TABLE_ROWS:]:
        owner = state.person(d.owner_id) if d.owner_id is not None else None
        if MIN_LEVEL <= d.level <= MAX_LEVEL:
            level_text = f"{d.level} · {translate_marked('Levels', level(d.level).name)}"
        else:
            level_text = str(d.level)
        rows.append(
            (
                d.outcome
                + (
                    "\n" + tr("Measure: {0}").format(d.success_measure) if d.success_measure else ""
                ),
                owner.name if owner is not None else "—",
                level_text,
                translate_marked("Report", STATUS_NAMES.get(d.status, str(d.status))),
                _freed(d),
                _taken_back(d),
            )
        )
    doc.table_of(
        (
            tr("Outcome"),
            tr("Owner"),
            tr("Level"),
            tr("Status"),
            tr("Freed"),
            tr("Taken back because"),
        ),
        rows,
        (56, 26, 22, 22, 14, doc.epw - 140),
    )
    earlier = len(ordered) - TABLE_ROWS
    if earlier > 0:
        doc.paragraph(
            tr("The {0} most recent delegations are listed; {1} earlier ones are not.").format(
                TABLE_ROWS, earlier
            ),
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
    reason = shorten(delegation.taken_back_reason.strip(), 240) or tr("no reason recorded")
    if delegation.hours_freed:
        reason += " " + tr("({0} a week came back)").format(
            metrics.format_hours(delegation.hours_freed)
        )
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
    doc.heading(tr("Recent reflections"))
    for checkin in recent:
        share = metrics.strategy_share(checkin)
        hours = tr("{0} execution, {1} strategy").format(
            metrics.format_hours(checkin.execution_hours),
            metrics.format_hours(checkin.strategy_hours),
        )
        tail = " " + tr("({0} strategy)").format(pct(share)) if share is not None else ""
        doc.heading(f"{formats.week_of(checkin.week.monday(), year=True)} · {hours}{tail}", 11)
        if checkin.note.strip():
            doc.paragraph(checkin.note)
        for answer in checkin.answers:
            doc.paragraph(translate_marked("prompts", answer.prompt), muted=True, size=9)

            doc.paragraph(answer.answer or "—")
