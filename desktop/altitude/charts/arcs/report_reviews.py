"""The report's milestone reviews and its page for the boss.

``reviews``: each review held, by milestone — the share against the glide path as it
stood, what moved since the review before (hand-overs, what came back, the narrative's
parts that changed) and what to keep, stop and start, whole (cut only at the table's
cell limit). ``boss``: the one-page sheet (``boss_sheet``) of the latest review, or of the
next one due when none is held yet.
"""

from __future__ import annotations

from datetime import date

from altitude.charts.arcs.boss_sheet import PARTS, TITLE, SheetFor, day, draw_sheet, names
from altitude.charts.report_pdf import ReportDocument
from altitude.domain.arcs.review_context import review_context, sheet_review
from altitude.domain.arcs.reviews import MilestoneReview
from altitude.domain.entities import PlanState
from altitude.domain.metrics import format_hours
from altitude.i18n import formats, translate, translate_marked

REVIEWS_LISTED = 20  # a ten-year plan with monthly milestones: the latest, the rest counted


def tr(text: str) -> str:
    return translate("Report", text)


def trn(text: str, n: int) -> str:
    return translate("Report", text, None, n)


def _share(review: MilestoneReview) -> str:
    if review.planned_share is None:
        return "—"
    planned = formats.percent(review.planned_share)
    if review.actual_share is None:
        return tr("no weeks logged; {0} planned").format(planned)
    return tr("{0} on strategy against {1} planned").format(
        formats.percent(review.actual_share), planned
    )


def review_facts(state: PlanState, review: MilestoneReview) -> list[tuple[str, str]]:
    context = review_context(state, review.milestone_day, review.held_on)
    moved = context.hand_overs
    handed = names([d.outcome for d in moved.started]) if moved.started else tr("none")
    came_back = format_hours(moved.boomerang_hours) if moved.boomerangs else tr("nothing")
    parts = ", ".join(
        translate_marked("Report", PARTS.get(p.part, p.part)) for p in context.narrative.parts
    )
    return [
        (
            tr("Period"),
            tr("{0} to {1}").format(day(context.period.first), day(context.period.last)),
        ),
        (tr("Share then"), _share(review)),
        (tr("Handed over"), handed),
        (tr("Came back"), came_back),
        (tr("Narrative"), tr("parts changed: {0}").format(parts or tr("none"))),
        (tr("Keep"), review.keep or "—"),
        (tr("Stop"), review.stop or "—"),
        (tr("Start"), review.start or "—"),
        (tr("Adjusted"), review.adjustment or tr("target and horizon kept")),
        (tr("From the boss"), review.boss_needs or "—"),
    ]


def reviews(doc: ReportDocument, state: PlanState, today: date) -> None:
    """A page of the reviews held (nothing when none is)."""
    if state.plan is None or not state.reviews:
        return
    doc.add_page()
    doc.heading(tr("Milestone reviews"))
    doc.paragraph(
        tr(
            "At each milestone: where the week stood against the glide path, what moved since "
            "the review before, and what to keep, stop and start."
        ),
        muted=True,
        size=9,
    )
    held = sorted(state.reviews, key=lambda r: r.milestone_day)
    for review in held[-REVIEWS_LISTED:]:
        doc.heading(tr("Day {0} · held {1}").format(review.milestone_day, day(review.held_on)), 11)
        doc.facts(review_facts(state, review))
    earlier = len(held) - REVIEWS_LISTED
    if earlier > 0:
        doc.paragraph(trn("and %n earlier review(s), in the app.", earlier), muted=True, size=9)


def boss(doc: ReportDocument, state: PlanState, today: date) -> None:
    """The boss sheet as one page of the report (nothing without a plan or milestones)."""
    plan = state.plan
    chosen = sheet_review(state, today)
    if plan is None or chosen is None:
        if doc.page_no() > 0:
            return  # in the full report: its cover says there is no plan yet
        doc.add_page()  # the sheet alone: one page saying why it is empty
        doc.heading(translate_marked("Report", TITLE))
        doc.paragraph(tr("No milestone to review yet: add milestones to the plan."), size=10)

        return
    milestone_day, review = chosen
    on = review.held_on if review is not None else today
    draw_sheet(doc, plan, SheetFor(review_context(state, milestone_day, on), review))
