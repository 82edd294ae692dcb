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
from altitude.i18n import formats

if TYPE_CHECKING:
    from PIL.Image import Image

ENTRIES = 20  # decisions, and feedback entries, listed: the latest, what a coach asks about

DOORS = {Door.ONE_WAY: "One-way door (hard to undo)", Door.TWO_WAY: "Two-way door (reversible)"}
QUALITY = {Quality.GOOD: "good", Quality.POOR: "poor"}
SOURCES = {
    SourceKind.TEAM_MEMBER: "a team member",
    SourceKind.PEER: "a peer",
    SourceKind.BOSS: "the boss",
    SourceKind.OTHER_FUNCTION: "another function",
    SourceKind.OTHER: "other",
}
LABELS = {
    Perception.BLIND_SPOT: "Blind spot: others rate you lower than you do",
    Perception.HIDDEN_STRENGTH: "Hidden strength: others rate you higher than you do",
    Perception.ALIGNED: "Aligned: others see it about as you do",
    Perception.NOT_ASKED_YET: "Not asked yet: no one has rated this theme",
}


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
    doc.heading("Decisions")
    doc.paragraph(
        "Each decision as written when it was made, and its review. Process and outcome are "
        "judged apart: a good decision can meet bad luck.",
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
            f"The {ENTRIES} most recent decisions are listed; {earlier} earlier ones are not.",
            muted=True,
            size=9,
        )
    _scores(doc, state.journal, chart)


def _decision_facts(entry: JournalEntry, state: PlanState, today: date) -> list[tuple[str, str]]:
    rows = [
        ("Kind", entry.kind),
        ("Door", DOORS[entry.door]),
        ("Decided on", day(entry.decided_on)),
        ("Chosen", entry.chosen),
    ]
    if entry.made_by_id is not None:
        person = state.person(entry.made_by_id)
        rows.append(("Made by", person.name if person else "a team member"))
    rows += [
        ("Expected", f"{entry.expected}, by {day(entry.expected_by)}"),
        ("Confidence", pct(entry.confidence)),
        ("Review", _review_status(entry, today)),
    ]
    review = entry.review
    if review is not None:
        came = "came true" if review.came_true else "did not come true"
        happened = shorten(review.what_happened.strip(), 300)
        rows.append(("Outcome", f"The expectation {came}." + (f" {happened}" if happened else "")))
        cell = decision_stats.CELL_NAMES[(review.process_quality, review.outcome_quality)]
        rows.append(
            (
                "Quality",
                f"Process {QUALITY[review.process_quality]}, outcome "
                f"{QUALITY[review.outcome_quality]}: {cell}",
            )
        )
    for note in entry.hindsight:
        rows.append(("Hindsight", f"{day(note.on)}: {note.note}"))
    return rows


def _review_status(entry: JournalEntry, today: date) -> str:
    review = entry.review
    if review is not None:
        return f"Reviewed on {day(review.reviewed_on)}"
    if entry.review_on <= today:
        return f"Due since {day(entry.review_on)}, not reviewed yet"
    return f"Due on {day(entry.review_on)}"


def _bin_name(b: decision_stats.Bin) -> str:
    """Bins hold [low, high); the top one holds 100 too."""
    top = b.high if b.high >= decision_stats.BIN_WIDTH * decision_stats.BIN_COUNT else b.high - 1
    return f"{b.low} to {top}%"


def _scores(doc: ReportDocument, journal: Sequence[JournalEntry], chart: Chart | None) -> None:
    doc.heading("How well the forecasts came true", 12)
    found = decision_stats.scores(journal)
    if found is None:
        done = len(decision_stats.reviewed(journal))
        doc.paragraph(
            f"Calibration and the Brier score are shown once {decision_stats.MIN_REVIEWED} "
            f"decisions are reviewed ({done} so far): with fewer, one decision moves the "
            "picture too much.",
            muted=True,
            size=9,
        )
        return
    rows = [
        (
            _bin_name(b),
            str(b.count),
            str(b.came_true),
            pct(b.rate) + (" (few)" if b.thin else "") if b.rate is not None else "—",
        )
        for b in found.bins
        if b.count
    ]
    doc.table_of(
        ("Your confidence", "Decisions", "Came true", "Share that came true"),
        rows,
        (40, 28, 28, 50),
    )
    image = chart(found.bins) if chart is not None else None
    if image is not None:
        doc.figure(image, width=doc.epw * 0.75)
    doc.paragraph(
        f"Brier score {found.brier:.2f} over {found.reviewed} reviewed decisions: 0 is perfect, "
        "always saying 50% scores 0.25.",
    )


# ---------------------------------------------------------------- feedback
def feedback(doc: ReportDocument, state: PlanState, today: date) -> None:
    doc.add_page()
    doc.heading("Feedback")
    doc.paragraph(
        "Per theme, your own rating against the mean of others' (1 to 5), and what they said: "
        "the situation, the behaviour and its impact, what they asked for and what you will do.",
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
        doc.heading("Not tied to a theme", 11)
        _entries(doc, state, loose, today)
    earlier = len(state.feedback) - len(shown)
    if earlier > 0:
        doc.paragraph(
            f"The {ENTRIES} most recent entries are listed; {earlier} earlier ones are not.",
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
        doc.heading("Whom you asked, week by week", 11)
        doc.table_of(("Week", "Whom you asked"), asked[:TABLE_ROWS], (24, doc.epw - 24))


def _theme_facts(view: ThemeView) -> list[tuple[str, str]]:
    latest = view.theme.latest_self_rating
    own = f"{latest.rating} (on {day(latest.on)})" if latest else "not rated yet"
    others = _rating(view.others_mean)
    if view.others:
        count = len(view.others)
        others += f" from {count} rating{'s' if count != 1 else ''}"
    gap = "—" if view.gap is None else f"{float(view.gap):+.1f}"
    label = LABELS[view.label] if view.label else "Rate yourself first"
    return [("Your rating", own), ("Others' mean", others), ("Gap", gap), ("Reading", label)]


def _entries(
    doc: ReportDocument, state: PlanState, entries: Sequence[FeedbackEntry], today: date
) -> None:
    for entry in entries:
        doc.facts(_entry_facts(entry, state, today))


def _entry_facts(entry: FeedbackEntry, state: PlanState, today: date) -> list[tuple[str, str]]:
    person = state.person(entry.person_id) if entry.person_id is not None else None
    who = person.name if person is not None else entry.name.strip()
    source = SOURCES[entry.source]
    rows = [("From", f"{who} ({source}), {day(entry.on)}" if who else f"{source}, {day(entry.on)}")]
    sbi = [
        ("Situation", entry.situation),
        ("Behaviour", entry.behaviour),
        ("Impact", entry.impact),
        ("They asked for", entry.ask),
    ]
    rows += [(name, value) for name, value in sbi if value.strip()]
    rows += [("Feedforward", idea) for idea in entry.feedforward]
    if entry.rating is not None:
        rows.append(("Their rating", str(entry.rating)))
    rows.append(("Your response", entry.response))
    rows.append(("Follow-up", _follow_up(entry, today)))
    return rows


def _follow_up(entry: FeedbackEntry, today: date) -> str:
    if entry.followed_up_on is not None:
        return f"Followed up on {day(entry.followed_up_on)}"
    if entry.follow_up_on is None:
        return "No follow-up date"
    if entry.follow_up_on <= today:
        return f"Due since {day(entry.follow_up_on)}"
    return f"Due on {day(entry.follow_up_on)}"
