"""The situations' wording for the screen: the domain's English texts, translated.

The texts live once in ``domain/guidance/situations.py`` (with the shapes they describe);
Qt's translate looks them up here under one context, so a translation file can carry them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from altitude.domain.guidance.situations import SituationGuide

CONTEXT = "Situations"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def default_text(guide: SituationGuide, days: Sequence[int], horizon_days: int) -> str:
    """What the choice sets, as rich text: the pace, the first move, where they come from."""
    span = max(horizon_days, 1)
    points = " · ".join(
        tr("day {0}: {1}%").format(d, round(100 * guide.shape.fraction(d / span))) for d in days
    )
    return tr(
        "<b>Default it sets ({0}):</b> {1}. Your milestones get this far from where you start "
        "to your target: {2}.<br><b>First move:</b> {3}.<br><i>Source: {4}.</i>"
    ).format(tr(guide.kind), tr(guide.pace), points, tr(guide.first_move), tr(guide.source))


def not_sure_text(days: Sequence[int], horizon_days: int) -> str:
    span = max(horizon_days, 1)
    points = " · ".join(tr("day {0}: {1}%").format(d, round(100 * d / span)) for d in days)
    return tr(
        "<b>Default it sets:</b> a straight line from where you start to your target: {0}. "
        "You can come back and choose a situation at any time before Finish."
    ).format(points)
