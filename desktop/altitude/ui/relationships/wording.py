"""The Relationships page's words: the 1-5 scales, the stances, the quadrants, when to call.

Every score is shown with its words ("4 · a lot"), so a number never stands alone; the
stances are Watkins' (supporter, convincible, opponent) plus "not known yet", each with
what it asks of you; the quadrants are Mendelow's.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from altitude.domain.arcs.stakeholders import BossTopic, Quadrant, Stakeholder, Stance
from altitude.i18n import settled
from altitude.ui.shared.fields import format_day


def tr(text: str) -> str:
    return QCoreApplication.translate("Relationships", text)


def trn(text: str, n: int) -> str:
    """A count's words: ``%n`` and the plural form for ``n`` (Qt's numerus forms)."""
    return settled(text, n, QCoreApplication.translate("Relationships", text, None, n))


def influence_words() -> dict[int, str]:
    return {1: tr("hardly any"), 2: tr("a little"), 3: tr("some"), 4: tr("a lot"),
            5: tr("decisive")}  # fmt: skip


def interest_words() -> dict[int, str]:
    return {1: tr("hardly any"), 2: tr("a little"), 3: tr("some"), 4: tr("keen"),
            5: tr("it's central to them")}  # fmt: skip


def trust_words() -> dict[int, str]:
    return {1: tr("none yet"), 2: tr("wary"), 3: tr("working"), 4: tr("solid"),
            5: tr("deep")}  # fmt: skip


def scored(value: int, words: dict[int, str]) -> str:
    return tr("{0} · {1}").format(value, words[value])


def stance_names() -> dict[Stance, str]:
    return {
        Stance.SUPPORTER: tr("Supporter"),
        Stance.CONVINCIBLE: tr("Convincible"),
        Stance.OPPONENT: tr("Opponent"),
        Stance.UNKNOWN: tr("Not known yet"),
    }


def stance_meanings() -> dict[Stance, str]:
    return {
        Stance.SUPPORTER: tr("Backs what you are doing: ask them to help bring others along."),
        Stance.CONVINCIBLE: tr("Not decided: the right case, made early, can win them over."),
        Stance.OPPONENT: tr("Against it for now: learn why before you push."),
        Stance.UNKNOWN: tr("You don't know yet: a first conversation will tell you."),
    }


def quadrant_names() -> dict[Quadrant, str]:
    return {
        Quadrant.MANAGE_CLOSELY: tr("Manage closely"),
        Quadrant.KEEP_SATISFIED: tr("Keep satisfied"),
        Quadrant.KEEP_INFORMED: tr("Keep informed"),
        Quadrant.MONITOR: tr("Monitor"),
    }


def topic_names() -> dict[BossTopic, str]:
    """Watkins' five conversations, in his order, as a heading each."""
    return {
        BossTopic.SITUATION: tr("The situation"),
        BossTopic.EXPECTATIONS: tr("Expectations"),
        BossTopic.RESOURCES: tr("Resources"),
        BossTopic.STYLE: tr("Style"),
        BossTopic.DEVELOPMENT: tr("Personal development"),
    }


def topic_questions() -> dict[BossTopic, str]:
    """What each conversation settles, in one line (after Watkins, *The First 90 Days*)."""
    return {
        BossTopic.SITUATION: tr("How do you both read the situation: what is going on, and why?"),
        BossTopic.EXPECTATIONS: tr("What does success look like at 30, 60 and 90 days?"),
        BossTopic.RESOURCES: tr("What do you need — people, money, time, their support?"),
        BossTopic.STYLE: tr("How do you work together: how often, how, about what?"),
        BossTopic.DEVELOPMENT: tr("What should you learn in this role, and how?"),
    }


def days_ago(day: date, today: date) -> str:
    days = (today - day).days
    if days == 0:
        return tr("today")
    if days == 1:
        return tr("yesterday")
    if days > 0:
        return tr("{0} days ago").format(days)
    return format_day(day)


def last_contact_text(person: Stakeholder, today: date) -> str:
    last = person.last_contact
    if last is None:
        return tr("Not yet")
    return days_ago(last, today)


def next_contact_text(person: Stakeholder, today: date) -> str:
    """When to be in touch next, in words; "overdue" when that day has passed."""
    due = person.contact_due()
    if due is None:
        return tr("No rhythm set")
    if due == date.min:
        return tr("Overdue: not in touch yet")
    if due < today:
        return tr("Overdue since {0}").format(format_day(due))
    if due == today:
        return tr("Today")
    return tr("{0} (in {1} days)").format(format_day(due), (due - today).days)


def rhythm_text(days: int | None) -> str:
    if days is None:
        return tr("no rhythm")
    if days % 7 == 0:
        weeks = days // 7
        return trn("every %n week(s)", weeks)
    return trn("every %n day(s)", days)
