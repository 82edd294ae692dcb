"""The one-page "conversation with your boss" sheet for a milestone review.

Watkins (*The First 90 Days*): the 90 days in three 30-day blocks, with a check with the
boss after each, and five conversations to have with the boss (the situation,
expectations, resources, style, personal development). The sheet is what to bring to
that check: where each conversation stands, what changed since the last review (the
share against the glide path, the hand-overs, the narrative), what to keep, stop and
start, and what you need.

It must fit ONE page whatever the plan holds (a ten-year plan too): fixed font sizes,
every text cut to a length with "…", every list to a few names and "and N more".
Decisions and feedback are not on it: they are the user's private log.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from altitude.atomic_files import write_bytes_atomic
from altitude.charts.report_pdf import FAMILY, ReportDocument, shorten
from altitude.domain.arcs.narrative_diff import PartChange
from altitude.domain.arcs.review_context import (
    HandOvers,
    NarrativeChange,
    ReviewContext,
    Standing,
    part_said,
)
from altitude.domain.arcs.reviews import MilestoneReview
from altitude.domain.arcs.stakeholders import BossTopic
from altitude.domain.entities import Plan
from altitude.domain.metrics import Track, format_hours
from altitude.errors import FileWriteError
from altitude.i18n import formats

TITLE = "Conversation with your boss"
DOC_TITLE = f"Altitude · {TITLE}"
TOPICS = {
    BossTopic.SITUATION: "The situation",
    BossTopic.EXPECTATIONS: "Expectations",
    BossTopic.RESOURCES: "Resources",
    BossTopic.STYLE: "Working style",
    BossTopic.DEVELOPMENT: "Personal development",
}
PARTS = {
    "diagnosis": "Diagnosis",
    "guiding_policy": "Guiding policy",
    "will_not": "Will not do",
    "actions": "Actions",
    "press_release": "Press release",
}
TRACKS = {Track.AHEAD: "ahead of plan", Track.ON_TRACK: "on track", Track.BEHIND: "behind plan"}
KEPT = "Target and horizon kept"
PART_CHARS = 150
MIN_CHARS = 24


@dataclass(frozen=True, slots=True)
class Limits:
    """How much of each text the sheet shows: generous first; when the page would overflow,
    the sheet is drawn again with tighter limits (``fitting_limits``), never smaller type."""

    agreed: int = 160  # what was agreed in a conversation
    part: int = PART_CHARS  # one change of the narrative, and the adjustment
    parts: int = 4  # narrative changes listed
    answer: int = 300  # keep, stop, start each
    needs: int = 600  # what you need from the boss
    name: int = 80  # a hand-over's outcome
    listed: int = 3  # names listed before "and N more"

    def tighter(self) -> Limits:
        def cut(n: int) -> int:
            return max(MIN_CHARS, int(n * 0.7))

        return Limits(
            cut(self.agreed), cut(self.part), max(1, self.parts - 1), cut(self.answer),
            cut(self.needs), cut(self.name), max(1, self.listed - 1),
        )  # fmt: skip


TIGHTEN = 6  # at most this many redraws: the tightest limits fit any plan (tests prove it)
BODY = 8.5  # points, fixed: the sheet is never shrunk to fit, it is cut


class SheetError(FileWriteError):
    """The sheet could not be written: one line for the user."""

    def __str__(self) -> str:
        return f"Can't write the boss sheet to {self.path}: {self.reason}"


def day(value: date) -> str:
    return formats.day(value)


def one_line(text: str, limit: int) -> str:
    """``text`` with its line breaks and runs of spaces as single spaces, cut at ``limit``."""
    return shorten(" ".join(text.split()), limit)


def names(values: Sequence[str], limits: Limits = Limits()) -> str:
    """ "A, B and C" or "A, B, C and 12 more"."""
    cut = [one_line(v, limits.name) for v in values[: limits.listed]]
    rest = len(values) - len(cut)
    if rest > 0:
        return f"{', '.join(cut)} and {rest} more"
    return cut[0] if len(cut) == 1 else f"{', '.join(cut[:-1])} and {cut[-1]}"


def standing_text(standing: Standing, milestone_day: int) -> str:
    planned = formats.percent(standing.planned)
    if standing.actual is None:
        return (
            f"No weeks logged yet; the plan expects {planned} on strategy by day {milestone_day}."
        )
    weeks = "week" if standing.weeks == 1 else f"{standing.weeks} weeks"
    gap = standing.gap or 0.0
    verdict = TRACKS[standing.track] if standing.track is not None else ""
    return (
        f"{standing.actual:.0f}% of the week on strategy (the last {weeks}) against "
        f"{planned} planned for day {milestone_day}: {gap:+.0f} points, {verdict}."
    )


def hand_over_lines(moved: HandOvers, limits: Limits = Limits()) -> list[str]:
    lines = []
    if moved.started:
        lines.append(f"Handed over: {names([d.outcome for d in moved.started], limits)}")
    else:
        lines.append("Nothing new handed over.")
    if moved.owned:
        lines.append(
            f"Owned by the team now: {len(moved.owned)} "
            f"{'hand-over' if len(moved.owned) == 1 else 'hand-overs'}, "
            f"{format_hours(moved.hours_owned)} a week off your desk."
        )
    if moved.boomerangs:
        titles = sorted({b.item_title for b in moved.boomerangs})
        lines.append(
            f"Came back: {format_hours(moved.boomerang_hours)} on delegated work "
            f"({names(titles, limits)})"
        )
    if moved.taken_back:
        lines.append(f"Taken back: {names([d.outcome for d in moved.taken_back], limits)}")
    return lines


def part_text(part: PartChange, limit: int = PART_CHARS) -> str:
    """One readable line: a rewritten text as it reads now (word fragments of a diff would
    not make sense to the boss), a list's entries added and dropped."""
    said = part_said(part)
    name = PARTS.get(part.part, part.part)
    if said.now is not None:
        return one_line(f"{name}, now: “{said.now}”", limit)
    words = []
    if said.added:
        words.append("added “" + "”, “".join(said.added) + "”")
    if said.dropped:
        words.append("dropped “" + "”, “".join(said.dropped) + "”")
    return one_line(f"{name}: {'; '.join(words)}", limit)


def narrative_lines(change: NarrativeChange, limits: Limits = Limits()) -> list[str]:
    if change.now is None:
        return ["No strategic narrative written yet."]
    if not change.parts:
        return [f"Unchanged since the last review (written {day(change.now.written_on)})."]
    if change.before is None:
        first = f"First written on {day(change.now.written_on)}."
        return [first, *(part_text(p, limits.part) for p in change.parts[: limits.parts])]
    lines = [part_text(p, limits.part) for p in change.parts[: limits.parts]]
    if len(change.parts) > limits.parts:
        lines.append(f"and {len(change.parts) - limits.parts} more parts changed")
    return lines


@dataclass(frozen=True, slots=True)
class SheetFor:
    """Whose sheet: the review (None: the upcoming one, not held yet) and its context."""

    context: ReviewContext
    review: MilestoneReview | None


def draw_sheet(
    doc: ReportDocument, plan: Plan, sheet: SheetFor, limits: Limits | None = None
) -> None:
    """The sheet as one page of ``doc`` (``limits``: by default those that fit one page)."""
    limits = limits or fitting_limits(plan, sheet)
    context, review = sheet.context, sheet.review
    doc.add_page()
    doc.title_block(TITLE, _subtitle(plan, context, review))
    doc.heading("The five conversations", 11)
    if not context.conversations:
        doc.paragraph(
            "No boss recorded yet: mark your manager as the boss on the Relationships page.",
            size=BODY,
            muted=True,
        )
    rows = []
    for topic, name in TOPICS.items():
        talk = context.conversations.get(topic)
        if talk is None:
            rows.append((name, "not held yet", ""))
        else:
            rows.append((name, day(talk.held_on), one_line(talk.agreed, limits.agreed)))
    doc.table_of(
        ("Conversation", "Held", "What was agreed"), rows, (40, 24, doc.epw - 64), size=BODY
    )
    since = (
        f"Since the last review ({day(context.period.first)} to {day(context.period.last)})"
        if context.period.since_review
        else f"Since the start ({day(context.period.first)} to {day(context.period.last)})"
    )
    doc.heading(since, 11)
    _facts(
        doc,
        [
            ("Where I stand", standing_text(context.standing, context.milestone_day)),
            ("Hand-overs", "\n".join(hand_over_lines(context.hand_overs, limits))),
            ("The narrative", "\n".join(narrative_lines(context.narrative, limits))),
        ],
    )
    doc.heading("Keep, stop, start", 11)
    if review is None:
        doc.paragraph("Not reviewed yet: fill in the review in Altitude first.", size=BODY)
    else:
        _facts(
            doc,
            [
                ("Keep", one_line(review.keep, limits.answer) or "—"),
                ("Stop", one_line(review.stop, limits.answer) or "—"),
                ("Start", one_line(review.start, limits.answer) or "—"),
                (
                    "Adjusted",
                    one_line(review.adjustment, limits.part) or "Target and horizon kept",
                ),
            ],
        )
    doc.heading("What I need from you", 11)
    needs = one_line(review.boss_needs, limits.needs) if review is not None else ""
    doc.paragraph(needs or "—", size=9.5)


def _facts(doc: ReportDocument, rows: Sequence[tuple[str, str]]) -> None:
    doc.table_of(("", ""), rows, (30, doc.epw - 30), with_headings=False, size=BODY)


def _subtitle(plan: Plan, context: ReviewContext, review: MilestoneReview | None) -> str:
    held = f"held {day(review.held_on)}" if review is not None else "not held yet"
    boss = f" · with {one_line(context.boss_name, 40)}" if context.boss_name else ""
    role = one_line(plan.new_role, 60)
    return f"Day-{context.milestone_day} review ({day(context.due_on)}), {held} · {role}{boss}"


@cache
def _template() -> ReportDocument:
    """A blank scratch sheet with its fonts parsed: parsing DejaVu costs ~0.2 s a style, a
    copy of the parsed document a tenth of that, and fitting may draw the sheet several
    times. Scratch copies are measured, never written: they share the font objects, whose
    subsetting state belongs to one document's output."""
    doc = ReportDocument(DOC_TITLE)
    doc.set_font(FAMILY, "B", BODY)  # loads the bold the headings use
    doc.set_font(FAMILY, "", BODY)
    return doc


def fitting_limits(plan: Plan, sheet: SheetFor) -> Limits:
    """The most generous limits under which the sheet fits one page (fpdf2 knows a text's
    height only once it has set it: so, drawn on a scratch copy to see)."""
    limits = Limits()
    for _ in range(TIGHTEN):
        scratch = copy.deepcopy(_template())  # never the template itself: it stays blank
        draw_sheet(scratch, plan, sheet, limits)
        if scratch.page_no() == 1:
            return limits
        limits = limits.tighter()
    return limits


def sheet_document(plan: Plan, sheet: SheetFor) -> ReportDocument:
    doc = ReportDocument(DOC_TITLE)
    draw_sheet(doc, plan, sheet)
    return doc


def write_boss_sheet(path: Path, plan: Plan, sheet: SheetFor) -> int:
    """Write the sheet to ``path`` whole or not at all; its number of pages (one)."""
    doc = sheet_document(plan, sheet)
    write_bytes_atomic(Path(path), bytes(doc.output()), SheetError)
    return doc.page_no()


def latest_review(reviews: Iterable[MilestoneReview]) -> MilestoneReview | None:
    return max(reviews, key=lambda r: (r.held_on, r.milestone_day), default=None)
