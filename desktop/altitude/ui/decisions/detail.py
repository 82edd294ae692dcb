"""The selected decision in a few plain lines under the list: the forecast and its fate."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from altitude.domain.entities import PlanState
from altitude.domain.growth.decision_rules import editable_until, kept_as_written
from altitude.domain.growth.decisions import JournalEntry
from altitude.i18n import settled
from altitude.ui.decisions.texts import cell_gloss, cell_title
from altitude.ui.shared.fields import format_day


def tr(text: str) -> str:
    return QCoreApplication.translate("DecisionDetail", text)


def trn(text: str, n: int) -> str:
    """A count's words: ``%n`` and the plural form for ``n`` (Qt's numerus forms)."""
    return settled(text, n, QCoreApplication.translate("DecisionDetail", text, None, n))


def detail_text(entry: JournalEntry, state: PlanState, today: date) -> str:
    lines = [
        tr("You chose “{0}” and expected: {1} by {2}, {3}% sure.").format(
            entry.chosen, entry.expected, format_day(entry.expected_by), entry.confidence
        )
    ]
    review = entry.review
    if review is not None:
        came = tr("It came true.") if review.came_true else tr("It did not come true.")
        cell = f"{cell_title(review.process_quality, review.outcome_quality)} — " + cell_gloss(
            review.process_quality, review.outcome_quality
        )
        lines.append(
            tr("Reviewed {0}: {1} {2}.").format(format_day(review.reviewed_on), came, cell)
        )
    elif kept_as_written(entry, today):
        lines.append(tr("Its review is due: what happened? (Review…)"))
    else:
        lines.append(
            tr("You can correct it until {0}; then it is kept as written.").format(
                format_day(editable_until(entry))
            )
        )
    if entry.hindsight:
        count = len(entry.hindsight)
        lines.append(trn("%n later thought(s).", count))
    return " ".join(lines)
