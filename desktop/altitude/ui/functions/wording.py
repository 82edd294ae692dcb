"""The Functions page's words: the 1-5 "could I explain it?" scale, the 60-day flag, the
questions to ask (Watkins' learning questions, Charan's five business questions)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from altitude.domain.arcs.functions import LEARNING_QUESTIONS, UNTOUCHED_DAYS, BusinessFunction
from altitude.i18n import translate_marked


def tr(text: str) -> str:
    return QCoreApplication.translate("Functions", text)


def explain_words() -> dict[int, str]:
    """Could you explain their goals to your boss?"""
    return {1: tr("not yet"), 2: tr("vaguely"), 3: tr("the outline"), 4: tr("well"),
            5: tr("as they would")}  # fmt: skip


def explain_text(value: int) -> str:
    return tr("{0} · {1}").format(value, explain_words()[value])


def learning_questions() -> list[str]:
    """Watkins' questions for each function's people, translated (the domain keeps English)."""
    return [translate_marked("Functions", q) for q in LEARNING_QUESTIONS]


def business_questions() -> str:
    """Ram Charan: every function's numbers answer to these five."""
    return tr("Cash, margin, velocity (how fast money turns), growth and customers: which of "
              "these does their number move? (Ram Charan)")  # fmt: skip


def stale(function: BusinessFunction, today: date) -> bool:
    last = function.last_touch
    return last is None or (today - last).days > UNTOUCHED_DAYS


def last_touch_text(function: BusinessFunction, today: date) -> str:
    last = function.last_touch
    if last is None:
        return tr("Never yet")
    days = (today - last).days
    when = tr("today") if days == 0 else tr("{0} days ago").format(days)
    if days > UNTOUCHED_DAYS:
        return tr("{0}: over {1} days").format(when, UNTOUCHED_DAYS)
    return when


def untouched_text(names: list[str]) -> str:
    if not names:
        return tr("You have worked with every function in the last {0} days.").format(
            UNTOUCHED_DAYS
        )
    return tr("Not worked with in {0} days or more: {1}. A question over coffee counts.").format(
        UNTOUCHED_DAYS, ", ".join(names)
    )
