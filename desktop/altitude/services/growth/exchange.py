"""The journal and the feedback log in an import and in the bundled sample: validated with
the domain's rules, and moved in time with the rest of the sample."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from altitude.domain.entities import PlanState
from altitude.domain.growth.decision_rules import validate_journal_entry
from altitude.domain.growth.feedback_rules import validate_feedback_entry, validate_theme
from altitude.domain.validation import check


def validate_growth(state: PlanState, source: str) -> None:
    """Raise ValidationError naming the first bad place, like ``validate_state``."""
    places: list[tuple[str, dict[str, str]]] = [
        *((f"decisions[{i}]", validate_journal_entry(e)) for i, e in enumerate(state.journal)),
        *((f"feedback.themes[{i}]", validate_theme(t)) for i, t in enumerate(state.themes)),
    ]
    themes = {t.id: t for t in state.themes}
    for i, f in enumerate(state.feedback):
        theme = themes.get(f.theme_id) if f.theme_id is not None else None
        places.append((f"feedback.entries[{i}]", validate_feedback_entry(f, theme)))
    for where, errors in places:
        if errors:
            check({f"{source}: {where}.{k}": v for k, v in list(errors.items())[:1]})


def shift_growth(state: PlanState, delta: timedelta) -> PlanState:
    """Every date of the journal and the feedback log moved by ``delta``."""

    def move(day: date | None) -> date | None:
        return None if day is None else day + delta

    journal = tuple(
        replace(
            e,
            decided_on=e.decided_on + delta,
            review_on=e.review_on + delta,
            expected_by=e.expected_by + delta,
            raised_on=move(e.raised_on),
            reviews=tuple(replace(r, reviewed_on=r.reviewed_on + delta) for r in e.reviews),
            hindsight=tuple(replace(n, on=n.on + delta) for n in e.hindsight),
        )
        for e in state.journal
    )
    themes = tuple(
        replace(t, self_ratings=tuple(replace(r, on=r.on + delta) for r in t.self_ratings))
        for t in state.themes
    )
    feedback = tuple(
        replace(
            f,
            on=f.on + delta,
            follow_up_on=move(f.follow_up_on),
            followed_up_on=move(f.followed_up_on),
        )
        for f in state.feedback
    )
    return replace(state, journal=journal, themes=themes, feedback=feedback)
