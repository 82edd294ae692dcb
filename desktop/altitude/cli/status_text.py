"""`altitude status`: the summary as a few plain lines."""

from __future__ import annotations

from altitude.domain.overview import AtAGlance
from altitude.services import Summary
from altitude.services.attention import Concern, in_english

_NOT_SAID_ABOVE = (
    Concern.MISSING_WEEKS,
    Concern.RISING_EXECUTION,
    Concern.REVIEW_DUE,
    Concern.MORE_REVIEWS_DUE,
    Concern.FOLLOW_UP_DUE,
    Concern.MORE_FOLLOW_UPS_DUE,
    Concern.WORK_CAME_BACK,
    Concern.MILESTONE_REVIEW_SOON,
    Concern.MILESTONE_REVIEW_OVERDUE,
    Concern.CONTACT_OVERDUE,
    Concern.MORE_CONTACTS_OVERDUE,
    Concern.NARRATIVE_DUE,
    Concern.NARRATIVE_MISSING,
    Concern.FUNCTION_UNTOUCHED,
    Concern.MORE_FUNCTIONS_UNTOUCHED,
)


def hours(value: float) -> str:
    return f"{value:g} h"


def status_lines(state: AtAGlance, s: Summary) -> list[str]:
    lines: list[str] = []
    plan = state.plan
    if plan is None:
        lines.append("Altitude — no plan yet (run the app, or `altitude sample` to look around).")
    else:
        lines.append(f"Altitude — {plan.current_role} → {plan.new_role}")
        lines.append(
            f"Day {s.day_of_horizon} of {s.horizon_days} "
            f"(started {plan.start_date}, horizon ends {plan.horizon_end})"
        )
    if s.last is None:
        lines.append("No check-ins yet: `altitude checkin --week "
                     f"{s.week} --execution 30 --strategy 10` records one.")  # fmt: skip
    else:
        total = s.last.execution_hours + s.last.strategy_hours
        lines.append(
            f"Last week {s.last.week}: {s.last.strategy_share:.0f}% strategy / "
            f"{100 - s.last.strategy_share:.0f}% execution ({hours(total)})"
        )
    if plan is not None and s.last is not None and s.last_target is not None:
        lines.append(
            f"Glide-path target for {s.last.week}: {s.last_target:.0f}% strategy — "
            f"{s.track} (±{plan.tolerance:g} points)"
        )
    if plan is not None and s.projection is not None:
        lines.append(f"Target {plan.target_share:g}% strategy: {projection_text(s)}")
    lines.append(f"Hours freed by delegation: {hours(s.hours_freed)} a week")
    lines.append(f"Delegation check-ins due this week: {len(s.delegations_due)}")
    for d in s.delegations_due:
        owner = state.person(d.owner_id) if d.owner_id else None
        lines.append(
            f"  - {d.outcome} ({owner.name if owner else 'no owner'}), due {d.next_checkin}"
        )
    lines.append(
        f"This week's check-in ({s.week}): {'due' if s.checkin_due else 'not due yet or done'}"
    )
    # What else needs attention, in the words the dashboard's list uses (in English).
    lines += [in_english(a) for a in s.attention_items if a.concern in _NOT_SAID_ABOVE]
    return lines


def projection_text(s: Summary) -> str:
    p = s.projection
    if p is None:
        return "no projection"
    if p.reach_week is None:
        return p.reason
    return f"reached around {p.reach_week} at this trend"
