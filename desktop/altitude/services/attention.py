"""What needs attention, as data: the GUI words it in the user's language, the CLI in English.

Delegations due are named one by one up to ``DUE_NOTES``, the soonest first, and the rest
counted: a list of hundreds helps no one (and cost the dashboard ~15 MiB of labels on a
ten-year plan).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from altitude.domain.entities import Delegation, Person
from altitude.domain.metrics import Boomerang, BoomerangFinder
from altitude.domain.overview import AtAGlance
from altitude.domain.weeks import IsoWeek

DUE_NOTES = 5
MISSING_NAMED = 3  # the latest weeks without a check-in that are named; the rest counted


class Concern(StrEnum):
    CHECKIN_DUE = "checkin-due"  # this week's check-in (``week``)
    DELEGATION_DUE = "delegation-due"  # check in with ``who`` on ``outcome`` by ``due``
    MORE_DUE = "more-due"  # ``count`` more delegation check-ins
    MISSING_WEEKS = "missing-weeks"  # ``weeks`` (the latest few) and ``count`` more
    RISING_EXECUTION = "rising-execution"  # the execution share rose two weeks running
    ONE_TO_ONE_DUE = "one-to-one-due"  # meet ``who`` one to one; ``due`` None: none logged yet
    REVIEW_DUE = "review-due"  # review the decision ``outcome``, due since ``due``
    MORE_REVIEWS_DUE = "more-reviews-due"  # ``count`` more decisions due for review
    FOLLOW_UP_DUE = "follow-up-due"  # follow up with ``who`` on ``outcome`` (your response)
    MORE_FOLLOW_UPS_DUE = "more-follow-ups-due"  # ``count`` more feedback follow-ups
    WORK_CAME_BACK = "work-came-back"  # imported time on a delegated item (``boomerang``)
    # thinking in arcs (``services.arcs.attention``)
    MILESTONE_REVIEW_SOON = "milestone-review-soon"  # the day-``count`` review is due ``due``
    MILESTONE_REVIEW_OVERDUE = "milestone-review-overdue"  # …was due ``due``, not held yet
    CONTACT_OVERDUE = "contact-overdue"  # be in touch with ``who``; ``due`` None: never yet
    MORE_CONTACTS_OVERDUE = "more-contacts-overdue"  # ``count`` more people overdue
    NARRATIVE_DUE = "narrative-due"  # revisit the narrative, due since ``due``
    NARRATIVE_MISSING = "narrative-missing"  # past day 14 and no narrative written yet
    FUNCTION_UNTOUCHED = "function-untouched"  # ``outcome``: the function, ``due``: last touch
    MORE_FUNCTIONS_UNTOUCHED = "more-functions-untouched"  # ``count`` more functions


@dataclass(frozen=True, slots=True)
class Attention:
    concern: Concern
    week: IsoWeek | None = None
    who: str = ""  # the owner's name; "" when the delegation has none
    outcome: str = ""
    due: date | None = None
    count: int = 0
    weeks: tuple[IsoWeek, ...] = ()
    boomerang: Boomerang | None = None  # WORK_CAME_BACK: what came back, when, from whom


def attention_items(
    week: IsoWeek,
    checkin_due: bool,
    due: tuple[Delegation, ...],
    missing: tuple[IsoWeek, ...],
    rising: bool,
    state: AtAGlance,
    today: date,
) -> tuple[Attention, ...]:
    items: list[Attention] = []
    if checkin_due:
        items.append(Attention(Concern.CHECKIN_DUE, week=week))
    for d in due[:DUE_NOTES]:
        owner = state.person(d.owner_id) if d.owner_id else None
        items.append(
            Attention(
                Concern.DELEGATION_DUE,
                who=owner.name if owner else "",
                outcome=d.outcome,
                due=d.next_checkin,
            )
        )
    if len(due) > DUE_NOTES:
        items.append(Attention(Concern.MORE_DUE, count=len(due) - DUE_NOTES))
    if missing:
        named = missing[-MISSING_NAMED:]
        items.append(Attention(Concern.MISSING_WEEKS, weeks=named, count=len(missing) - len(named)))
    if rising:
        items.append(Attention(Concern.RISING_EXECUTION))
    for person, since in one_to_ones_due(state, today):
        when = None if since == date.min else since
        items.append(Attention(Concern.ONE_TO_ONE_DUE, who=person.name, due=when))
    return tuple(items)


def one_to_ones_due(state: AtAGlance, today: date) -> list[tuple[Person, date]]:
    """Team members whose one-to-one is due by ``today``, the longest overdue first (those
    with a cadence and no one-to-one logged yet first of all: ``date.min``)."""
    due = [(p, d) for p in state.people if (d := p.one_to_one_due()) is not None and d <= today]
    return sorted(due, key=lambda pair: (pair[1], pair[0].name))


RECENT_WEEKS = 4  # work that came back is news for a month, then it is the ledger's


def imported_attention(state: AtAGlance, week: IsoWeek) -> list[Attention]:
    """Work that came back, seen in imported time: hours a calendar or tracker put on a
    delegated item (through a rule naming it) in one of the last ``RECENT_WEEKS`` weeks
    after its handover. The Overview holds no items: the delegation's outcome names it."""
    imported = getattr(state, "imported", ())
    recent = [x for x in imported if week + -RECENT_WEEKS <= x.week <= week]
    if not recent:
        return []
    finder = BoomerangFinder(getattr(state, "items", ()), state.delegations, state.people)
    found = [b for x in recent for b in finder.find_hours(x.week, x.item_hours)]
    found.sort(key=lambda b: (b.week, b.item_title), reverse=True)
    return [Attention(Concern.WORK_CAME_BACK, week=b.week, boomerang=b) for b in found]


def in_english(item: Attention) -> str:
    """The sentence `altitude status` prints (ISO dates and weeks: plain text, any locale)."""
    match item.concern:
        case Concern.CHECKIN_DUE:
            return f"This week's check-in ({item.week}) is due."
        case Concern.DELEGATION_DUE:
            when = item.due.isoformat() if item.due else ""
            return f"Check in with {item.who or 'its owner'} on “{item.outcome}” (due {when})."
        case Concern.MORE_DUE:
            return f"{item.count} more delegation check-ins are due: see the Delegation page."
        case Concern.MISSING_WEEKS:
            weeks = ", ".join(str(w) for w in item.weeks)
            suffix = f" and {item.count} more" if item.count > 0 else ""
            return f"No check-in for {weeks}{suffix}."
        case Concern.RISING_EXECUTION:
            return "Your execution share rose two weeks running: what pulled you back in?"
        case Concern.ONE_TO_ONE_DUE:
            if item.due is None:
                return f"No one-to-one with {item.who} logged yet: when do you meet?"
            return f"Your one-to-one with {item.who} is due (since {item.due.isoformat()})."
        case Concern.REVIEW_DUE:
            when = item.due.isoformat() if item.due else ""
            return f"Review your decision “{item.outcome}” (due {when})."
        case Concern.MORE_REVIEWS_DUE:
            return f"{item.count} more decisions are due for review: see the journal."
        case Concern.FOLLOW_UP_DUE:
            when = item.due.isoformat() if item.due else ""
            who = item.who or "them"
            return f"Follow up with {who} on “{item.outcome}” (due {when})."
        case Concern.MORE_FOLLOW_UPS_DUE:
            return f"{item.count} more feedback follow-ups are due: see the feedback log."
        case Concern.WORK_CAME_BACK:
            b = item.boomerang
            if b is None:
                return "Delegated work came back to you."
            return f"Your imported time for {b.week}: {b.message}"
        case _:
            from altitude.services.arcs.attention import arcs_in_english

            return arcs_in_english(item)
