"""How many hours a week actually go to each of the narrative's actions.

An action is carried by inventory items (your own hours on them, from the check-ins'
per-item split) and by delegated outcomes (the hours a week the team member carries,
``Delegation.hours_freed``, while it is handed over or owned — plus any of your own hours
on its item, which is work that came back). Averaged over the most recent check-ins, so a
one-off week neither makes nor breaks an action.
"""

from __future__ import annotations

from collections.abc import Sequence

from altitude.domain.arcs.narrative import NarrativeAction, NarrativeVersion
from altitude.domain.entities import Delegation, WeeklyCheckIn
from altitude.domain.metrics import HANDED_OVER

RECENT_WEEKS = 4


def action_hours(
    action: NarrativeAction,
    checkins: Sequence[WeeklyCheckIn],
    delegations: Sequence[Delegation],
    weeks: int = RECENT_WEEKS,
) -> float:
    """Hours a week behind ``action``: own logged hours (mean of the last ``weeks``
    check-ins) on its items and its delegations' items, plus what its delegates carry."""
    by_id = {d.id: d for d in delegations if d.id is not None}
    linked = [by_id[k.delegation_id] for k in action.delegations if k.delegation_id in by_id]
    items = {link.item_id for link in action.items}
    items |= {d.item_id for d in linked if d.item_id is not None}
    recent = sorted(checkins, key=lambda c: c.week)[-weeks:] if weeks > 0 else []
    own = 0.0
    if recent and items:
        logged = sum(h for c in recent for item_id, h in c.item_hours if item_id in items)
        own = logged / len(recent)
    carried = sum(d.hours_freed for d in linked if d.status in HANDED_OVER)
    return round(own + carried, 2)


def hours_per_action(
    version: NarrativeVersion,
    checkins: Sequence[WeeklyCheckIn],
    delegations: Sequence[Delegation],
    weeks: int = RECENT_WEEKS,
) -> list[float]:
    return [action_hours(a, checkins, delegations, weeks) for a in version.actions]
