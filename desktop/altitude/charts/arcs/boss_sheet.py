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
from altitude.i18n import QT_TRANSLATE_NOOP, formats, translate, translate_marked

# The sheet's words are marked here and translated where drawn, in the report's context.
TITLE = QT_TRANSLATE_NOOP("Report", "Conversation with your boss")
TOPICS = {
    BossTopic.SITUATION: QT_TRANSLATE_NOOP("Report", "The situation"),
    BossTopic.EXPECTATIONS: QT_TRANSLATE_NOOP("Report", "Expectations"),
    BossTopic.RESOURCES: QT_TRANSLATE_NOOP("Report", "Resources"),
    BossTopic.STYLE: QT_TRANSLATE_NOOP("Report", "Working style"),
    BossTopic.DEVELOPMENT: QT_TRANSLATE_NOOP("Report", "Personal development"),
}
PARTS = {
    "diagnosis": QT_TRANSLATE_NOOP("Report", "Diagnosis"),
    "guiding_policy": QT_TRANSLATE_NOOP("Report", "Guiding policy"),
    "will_not": QT_TRANSLATE_NOOP("Report", "Will not do"),
    "actions": QT_TRANSLATE_NOOP("Report", "Actions"),
    "press_release": QT_TRANSLATE_NOOP("Report", "Press release"),
}
TRACKS = {
    Track.AHEAD: QT_TRANSLATE_NOOP("Report", "ahead of plan"),
    Track.ON_TRACK: QT_TRANSLATE_NOOP("Report", "on track"),
    Track.BEHIND: QT_TRANSLATE_NOOP("Report", "behind plan"),
}
KEPT = QT_TRANSLATE_NOOP("Report", "Target and horizon kept")


def tr(text: str) -> str:
    return translate("Report", text)


def trn(text: str, n: int) -> str:
    return translate("Report", text, None, n)


def word(marked: str) -> str:
    """A text marked above, in the app's language."""
    return translate_marked("Report", marked)


def quoted(entries: Sequence[str]) -> str:
    """Each entry in the language's quotation marks (“…”, „…“, « … »)."""
    return ", ".join(tr("“{0}”").format(entry) for entry in entries)


def doc_title() -> str:
    return f"Altitude · {word(TITLE)}"


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
        return tr("Can't write the boss sheet to {0}: {1}").format(self.path, self.reason)


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
        return tr("{0} and {1} more").format(", ".join(cut), rest)
    return cut[0] if len(cut) == 1 else tr("{0} and {1}").format(", ".join(cut[:-1]), cut[-1])


def standing_text(standing: Standing, milestone_day: int) -> str:
    planned = formats.percent(standing.planned)
    if standing.actual is None:
        return tr("No weeks logged yet; the plan expects {0} on strategy by day {1}.").format(
            planned, milestone_day
        )
    gap = standing.gap or 0.0
    verdict = word(TRACKS[standing.track]) if standing.track is not None else ""
    return trn(
        "{0} of the week on strategy (the last %n week(s)) against {1} planned for day {2}: "
        "{3} points, {4}.",
        standing.weeks,
    ).format(formats.percent(standing.actual), planned, milestone_day, f"{gap:+.0f}", verdict)


def hand_over_lines(moved: HandOvers, limits: Limits = Limits()) -> list[str]:
    lines = []
    if moved.started:
        lines.append(
            tr("Handed over: {0}").format(names([d.outcome for d in moved.started], limits))
        )
    else:
        lines.append(tr("Nothing new handed over."))
    if moved.owned:
        lines.append(
            trn(
                "Owned by the team now: %n hand-over(s), {0} a week off your desk.",
                len(moved.owned),
            ).format(format_hours(moved.hours_owned))
        )
    if moved.boomerangs:
        titles = sorted({b.item_title for b in moved.boomerangs})
        lines.append(
            tr("Came back: {0} on delegated work ({1})").format(
                format_hours(moved.boomerang_hours), names(titles, limits)
            )
        )
    if moved.taken_back:
        lines.append(
            tr("Taken back: {0}").format(names([d.outcome for d in moved.taken_back], limits))
        )
    return lines


def part_text(part: PartChange, limit: int = PART_CHARS) -> str:
    """One readable line: a rewritten text as it reads now (word fragments of a diff would
    not make sense to the boss), a list's entries added and dropped."""
    said = part_said(part)
    name = word(PARTS.get(part.part, part.part))
    if said.now is not None:
        return one_line(tr("{0}, now: “{1}”").format(name, said.now), limit)
    words = []
    if said.added:
        words.append(tr("added {0}").format(quoted(said.added)))
    if said.dropped:
        words.append(tr("dropped {0}").format(quoted(said.dropped)))
    return one_line(f"{name}: {'; '.join(words)}", limit)


def narrative_lines(change: NarrativeChange, limits: Limits = Limits()) -> list[str]:
    if change.now is None:
        return [tr("No strategic narrative written yet.")]
    if not change.parts:
        return [
            tr("Unchanged since the last review (written {0}).").format(day(change.now.written_on))
        ]
    if change.before is None:
        first = tr("First written on {0}.").format(day(change.now.written_on))
        return [first, *(part_text(p, limits.part) for p in change.parts[: limits.parts])]
    lines = [part_text(p, limits.part) for p in change.parts[: limits.parts]]
    if len(change.parts) > limits.parts:
        lines.append(trn("and %n more part(s) changed", len(change.parts) - limits.parts))
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
    doc.title_block(word(TITLE), _subtitle(plan, context, review))
    doc.heading(tr("The five conversations"), 11)
    if not context.conversations:
        doc.paragraph(
            tr("No boss recorded yet: mark your manager as the boss on the Relationships page."),
            size=BODY,
            muted=True,
        )
    rows = []
    for topic, name in TOPICS.items():
        talk = context.conversations.get(topic)
        if talk is None:
            rows.append((word(name), tr("not held yet"), ""))
        else:
            rows.append((word(name), day(talk.held_on), one_line(talk.agreed, limits.agreed)))
    doc.table_of(
        (tr("Conversation"), tr("Held"), tr("What was agreed")),
        rows,
        (40, 24, doc.epw - 64),
        size=BODY,
    )
    since = (
        tr("Since the last review ({0} to {1})")
        if context.period.since_review
        else tr("Since the start ({0} to {1})")
    ).format(day(context.period.first), day(context.period.last))
    doc.heading(since, 11)
    _facts(
        doc,
        [
            (tr("Where I stand"), standing_text(context.standing, context.milestone_day)),
            (tr("Hand-overs"), "\n".join(hand_over_lines(context.hand_overs, limits))),
            (tr("The narrative"), "\n".join(narrative_lines(context.narrative, limits))),
        ],
    )
    doc.heading(tr("Keep, stop, start"), 11)
    if review is None:
        doc.paragraph(tr("Not reviewed yet: fill in the review in Altitude first."), size=BODY)
    else:
        _facts(
            doc,
            [
                (tr("Keep"), one_line(review.keep, limits.answer) or "—"),
                (tr("Stop"), one_line(review.stop, limits.answer) or "—"),
                (tr("Start"), one_line(review.start, limits.answer) or "—"),
                (tr("Adjusted"), one_line(review.adjustment, limits.part) or word(KEPT)),
            ],
        )
    doc.heading(tr("What I need from you"), 11)
    needs = one_line(review.boss_needs, limits.needs) if review is not None else ""
    doc.paragraph(needs or "—", size=9.5)


def _facts(doc: ReportDocument, rows: Sequence[tuple[str, str]]) -> None:
    doc.table_of(("", ""), rows, (30, doc.epw - 30), with_headings=False, size=BODY)


def _subtitle(plan: Plan, context: ReviewContext, review: MilestoneReview | None) -> str:
    held = tr("held {0}").format(day(review.held_on)) if review is not None else tr("not held yet")
    boss = (
        " · " + tr("with {0}").format(one_line(context.boss_name, 40)) if context.boss_name else ""
    )
    role = one_line(plan.new_role, 60)
    review_on = tr("Day-{0} review ({1})").format(context.milestone_day, day(context.due_on))
    return f"{review_on}, {held} · {role}{boss}"


@cache
def _template() -> ReportDocument:
    """A blank scratch sheet with its fonts parsed: parsing DejaVu costs ~0.2 s a style, a
    copy of the parsed document a tenth of that, and fitting may draw the sheet several
    times. Scratch copies are measured, never written: they share the font objects, whose
    subsetting state belongs to one document's output."""
    doc = ReportDocument("")  # measured only, never written: no title needed
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
    doc = ReportDocument(doc_title())
    draw_sheet(doc, plan, sheet)

    return doc


def write_boss_sheet(path: Path, plan: Plan, sheet: SheetFor) -> int:
    """Write the sheet to ``path`` whole or not at all; its number of pages (one)."""
    doc = sheet_document(plan, sheet)
    write_bytes_atomic(Path(path), bytes(doc.output()), SheetError)
    return doc.page_no()


def latest_review(reviews: Iterable[MilestoneReview]) -> MilestoneReview | None:
    return max(reviews, key=lambda r: (r.held_on, r.milestone_day), default=None)
