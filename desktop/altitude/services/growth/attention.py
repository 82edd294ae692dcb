"""What needs attention in the journal and the feedback log: decisions due for review and
feedback follow-ups due, named one by one up to ``DUE_NOTES`` each, the rest counted."""

from __future__ import annotations

from datetime import date

from altitude.domain.growth.decision_rules import reviews_due
from altitude.domain.growth.feedback_rules import follow_ups_due
from altitude.domain.overview import AtAGlance
from altitude.services.attention import DUE_NOTES, Attention, Concern


def growth_attention(state: AtAGlance, today: date) -> list[Attention]:
    items: list[Attention] = []
    due = reviews_due(state.journal, today)
    for e in due[:DUE_NOTES]:
        items.append(Attention(Concern.REVIEW_DUE, outcome=e.decision, due=e.review_on))
    if len(due) > DUE_NOTES:
        items.append(Attention(Concern.MORE_REVIEWS_DUE, count=len(due) - DUE_NOTES))
    follow = follow_ups_due(state.feedback, today)
    for f in follow[:DUE_NOTES]:
        person = state.person(f.person_id) if f.person_id is not None else None
        who = person.name if person is not None else f.name
        items.append(
            Attention(Concern.FOLLOW_UP_DUE, who=who, outcome=f.response, due=f.follow_up_on)
        )
    if len(follow) > DUE_NOTES:
        items.append(Attention(Concern.MORE_FOLLOW_UPS_DUE, count=len(follow) - DUE_NOTES))
    return items
