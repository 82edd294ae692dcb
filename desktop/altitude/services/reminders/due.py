"""What ``altitude remind`` says: the check-in when it is due, else what needs attention.

The same rules as the dashboard and the in-app banner (``services.summary``): the check-in
is due from the chosen weekday on until this week is logged, once the plan has started;
everything else comes from the attention list, in the CLI's plain English.

The desktop notification speaks the user's language (the one the GUI would use): a nudge
also keeps its words as parts (``Sentence``s, the first attention item as data) that the
notifying process words through its translator (``altitude.ui.reminder_words``); the
printed ``line`` stays English, as every CLI output.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from altitude.domain.overview import AtAGlance
from altitude.domain.weeks import IsoWeek
from altitude.i18n import QT_TRANSLATE_N_NOOP, QT_TRANSLATE_NOOP, formats
from altitude.i18n.sentence import Local, Sentence
from altitude.services.attention import Attention, Concern
from altitude.services.summary import Summary, summarize

NOTHING_DUE = "Nothing due."
CONTEXT = "Reminders"
CHECKIN_TITLE = QT_TRANSLATE_NOOP("Reminders", "Your weekly check-in is due")
CHECKIN_BODY = QT_TRANSLATE_NOOP(
    "Reminders", "Two minutes for the week of {0}: how did your hours split?{1}"
)
ATTENTION_TITLE = QT_TRANSLATE_N_NOOP("Reminders", "%n thing(s) need your attention")
ALSO_MORE = QT_TRANSLATE_N_NOOP("Reminders", " Also %n more thing(s) need you.")


@dataclass(frozen=True, slots=True)
class Nudge:
    """One notification: its title, its body, and the line printed where none can show."""

    summary: str
    body: str
    line: str
    checkin_week: IsoWeek | None = None  # the week whose check-in is due, if it is
    # The same words as parts, for the notification in the user's language:
    title_words: Sentence | None = None
    body_words: Sentence | None = None  # the check-in's; else ``first`` is the body
    first: Attention | None = None
    today: date | None = None


def week_of(week: IsoWeek) -> str:
    """ "week of 30 Nov": the Monday, in words a person reads at a glance."""
    monday = week.monday()
    return f"week of {monday.day} {monday:%b}"


def what_is_due(state: AtAGlance, today: date) -> Nudge | None:
    """The reminder for ``today``, or None when nothing is due."""
    return nudge_for(summarize(state, today), state, today)


def nudge_for(summary: Summary, state: AtAGlance, today: date) -> Nudge | None:
    plan = state.plan
    if plan is None or today < plan.start_date:
        return None  # no plan yet, or not started: nothing to remind of
    others = [
        text
        for item, text in zip(summary.attention_items, summary.attention, strict=True)
        if item.concern is not Concern.CHECKIN_DUE
    ]
    more = _and_more(len(others))
    if summary.checkin_due:
        when = week_of(summary.week)
        monday = summary.week.monday()
        also = Sentence(CONTEXT, ALSO_MORE, n=len(others))
        return Nudge(
            summary="Your weekly check-in is due",
            body=f"Two minutes for the {when}: how did your hours split?{more}",
            line=f"Your weekly check-in is due ({when}).",
            checkin_week=summary.week,
            title_words=Sentence(CONTEXT, CHECKIN_TITLE),
            body_words=Sentence(
                CONTEXT,
                CHECKIN_BODY,
                (
                    Local(f"{monday.day} {monday:%b}", lambda: formats.day_month(monday)),
                    Local(more, lambda: also.translated() if others else ""),
                ),
            ),
            today=today,
        )
    if not others:
        return None
    count = len(others)
    title = "1 thing needs your attention" if count == 1 else f"{count} things need your attention"
    first = next(
        item for item in summary.attention_items if item.concern is not Concern.CHECKIN_DUE
    )
    return Nudge(
        summary=title,
        body=others[0],
        line=f"{title}: {others[0]}",
        title_words=Sentence(CONTEXT, ATTENTION_TITLE, n=count),
        first=first,
        today=today,
    )


def _and_more(count: int) -> str:
    if count == 0:
        return ""
    return " Also 1 more thing needs you." if count == 1 else f" Also {count} more things need you."
