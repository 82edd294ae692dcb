"""The feedback log's words: the rating scale, who it came from, what a gap means.

The scale asks how often you *do* something, as someone watching would see it, never what
kind of person you are: feedback aimed at the self is the kind that backfires (Kluger &
DeNisi, *Psychological Bulletin*, 1996).
"""

from __future__ import annotations

from datetime import date
from fractions import Fraction

from PySide6.QtCore import QCoreApplication

from altitude.domain.growth.feedback import SourceKind
from altitude.domain.growth.feedback_rules import SELF_RATING_EVERY_DAYS
from altitude.domain.growth.feedback_stats import Perception, ThemeView
from altitude.i18n import formats, settled
from altitude.ui.shared.fields import format_day


def tr(text: str) -> str:
    return QCoreApplication.translate("Feedback", text)


def trn(text: str, n: int) -> str:
    """A count's words: ``%n`` and the plural form for ``n`` (Qt's numerus forms)."""
    return settled(text, n, QCoreApplication.translate("Feedback", text, None, n))


def rating_words() -> dict[int, str]:
    """Each point of the 1-5 scale, in words about how often you do it."""
    return {
        1: tr("Rarely"),
        2: tr("Sometimes"),
        3: tr("Often"),
        4: tr("Usually"),
        5: tr("Almost always"),
    }


def rating_text(rating: int) -> str:
    return tr("{0} · {1}").format(rating, rating_words()[rating])


def source_names() -> dict[SourceKind, str]:
    return {
        SourceKind.TEAM_MEMBER: tr("A team member"),
        SourceKind.PEER: tr("A peer"),
        SourceKind.BOSS: tr("Your boss"),
        SourceKind.OTHER_FUNCTION: tr("Someone from another function"),
        SourceKind.OTHER: tr("Someone else"),
    }


def label_name(label: Perception | None) -> str:
    return {
        Perception.BLIND_SPOT: tr("Blind spot"),
        Perception.HIDDEN_STRENGTH: tr("Hidden strength"),
        Perception.ALIGNED: tr("Close to theirs"),
        Perception.NOT_ASKED_YET: tr("Not asked yet"),
        None: tr("Rate yourself first"),
    }[label]


def label_meaning(label: Perception | None) -> str:
    """The label with its one-line plain meaning (a third of the 1-5 scale is 1.33)."""
    return {
        Perception.BLIND_SPOT: tr(
            "Blind spot: others rate you lower than you do by more than a third of the scale."
        ),
        Perception.HIDDEN_STRENGTH: tr(
            "Hidden strength: others rate you higher than you do by more than a third of the scale."
        ),
        Perception.ALIGNED: tr(
            "Close to theirs: your rating and others' are within a third of the scale."
        ),
        Perception.NOT_ASKED_YET: tr(
            "Not asked yet: no one's rating is logged for this theme. Ask someone."
        ),
        None: tr("Rate yourself first, before you log what others said."),
    }[label]


def one_decimal(value: Fraction) -> str:
    return formats.number(float(value), 1)


def gap_text(view: ThemeView) -> str:
    """+0.7 when you rate yourself higher than others do, -1.5 when lower."""
    if view.gap is None:
        return "—"
    sign = "+" if view.gap > 0 else "\u2212" if view.gap < 0 else ""
    return f"{sign}{one_decimal(abs(view.gap))}"


def others_text(view: ThemeView) -> str:
    count = len(view.others)
    if view.others_mean is None:
        return tr("No ratings yet")
    ratings = trn("%n rating(s)", count)
    return tr("{0} ({1})").format(one_decimal(view.others_mean), ratings)


def last_rated_text(view: ThemeView, due: bool) -> str:
    if not view.self_points:
        return tr("Never")
    on = format_day(view.self_points[-1][0])
    if due:
        return tr("{0} · over {1} days ago: rate yourself again").format(on, SELF_RATING_EVERY_DAYS)
    return on


def days_text(day: date | None) -> str:
    return format_day(day) if day is not None else "—"
