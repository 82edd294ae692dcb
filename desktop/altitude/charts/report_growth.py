"""The report's two most private parts: the decision journal and the feedback log.

Each is written only when the user asks for its section (``report.write_report``'s
``sections``); nothing here is called otherwise, so a report without them holds none of
their text. Like the other tables, the most recent ``ENTRIES`` are listed and the rest
counted: the app and the JSON export hold everything. Each entry is a block of about ten
rows (fpdf2 sets ~1.5 ms a cell), so fewer are listed than in the ledger's one-row table.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from fractions import Fraction
from typing import TYPE_CHECKING

from altitude.charts.report_pdf import ReportDocument, shorten
from altitude.charts.report_sections import TABLE_ROWS, pct
from altitude.domain.entities import PlanState
from altitude.domain.growth import decision_stats
from altitude.domain.growth.decisions import Door, JournalEntry, Quality
from altitude.domain.growth.feedback import FeedbackEntry, SourceKind
from altitude.domain.growth.feedback_stats import Perception, ThemeView, theme_view
from altitude.domain.prompts import FEEDBACK_PROMPTS
from altitude.i18n import QT_TRANSLATE_NOOP, formats, translate, translate_marked

if TYPE_CHECKING:
    from PIL.Image import Image

ENTRIES = 20  # decisions, and feedback entries, listed: the latest, what a coach asks about


def tr(text: str) -> str:  # each module its own helper: freeze/translations.py reads it there
    return translate("Report", text)


def trn(text: str, n: int) -> str:
    return translate("Report", text, None, n)


# Marked here, translated where printed (``word``), in the report's context.
DOORS = {
    Door.ONE_WAY: QT_TRANSLATE_NOOP("Report", "One-way door (hard to undo)"),
    Door.TWO_WAY: QT_TRANSLATE_NOOP("Report", "Two-way door (reversible)"),
}
QUALITY = {
    Quality.GOOD: QT_TRANSLATE_NOOP("Report", "good"),
    Quality.POOR: QT_TRANSLATE_NOOP("Report", "poor"),
}
SOURCES = {
    SourceKind.TEAM_MEMBER: QT_TRANSLATE_NOOP("Report", "a team member"),
    SourceKind.PEER: QT_TRANSLATE_NOOP("Report", "a peer"),
    SourceKind.BOSS: QT_TRANSLATE_NOOP("Report", "the boss"),
    SourceKind.OTHER_FUNCTION: QT_TRANSLATE_NOOP("Report", "another function"),
    SourceKind.OTHER: QT_TRANSLATE_NOOP("Report", "other"),
}
LABELS = {
    Perception.BLIND_SPOT: QT_TRANSLATE_NOOP(
        "Report", "Blind spot: others rate you lower than you do"
    ),
    Perception.HIDDEN_STRENGTH: QT_TRANSLATE_NOOP(
        "Report", "Hidden strength: others rate you higher than you do"
    ),
    Perception.ALIGNED: QT_TRANSLATE_NOOP("Report", "Aligned: others see it about as you do"),
    Perception.NOT_ASKED_YET: QT_TRANSLATE_NOOP(
        "Report", "Not asked yet: no one has rated this theme"
    ),
}


def word(marked: str) -> str:
    return translate_marked("Report", marked)


def day(value: date) -> str:
    return formats.day(value)


def _rating(value: Fraction | int | None) -> str:
    if value is None:
        return "—"
    return formats.short_number(float(value), 1)


# ---------------------------------------------------------------- decisions
Chart = Callable[[Sequence[decision_stats.Bin]], "Image | None"]


def decisions(
    doc: ReportDocument, state: PlanState, today: date, chart: Chart | None = None
) -> None:
    """Every decision (the latest ``ENTRIES``), then the scores; ``chart`` draws the
    calibration bins as an image, or None to leave them as a table only."""
    doc.add_page()
    doc.heading(tr("Decisions"))
    doc.paragraph(
        tr(
            "Each decision as written when it was made, and its review. Process and outcome "
            "are judged apart: a good decision can meet bad luck."
        ),
        muted=True,
        size=9,
    )
    ordered = sorted(state.journal, key=lambda e: (e.decided_on, e.id or 0))
    for entry in ordered[-ENTRIES:]:
        doc.heading(entry.decision, 11)
        doc.facts(_decision_facts(entry, state, today))
    earlier = len(ordered) - ENTRIES
    if earlier > 0:
        doc.paragraph(
            tr("The {0} most recent decisions are listed; {1} earlier ones are not.").format(
                ENTRIES, earlier
            ),
            muted=True,
            size=9,
        )
    _scores(doc, state.journal, chart)


def _decision_facts(entry: JournalEntry, state: PlanState, today: date) -> list[tuple[str, str]]:
    rows = [
        (tr("Kind"), entry.kind),
        (tr("Door"), word(DOORS[entry.door])),
        (tr("Decided on"), day(entry.decided_on)),
        (tr("Chosen"), entry.chosen),
    ]
    if entry.made_by_id is not None:
        person = state.person(entry.made_by_id)
        rows.append(
            (tr("Made by"), person.name if person else word(SOURCES[SourceKind.TEAM_MEMBER]))
        )
    rows += [
        (tr("Expected"), tr("{0}, by {1}").format(entry.expected, day(entry.expected_by))),
        (tr("Confidence"), pct(entry.confidence)),
        (tr("Review"), _review_status(entry, today)),
    ]
    review = entry.review
    if review is not None:
        came = (
            tr("The expectation came true.")
            if review.came_true
            else tr("The expectation did not come true.")
        )
        happened = shorten(review.what_happened.strip(), 300)
        rows.append((tr("Outcome"), came + (f" {happened}" if happened else "")))
        cell = decision_stats.CELL_NAMES[(review.process_quality, review.outcome_quality)]
        rows.append(
            (
                tr("Quality"),
                tr("Process {0}, outcome {1}: {2}").format(
                    word(QUALITY[review.process_quality]),
                    word(QUALITY[review.outcome_quality]),
                    translate_marked("Decisions", cell),
                ),
            )
        )
    for note in entry.hindsight:
        rows.append((tr("Hindsight"), f"{day(note.on)}: {note.note}"))
    return rows


def _review_status(entry: JournalEntry, today: date) -> str:
    review = entry.review
    if review is not None:
        return tr("Reviewed on {0}").format(day(review.reviewed_on))
    if entry.review_on <= today:
        return tr("Due since {0}, not reviewed yet").format(day(entry.review_on))
    return tr("Due on {0}").format(day(entry.review_on))


def _bin_name(b: decision_stats.Bin) -> str:
    """Bins hold [low, high); the top one holds 100 too."""
    top = b.high if b.high >= decision_stats.BIN_WIDTH * decision_stats.BIN_COUNT else b.high - 1
    return tr("{0} to {1}%").format(b.low, top)


def _scores(doc: ReportDocument, journal: Sequence[JournalEntry], chart: Chart | None) -> None:
    doc.heading(tr("How well the forecasts came true"), 12)
    found = decision_stats.scores(journal)
    if found is None:
        done = len(decision_stats.reviewed(journal))
        doc.paragraph(
            tr(
                "Calibration and the Brier score are shown once {0} decisions are reviewed "
                "({1} so far): with fewer, one decision moves the picture too much."
            ).format(decision_stats.MIN_REVIEWED, done),
            muted=True,
            size=9,
        )
        return
    rows = [
        (
            _bin_name(b),
            str(b.count),
            str(b.came_true),
            pct(b.rate) + (" " + tr("(few)") if b.thin else "") if b.rate is not None else "—",
        )
        for b in found.bins
        if b.count
    ]
    doc.table_of(
        (tr("Your confidence"), tr("Decisions"), tr("Came true"), tr("Share that came true")),
        rows,
        (40, 28, 28, 50),
    )
    image = chart(found.bins) if chart is not None else None
    if image is not None:
        doc.figure(image, width=doc.epw * 0.75)
    doc.paragraph(
        trn(
            "Brier score {0} over %n reviewed decision(s): 0 is perfect, always saying 50% "
            "scores 0.25.",
            found.reviewed,
        ).format(formats.number(found.brier, 2)),
    )


# ---------------------------------------------------------------- feedback
def feedback(doc: ReportDocument, state: PlanState, today: date) -> None:
    doc.add_page()
    doc.heading(tr("Feedback"))
    doc.paragraph(
        tr(
            "Per theme, your own rating against the mean of others' (1 to 5), and what they "
            "said: the situation, the behaviour and its impact, what they asked for and what "
            "you will do."
        ),
        muted=True,
        size=9,
    )
    shown = sorted(state.feedback, key=lambda f: (f.on, f.id or 0))[-ENTRIES:]
    for theme in state.themes:
        view = theme_view(theme, state.feedback)
        doc.heading(theme.title, 11)
        doc.facts(_theme_facts(view))
        _entries(doc, state, [f for f in shown if f.theme_id == theme.id], today)
    loose = [f for f in shown if f.theme_id is None]
    if loose:
        doc.heading(tr("Not tied to a theme"), 11)
        _entries(doc, state, loose, today)
    earlier = len(state.feedback) - len(shown)
    if earlier > 0:
        doc.paragraph(
            tr("The {0} most recent entries are listed; {1} earlier ones are not.").format(
                ENTRIES, earlier
            ),
            muted=True,
            size=9,
        )
    _asks(doc, state)


def _asks(doc: ReportDocument, state: PlanState) -> None:
    """The weekly check-in's answers to "whom did you ask for feedback?", newest first."""
    asked = [
        (str(c.week), a.answer)
        for c in sorted(state.checkins, key=lambda c: c.week, reverse=True)
        for a in c.answers
        if a.prompt in FEEDBACK_PROMPTS and a.answer.strip()
    ]
    if asked:
        doc.heading(tr("Whom you asked, week by week"), 11)
        doc.table_of((tr("Week"), tr("Whom you asked")), asked[:TABLE_ROWS], (24, doc.epw - 24))


def _theme_facts(view: ThemeView) -> list[tuple[str, str]]:
    latest = view.theme.latest_self_rating
    own = (
        tr("{0} (on {1})").format(latest.rating, day(latest.on)) if latest else tr("not rated yet")
    )
    others = _rating(view.others_mean)
    if view.others:
        others += " " + trn("from %n rating(s)", len(view.others))
    gap = "—" if view.gap is None else f"{float(view.gap):+.1f}"
    label = word(LABELS[view.label]) if view.label else tr("Rate yourself first")
    return [
        (tr("Your rating"), own),
        (tr("Others' mean"), others),
        (tr("Gap"), gap),
        (tr("Reading"), label),
    ]


def _entries(
    doc: ReportDocument, state: PlanState, entries: Sequence[FeedbackEntry], today: date
) -> None:
    for entry in entries:
        doc.facts(_entry_facts(entry, state, today))


def _entry_facts(entry: FeedbackEntry, state: PlanState, today: date) -> list[tuple[str, str]]:
    person = state.person(entry.person_id) if entry.person_id is not None else None
    who = person.name if person is not None else entry.name.strip()
    source = word(SOURCES[entry.source])
    rows = [
        (
            tr("From"),
            f"{who} ({source}), {day(entry.on)}" if who else f"{source}, {day(entry.on)}",
        )
    ]
    sbi = [
        (tr("Situation"), entry.situation),
        (tr("Behaviour"), entry.behaviour),
        (tr("Impact"), entry.impact),
        (tr("They asked for"), entry.ask),
    ]
    rows += [(name, value) for name, value in sbi if value.strip()]
    rows += [(tr("Feedforward"), idea) for idea in entry.feedforward]
    if entry.rating is not None:
        rows.append((tr("Their rating"), str(entry.rating)))
    rows.append((tr("Your response"), entry.response))
    rows.append((tr("Follow-up"), _follow_up(entry, today)))
    return rows


def _follow_up(entry: FeedbackEntry, today: date) -> str:
    if entry.followed_up_on is not None:
        return tr("Followed up on {0}").format(day(entry.followed_up_on))
    if entry.follow_up_on is None:
        return tr("No follow-up date")
    if entry.follow_up_on <= today:
        return tr("Due since {0}").format(day(entry.follow_up_on))
    return tr("Due on {0}").format(day(entry.follow_up_on))
