"""The report's milestone reviews and its page for the boss.

``reviews``: each review held, by milestone — the share against the glide path as it
stood, what moved since the review before (hand-overs, what came back, the narrative's
parts that changed) and what to keep, stop and start, whole (cut only at the table's
cell limit). ``boss``: the one-page sheet (``boss_sheet``) of the latest review, or of the
next one due when none is held yet.
"""

from __future__ import annotations

from datetime import date

from altitude.charts.arcs.boss_sheet import TITLE, SheetFor, day, draw_sheet, names
from altitude.charts.report_pdf import ReportDocument
from altitude.domain.arcs.review_context import review_context, sheet_review
from altitude.domain.arcs.reviews import MilestoneReview
from altitude.domain.entities import PlanState
from altitude.domain.metrics import format_hours
from altitude.i18n import formats

REVIEWS_LISTED = 20  # a ten-year plan with monthly milestones: the latest, the rest counted


def _share(review: MilestoneReview) -> str:
    if review.planned_share is None:
        return "—"
    planned = f"{formats.percent(review.planned_share)} planned"
    if review.actual_share is None:
        return f"no weeks logged; {planned}"
    return f"{formats.percent(review.actual_share)} on strategy against {planned}"


def review_facts(state: PlanState, review: MilestoneReview) -> list[tuple[str, str]]:
    context = review_context(state, review.milestone_day, review.held_on)
    moved = context.hand_overs
    handed = names([d.outcome for d in moved.started]) if moved.started else "none"
    came_back = format_hours(moved.boomerang_hours) if moved.boomerangs else "nothing"
    parts = ", ".join(p.part.replace("_", " ") for p in context.narrative.parts) or "none"
    return [
        ("Period", f"{day(context.period.first)} to {day(context.period.last)}"),
        ("Share then", _share(review)),
        ("Handed over", handed),
        ("Came back", came_back),
        ("Narrative", f"parts changed: {parts}"),
        ("Keep", review.keep or "—"),
        ("Stop", review.stop or "—"),
        ("Start", review.start or "—"),
        ("Adjusted", review.adjustment or "target and horizon kept"),
        ("From the boss", review.boss_needs or "—"),
    ]


def reviews(doc: ReportDocument, state: PlanState, today: date) -> None:
    """A page of the reviews held (nothing when none is)."""
    if state.plan is None or not state.reviews:
        return
    doc.add_page()
    doc.heading("Milestone reviews")
    doc.paragraph(
        "At each milestone: where the week stood against the glide path, what moved since "
        "the review before, and what to keep, stop and start.",
        muted=True,
        size=9,
    )
    held = sorted(state.reviews, key=lambda r: r.milestone_day)
    for review in held[-REVIEWS_LISTED:]:
        doc.heading(f"Day {review.milestone_day} · held {day(review.held_on)}", 11)
        doc.facts(review_facts(state, review))
    earlier = len(held) - REVIEWS_LISTED
    if earlier > 0:
        doc.paragraph(f"and {earlier} earlier reviews, in the app.", muted=True, size=9)


def boss(doc: ReportDocument, state: PlanState, today: date) -> None:
    """The boss sheet as one page of the report (nothing without a plan or milestones)."""
    plan = state.plan
    chosen = sheet_review(state, today)
    if plan is None or chosen is None:
        if doc.page_no() > 0:
            return  # in the full report: its cover says there is no plan yet
        doc.add_page()  # the sheet alone: one page saying why it is empty
        doc.heading(TITLE)
        doc.paragraph("No milestone to review yet: add milestones to the plan.", size=10)
        return
    milestone_day, review = chosen
    on = review.held_on if review is not None else today
    draw_sheet(doc, plan, SheetFor(review_context(state, milestone_day, on), review))
