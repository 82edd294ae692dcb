"""What needs attention, worded for the dashboard: translatable, with dates as people say them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from altitude.services.attention import Attention, Concern
from altitude.ui.dashboard.texts import short_day
from altitude.ui.shared.boomerang_text import boomerang_message


def tr(text: str) -> str:
    return QCoreApplication.translate("Attention", text)


def attention_text(item: Attention, today: date) -> str:
    match item.concern:
        case Concern.CHECKIN_DUE:
            return tr("This week's check-in is due.")
        case Concern.DELEGATION_DUE:
            when = short_day(item.due, today) if item.due else ""
            if item.who:
                return tr("Check in with {0} on “{1}” (due {2}).").format(
                    item.who, item.outcome, when
                )
            return tr("Check in on “{0}” (due {1}).").format(item.outcome, when)
        case Concern.MORE_DUE:
            return tr("{0} more delegation check-ins are due: see the Delegation page.").format(
                item.count
            )
        case Concern.MISSING_WEEKS:
            weeks = ", ".join(short_day(w.monday(), today) for w in item.weeks)
            if item.count > 0:
                return tr("No check-in for the weeks of {0} and {1} more.").format(
                    weeks, item.count
                )
            if len(item.weeks) == 1:
                return tr("No check-in for the week of {0}.").format(weeks)
            return tr("No check-in for the weeks of {0}.").format(weeks)
        case Concern.RISING_EXECUTION:
            return tr("Your execution share rose two weeks running: what pulled you back in?")
        case Concern.ONE_TO_ONE_DUE:
            if item.due is None:
                return tr("No one-to-one with {0} logged yet: when do you meet?").format(item.who)
            return tr("Your one-to-one with {0} is due (since {1}).").format(
                item.who, short_day(item.due, today)
            )
        case Concern.REVIEW_DUE:
            when = short_day(item.due, today) if item.due else ""
            return tr("Review your decision “{0}” (due {1}).").format(item.outcome, when)
        case Concern.MORE_REVIEWS_DUE:
            return tr("{0} more decisions are due for review: see the journal.").format(item.count)
        case Concern.FOLLOW_UP_DUE:
            when = short_day(item.due, today) if item.due else ""
            if item.who:
                return tr("Follow up with {0} on “{1}” (due {2}).").format(
                    item.who, item.outcome, when
                )
            return tr("Follow up on “{0}” (due {1}).").format(item.outcome, when)
        case Concern.MORE_FOLLOW_UPS_DUE:
            return tr("{0} more feedback follow-ups are due: see the feedback log.").format(
                item.count
            )
        case Concern.WORK_CAME_BACK:
            if item.boomerang is None:
                return tr("Delegated work came back to you.")
            return tr("Work that came back, in the week of {0}: {1}").format(
                short_day(item.boomerang.week.monday(), today), boomerang_message(item.boomerang)
            )
        case _:
            return arcs_text(item, today)


def arcs_text(item: Attention, today: date) -> str:
    """Thinking in arcs' concerns (``services.arcs.attention``)."""
    when = short_day(item.due, today) if item.due else ""
    match item.concern:
        case Concern.MILESTONE_REVIEW_SOON:
            return tr("Your day-{0} milestone review is due {1}: book it with your boss.").format(
                item.count, when
            )
        case Concern.MILESTONE_REVIEW_OVERDUE:
            return tr("Your day-{0} milestone review is overdue (due {1}): stop and look.").format(
                item.count, when
            )
        case Concern.CONTACT_OVERDUE:
            if item.due is None:
                return tr("You have not been in touch with {0} yet.").format(item.who)
            return tr("Be in touch with {0} (due since {1}).").format(item.who, when)
        case Concern.MORE_CONTACTS_OVERDUE:
            return tr("{0} more people are overdue a contact: see Relationships.").format(
                item.count
            )
        case Concern.NARRATIVE_DUE:
            return tr("A month has passed: revisit your strategic narrative (due {0}).").format(
                when
            )
        case Concern.NARRATIVE_MISSING:
            return tr("No strategic narrative yet: what is really going on, and what will you do?")
        case Concern.FUNCTION_UNTOUCHED:
            if item.due is None:
                return tr("You have not worked with {0} yet.").format(item.outcome)
            return tr("You have not worked with {0} since {1}.").format(item.outcome, when)
        case Concern.MORE_FUNCTIONS_UNTOUCHED:
            return tr("{0} more functions are untouched for 60 days: see Functions.").format(
                item.count
            )
    return item.concern.value
