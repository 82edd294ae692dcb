"""What needs attention in thinking in arcs: the next milestone review (due within a week,
or overdue), people overdue a contact, the narrative due for its monthly revisit (or not
written yet once the plan is past day 14), functions untouched for 60 days. People and
functions are named one by one up to ``DUE_NOTES``, the rest counted."""

from __future__ import annotations

from datetime import date, timedelta

from altitude.domain.arcs.functions import UNTOUCHED_DAYS, untouched
from altitude.domain.arcs.narrative import revision_due
from altitude.domain.arcs.reviews import next_review
from altitude.domain.arcs.stakeholders import overdue_contacts
from altitude.domain.overview import AtAGlance
from altitude.services.attention import DUE_NOTES, Attention, Concern

REVIEW_SOON_DAYS = 7  # a milestone review shows a week ahead, so it can be booked
NARRATIVE_BY_DAY = 14  # by the end of week two there is enough to write a first diagnosis


def arcs_attention(state: AtAGlance, today: date) -> list[Attention]:
    items: list[Attention] = []
    plan = state.plan
    if plan is not None:
        due = next_review(plan, state.reviews, today)
        if due is not None and due.due_on <= today + timedelta(days=REVIEW_SOON_DAYS):
            concern = (
                Concern.MILESTONE_REVIEW_OVERDUE if due.overdue else Concern.MILESTONE_REVIEW_SOON
            )
            items.append(Attention(concern, count=due.milestone_day, due=due.due_on))
    late = overdue_contacts(state.stakeholders, today)
    for person in late[:DUE_NOTES]:
        since = person.contact_due()
        items.append(
            Attention(
                Concern.CONTACT_OVERDUE, who=person.name, due=None if since == date.min else since
            )
        )
    if len(late) > DUE_NOTES:
        items.append(Attention(Concern.MORE_CONTACTS_OVERDUE, count=len(late) - DUE_NOTES))
    revisit = revision_due(state.narratives, today)
    if revisit is not None and revisit <= today:
        items.append(Attention(Concern.NARRATIVE_DUE, due=revisit))
    elif revisit is None and plan is not None and (today - plan.start_date).days > NARRATIVE_BY_DAY:
        items.append(Attention(Concern.NARRATIVE_MISSING))
    # A function never touched counts from the plan's start: one just added is not stale.
    started = plan.start_date if plan is not None else today
    quiet = [
        f
        for f in untouched(state.functions, today)
        if f.last_touch is not None or (today - started).days >= UNTOUCHED_DAYS
    ]
    for function in quiet[:DUE_NOTES]:
        items.append(
            Attention(Concern.FUNCTION_UNTOUCHED, outcome=function.name, due=function.last_touch)
        )
    if len(quiet) > DUE_NOTES:
        items.append(Attention(Concern.MORE_FUNCTIONS_UNTOUCHED, count=len(quiet) - DUE_NOTES))
    return items


def arcs_in_english(item: Attention) -> str:
    """The sentence `altitude status` prints for an arcs concern."""
    when = item.due.isoformat() if item.due else ""
    match item.concern:
        case Concern.MILESTONE_REVIEW_SOON:
            return f"Your day-{item.count} milestone review is due on {when}."
        case Concern.MILESTONE_REVIEW_OVERDUE:
            return f"Your day-{item.count} milestone review is overdue (due {when})."
        case Concern.CONTACT_OVERDUE:
            if item.due is None:
                return f"You have not been in touch with {item.who} yet."
            return f"Be in touch with {item.who} (due since {when})."
        case Concern.MORE_CONTACTS_OVERDUE:
            return f"{item.count} more people are overdue a contact: see Relationships."
        case Concern.NARRATIVE_DUE:
            return f"Revisit your strategic narrative: a month has passed (due {when})."
        case Concern.NARRATIVE_MISSING:
            return "No strategic narrative yet: what is really going on, and what will you do?"
        case Concern.FUNCTION_UNTOUCHED:
            if item.due is None:
                return f"You have not worked with {item.outcome} yet."
            return f"You have not worked with {item.outcome} since {when}."
        case Concern.MORE_FUNCTIONS_UNTOUCHED:
            return f"{item.count} more functions are untouched for 60 days: see Functions."
    return item.concern.value
