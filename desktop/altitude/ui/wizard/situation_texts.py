"""The situations' wording for the screen: the domain's English texts, translated.

The texts live once in ``domain/guidance/situations.py`` (with the shapes they describe);
they are marked there (``QT_TRANSLATE_NOOP("Situations", ...)``) and translated here, in the
same context, where the screen shows them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from altitude.domain.guidance.situations import SituationGuide
from altitude.i18n import translate_marked

CONTEXT = "Situations"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def marked(text: str) -> str:
    """A situation's text from the domain (marked there with QT_TRANSLATE_NOOP), translated."""
    return translate_marked(CONTEXT, text)


def way_along(fractions: Sequence[tuple[int, float]]) -> str:
    """ "a third of the way by day 30, … all of it by day 90" in percent."""
    parts = [
        tr("all of it by day {0}").format(d)
        if f >= 0.995
        else tr("{0}% by day {1}").format(round(100 * f), d)
        for d, f in fractions
    ]
    return ", ".join(parts)


def default_text(guide: SituationGuide, days: Sequence[int], horizon_days: int) -> str:
    """What the choice asks and sets, as rich text, with where it comes from."""
    span = max(horizon_days, 1)
    along = way_along([(d, guide.shape.fraction(d / span)) for d in days])
    return tr(
        "<b>What it asks of you:</b> {0}<br><b>First move:</b> {1}.<br>"
        "<b>Pace ({2}):</b> {3}. Of the shift from today's split to your target, your "
        "milestones ask for {4}.<br><i>Source: {5}.</i>"
    ).format(
        marked(guide.asks), marked(guide.first_move), marked(guide.kind), marked(guide.pace),
        along, marked(guide.source),
    )  # fmt: skip


def not_sure_text(days: Sequence[int], horizon_days: int) -> str:
    span = max(horizon_days, 1)
    along = way_along([(d, d / span) for d in days])
    return tr(
        "<b>Pace:</b> a steady line from today's split to your target: {0}. You can come "
        "back and choose a situation at any time before Finish."
    ).format(along)
