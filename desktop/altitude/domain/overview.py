"""The plan at a glance: what the dashboard, the reminder and ``altitude status`` read.

Ten years of a plan is ~100,000 objects (every delegation note, every per-item hour),
yet the dashboard needs the plan, the settings, the people, each week's totals and each
delegation's headline fields. An Overview holds exactly that, so the store can read it
in a few small queries and the window can show before the whole plan is read.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from altitude.domain.entities import (
    Decision,
    Delegation,
    Person,
    Plan,
    PlanState,
    Settings,
    WeeklyCheckIn,
)
from altitude.domain.growth.decisions import JournalEntry
from altitude.domain.growth.feedback import FeedbackEntry
from altitude.domain.weeks import IsoWeek
from altitude.domain.worktime.stored import ImportedTime

if TYPE_CHECKING:
    from altitude.domain.arcs.functions import BusinessFunction
    from altitude.domain.arcs.narrative import NarrativeVersion
    from altitude.domain.arcs.reviews import MilestoneReview
    from altitude.domain.arcs.stakeholders import Stakeholder


@dataclass(frozen=True, slots=True)
class LoopCounts:
    """What the dashboard's next steps (``guidance.next_steps.first_loop``) ask of the plan
    and the rest of the Overview does not hold: counted in the same read, so the steps
    show from the first paint (they used to appear once the whole plan was read, pushing
    the chart down after it was drawn)."""

    items: int = 0
    undecided: int = 0  # items still undecided
    self_rated: bool = False  # a self-rating on a feedback theme
    boss_met: bool = False  # the boss, with one of the five conversations held


def loop_counts(state: PlanState) -> LoopCounts:
    boss = state.boss()
    return LoopCounts(
        items=len(state.items),
        undecided=sum(1 for i in state.items if i.decision == Decision.UNDECIDED),
        self_rated=any(t.self_ratings for t in state.themes),
        boss_met=boss is not None and bool(boss.conversations),
    )


@dataclass(frozen=True, slots=True)
class Overview:
    """Check-ins come without their per-item hours and answers, delegations without
    their check-in notes and level steps: read-only headlines, never a base for an edit."""

    plan: Plan | None = None
    people: tuple[Person, ...] = ()
    delegations: tuple[Delegation, ...] = ()
    checkins: tuple[WeeklyCheckIn, ...] = ()  # sorted by week
    settings: Settings = field(default_factory=Settings)
    # whole, as the journal and the log are small: what is due for review or follow-up
    journal: tuple[JournalEntry, ...] = ()
    feedback: tuple[FeedbackEntry, ...] = ()
    # a row a week at most, with its item hours: the dashboard's time card and the work
    # that came back through imported time show from the first paint
    imported: tuple[ImportedTime, ...] = ()
    # thinking in arcs, as headlines: the versions without their lists (only their dates
    # are asked), each person with their last contact only (its note left out) and no
    # conversations, each function with its last touch only — what is due needs no more,
    # and ten years of contacts and touches (~5,600) would double the Overview's read
    narratives: tuple[NarrativeVersion, ...] = ()
    stakeholders: tuple[Stakeholder, ...] = ()
    functions: tuple[BusinessFunction, ...] = ()
    reviews: tuple[MilestoneReview, ...] = ()
    loop: LoopCounts = field(default_factory=LoopCounts)

    def person(self, person_id: int) -> Person | None:
        return next((p for p in self.people if p.id == person_id), None)

    def checkin(self, week: IsoWeek) -> WeeklyCheckIn | None:
        return next((c for c in self.checkins if c.week == week), None)


def overview_of(state: PlanState) -> Overview:
    """The Overview of a state already in memory, equal to what the store would read."""
    return Overview(
        plan=state.plan,
        people=state.people,
        delegations=tuple(
            replace(d, checkins=(), level_plan=(), level_history=()) for d in state.delegations
        ),
        checkins=tuple(replace(c, item_hours=(), answers=()) for c in state.checkins),
        settings=state.settings,
        journal=state.journal,
        feedback=state.feedback,
        imported=state.imported,
        narratives=tuple(replace(v, will_not=(), actions=()) for v in state.narratives),
        stakeholders=tuple(headline_person(p) for p in state.stakeholders),
        functions=tuple(headline_function(f) for f in state.functions),
        reviews=state.reviews,
        loop=loop_counts(state),
    )


def headline_person(person: Stakeholder) -> Stakeholder:
    """The person as the Overview holds them: the last contact's date, nothing more."""
    from altitude.domain.arcs.stakeholders import Contact

    last = person.last_contact
    return replace(person, contacts=(Contact(last, ""),) if last else (), conversations=())


def headline_function(function: BusinessFunction) -> BusinessFunction:
    """The function as the Overview holds it: the last touch's date, nothing more."""
    from altitude.domain.arcs.functions import FunctionTouch

    last = function.last_touch
    return replace(function, touches=(FunctionTouch(last, ""),) if last else ())


# Both answer what the dashboard asks (plan, settings, people, delegations, check-ins and
# their lookups): the whole state when it is in memory anyway, else the Overview.
AtAGlance = Overview | PlanState
