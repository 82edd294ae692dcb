"""The journal's words, in one place so the page, the editor and the review say them alike.

Annie Duke's 2x2 (How to Decide, 2020; her cell names are in ``decision_stats.CELL_NAMES``)
is shown with a plain gloss: a new manager reads "good process, poor outcome" before
"bad luck". The rules of thumb are labelled as ours, as the domain's ``ReviewRules`` says.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from altitude.domain.growth.decision_rules import ReviewRules
from altitude.domain.growth.decisions import Door, Quality
from altitude.i18n import formats


def tr(text: str) -> str:
    return QCoreApplication.translate("Decisions", text)


def door_label(door: Door) -> str:
    return tr("One-way door") if door == Door.ONE_WAY else tr("Two-way door")


def door_meaning(door: Door) -> str:
    if door == Door.ONE_WAY:
        return tr("Hard or impossible to undo: worth more care and a longer look before review.")
    return tr("You can walk back through it: decide fast, learn, adjust.")


def review_rule(door: Door, rules: ReviewRules | None = None) -> str:
    days = (rules or ReviewRules()).days(door)
    what = tr("one-way door") if door == Door.ONE_WAY else tr("two-way door")
    if days % 7 == 0 and days <= 42:
        about = tr("about {0} weeks").format(days // 7)
    else:
        about = tr("about {0} days").format(days)
    return tr("Rule of thumb for a {0}: review in {1}. Change the date if you like.").format(
        what, about
    )


def quality_label(quality: Quality) -> str:
    return tr("Good") if quality == Quality.GOOD else tr("Poor")


# (process, outcome) -> Duke's name and a plain gloss
def cell_title(process: Quality, outcome: Quality) -> str:
    return {
        (Quality.GOOD, Quality.GOOD): tr("Earned reward"),
        (Quality.GOOD, Quality.POOR): tr("Bad luck"),
        (Quality.POOR, Quality.GOOD): tr("Dumb luck"),
        (Quality.POOR, Quality.POOR): tr("Just deserts"),
    }[(process, outcome)]


def cell_gloss(process: Quality, outcome: Quality) -> str:
    return {
        (Quality.GOOD, Quality.GOOD): tr("good decision, good outcome"),
        (Quality.GOOD, Quality.POOR): tr("good decision, poor outcome"),
        (Quality.POOR, Quality.GOOD): tr("poor decision, good outcome"),
        (Quality.POOR, Quality.POOR): tr("poor decision, poor outcome"),
    }[(process, outcome)]


STATUS_DUE = "review due"
STATUS_REVIEWED = "reviewed"
STATUS_WAITING = "waiting for review"


def status_label(status: str) -> str:
    return {
        STATUS_DUE: tr("Review due"),
        STATUS_REVIEWED: tr("Reviewed"),
        STATUS_WAITING: tr("Waiting for review"),
    }[status]


def brier_meaning(score: float) -> str:
    text = tr(
        "Brier score {0}: 0 is perfect, 0.25 is what always saying 50% would score, "
        "lower is better."
    ).format(formats.number(score, 2))
    if score > 0.25:
        text += " " + tr("For now your sure calls miss more often than you expect.")
    return text


def more_needed(count: int) -> str:
    if count == 1:
        return tr("1 more reviewed decision and you will see your calibration.")
    return tr("{0} more reviewed decisions and you will see your calibration.").format(count)
