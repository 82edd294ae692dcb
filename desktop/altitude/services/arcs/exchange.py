"""Thinking in arcs in an import and in the bundled sample: every record checked by its
description (the references and the one-boss and one-review-a-day rules are the codec's,
``interchange.arcs_refs``), and every date moved in time with the rest of the sample."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from altitude.domain.entities import PlanState
from altitude.domain.records import problems
from altitude.domain.validation import check


def validate_arcs(state: PlanState, source: str) -> None:
    """Raise ValidationError naming the first bad place, like ``validate_state``.

    A review's day need not be one of the plan's milestones here: the milestones may have
    been edited since it was held, and an export must import again."""
    lists = (
        ("narratives", state.narratives),
        ("stakeholders", state.stakeholders),
        ("functions", state.functions),
        ("reviews", state.reviews),
    )
    for key, records in lists:
        for index, record in enumerate(records):
            errors = problems(record)
            if errors:
                check({f"{source}: {key}[{index}].{k}": v for k, v in list(errors.items())[:1]})


def shift_arcs(state: PlanState, delta: timedelta) -> PlanState:
    """Every date of the narrative, the relationships, the functions and the reviews moved
    by ``delta`` (a review's milestone day is counted from the plan's start, which moves too)."""

    def move(day: date | None) -> date | None:
        return None if day is None else day + delta

    narratives = tuple(
        replace(v, written_on=v.written_on + delta, release_on=move(v.release_on))
        for v in state.narratives
    )
    stakeholders = tuple(
        replace(
            p,
            contacts=tuple(replace(c, on=c.on + delta) for c in p.contacts),
            conversations=tuple(replace(t, held_on=t.held_on + delta) for t in p.conversations),
        )
        for p in state.stakeholders
    )
    functions = tuple(
        replace(f, touches=tuple(replace(t, on=t.on + delta) for t in f.touches))
        for f in state.functions
    )
    reviews = tuple(replace(r, held_on=r.held_on + delta) for r in state.reviews)
    return replace(
        state,
        narratives=narratives,
        stakeholders=stakeholders,
        functions=functions,
        reviews=reviews,
    )
