"""Next steps: the first loop through the app, each step ticked off by the data it leaves.

After the wizard the dashboard walks a new manager once round the loop the app is built
on. A step is done when its data is there, never because a button was clicked, so an
undo takes the tick away again, and work done elsewhere (an import, the CLI) counts too:

=========== =====================================================================
step        done when the plan has
=========== =====================================================================
weigh       inventory items, and none of them still undecided
team        a person on the team
outcome     a delegation (an outcome handed over, in any status)
check-in    a weekly check-in
decision    an entry in the decision journal
feedback    a feedback entry, or a self-rating on a feedback theme
narrative   a version of the strategic narrative
boss        a stakeholder marked as the boss, with one of the five conversations held
=========== =====================================================================

The order follows the plan's situation (Watkins' STARS, ``domain.guidance.situations``):
its emphasis moves some steps to the front (``EARLY``) and the rest keep the list order
above. "Not sure" (no situation) keeps the list order. Which situation comes first is
Altitude's own rule of thumb, like the situations' paces.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from altitude.domain.entities import PlanState
from altitude.domain.guidance.situations import Emphasis, Situation, guide_for
from altitude.domain.overview import AtAGlance, loop_counts


class Step(StrEnum):
    WEIGH = "weigh"
    TEAM = "team"
    OUTCOME = "outcome"
    CHECKIN = "check-in"
    DECISION = "decision"
    FEEDBACK = "feedback"
    NARRATIVE = "narrative"
    BOSS = "boss"


LIST_ORDER: tuple[Step, ...] = tuple(Step)

# What each emphasis puts first (in this order); the other steps follow in list order.
EARLY: dict[Emphasis, tuple[Step, ...]] = {
    Emphasis.DECISIONS: (Step.DECISION,),  # a turnaround decides fast
    Emphasis.DELEGATION_AND_SYSTEMS: (Step.TEAM, Step.OUTCOME),  # routines others run
    Emphasis.RELATIONSHIPS_AND_NARRATIVE: (Step.NARRATIVE, Step.BOSS),  # the case for change
    Emphasis.LEARNING: (Step.FEEDBACK, Step.BOSS),  # learn why it works, from others
}


@dataclass(frozen=True, slots=True)
class StepStatus:
    step: Step
    done: bool
    open_count: int = 0  # WEIGH: the items still undecided
    total: int = 0  # WEIGH: the items


def order_for(situation: Situation | None) -> tuple[Step, ...]:
    """The steps in the order the situation puts them."""
    if situation is None:
        return LIST_ORDER
    early = EARLY[guide_for(situation).emphasis]
    return (*early, *(s for s in LIST_ORDER if s not in early))


def first_loop(
    state: AtAGlance, situation: Situation | None = None, steps: Sequence[Step] = LIST_ORDER
) -> tuple[StepStatus, ...]:
    """Each of ``steps`` (those the app can offer), done or not, in the situation's order;
    the same from the whole state as from the Overview (its ``loop`` counts the rest)."""
    counts = loop_counts(state) if isinstance(state, PlanState) else state.loop
    undecided = counts.undecided
    done = {
        Step.WEIGH: counts.items > 0 and undecided == 0,
        Step.TEAM: bool(state.people),
        Step.OUTCOME: bool(state.delegations),
        Step.CHECKIN: bool(state.checkins),
        Step.DECISION: bool(state.journal),
        Step.FEEDBACK: bool(state.feedback) or counts.self_rated,
        Step.NARRATIVE: bool(state.narratives),
        Step.BOSS: counts.boss_met,
    }
    wanted = set(steps)
    return tuple(
        StepStatus(
            step,
            done[step],
            undecided if step == Step.WEIGH else 0,
            counts.items if step == Step.WEIGH else 0,
        )
        for step in order_for(situation)
        if step in wanted
    )


def loop_done(statuses: Sequence[StepStatus]) -> bool:
    return all(s.done for s in statuses)
