"""The five situations of Watkins' STARS model, and the defaults each one sets.

Michael Watkins (*The First 90 Days*) names five business situations a new leader can
walk into: start-up, turnaround, accelerated growth, realignment and sustaining success.
He says what each asks of the leader; he publishes **no** percentages or timelines per
situation. So every pace here is Altitude's own rule of thumb, labelled as such wherever
it is shown, and everything it sets stays editable (milestones on the Plan page).

A situation sets two defaults:

- **a glide-path shape**: where the milestones' shares sit between the baseline (day 0)
  and the target (the horizon's end). A shape is a curve ``f`` on ``[0, 1]`` with
  ``f(0) = 0`` and ``f(1) = 1``, rising; a milestone on day ``d`` of a ``h``-day plan
  aims at ``baseline + (target - baseline) * f(d / h)``. Front-loaded curves
  (``1 - (1 - t) ** k``) shift early, back-loaded ones (``t ** k``) late; ``k = 1`` is
  the straight line the plan has always used ("Not sure" keeps it);
- **an emphasis**: which of the product's moves comes first.

The English texts are the source strings, marked with ``QT_TRANSLATE_NOOP("Situations", …)``;
the GUI translates them where it shows them (``translate_marked``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from altitude.i18n import QT_TRANSLATE_NOOP

SOURCE = QT_TRANSLATE_NOOP(
    "Situations", "Watkins, The First 90 Days, STARS; the pace is Altitude's own rule of thumb"
)
RULE_OF_THUMB = QT_TRANSLATE_NOOP("Situations", "rule of thumb")


class Situation(StrEnum):
    START_UP = "start-up"
    TURNAROUND = "turnaround"
    ACCELERATED_GROWTH = "accelerated-growth"
    REALIGNMENT = "realignment"
    SUSTAINING_SUCCESS = "sustaining-success"


class Emphasis(StrEnum):
    """The product's moves a situation can put first."""

    DECISIONS = "decisions"  # the decision journal
    DELEGATION_AND_SYSTEMS = "delegation-and-systems"  # delegation page, the inventory
    RELATIONSHIPS_AND_NARRATIVE = "relationships-and-narrative"  # stakeholders, the story
    LEARNING = "learning"  # feedback, the cross-functional map


@dataclass(frozen=True, slots=True)
class Shape:
    """How the shift is spread over the plan: ``power`` 1 is the straight line."""

    front_loaded: bool
    power: float

    def fraction(self, t: float) -> float:
        """The part of the way from baseline to target reached at ``t`` (0..1) of the plan."""
        t = min(max(t, 0.0), 1.0)
        if self.front_loaded:
            return 1.0 - float((1.0 - t) ** self.power)
        return float(t**self.power)


STRAIGHT = Shape(front_loaded=False, power=1.0)


@dataclass(frozen=True, slots=True)
class SituationGuide:
    situation: Situation
    name: str
    recognise: str  # one sentence so a user knows it is theirs
    asks: str  # what it asks of a new leader (Watkins)
    shape: Shape
    pace: str  # the shape in words, for the label beside it
    emphasis: Emphasis
    first_move: str  # the emphasis in words
    source: str = SOURCE
    kind: str = RULE_OF_THUMB


GUIDES: tuple[SituationGuide, ...] = (
    SituationGuide(
        Situation.START_UP,
        QT_TRANSLATE_NOOP("Situations", "Start-up"),
        QT_TRANSLATE_NOOP(
            "Situations",
            "The team, product or service is new: little exists yet and you are putting "
            "people, ways of working and resources together.",
        ),
        QT_TRANSLATE_NOOP(
            "Situations", "Build capabilities and structures; ask for the resources you need early."
        ),
        Shape(front_loaded=True, power=1.6),
        QT_TRANSLATE_NOOP("Situations", "a fairly fast shift to strategy once the team exists"),
        Emphasis.DELEGATION_AND_SYSTEMS,
        QT_TRANSLATE_NOOP(
            "Situations", "set up how the team works and hand over whole outcomes early"
        ),
    ),
    SituationGuide(
        Situation.TURNAROUND,
        QT_TRANSLATE_NOOP("Situations", "Turnaround"),
        QT_TRANSLATE_NOOP(
            "Situations",
            "Things are going badly and everyone knows it: results, quality or customers are "
            "slipping and something has to change soon.",
        ),
        QT_TRANSLATE_NOOP(
            "Situations",
            "Decide fast with incomplete knowledge (\u201cready-fire-aim\u201d) and stop the "
            "damage first.",
        ),
        Shape(front_loaded=True, power=2.5),
        QT_TRANSLATE_NOOP(
            "Situations", "the fastest shift, most of it in the first third of the plan"
        ),
        Emphasis.DECISIONS,
        QT_TRANSLATE_NOOP(
            "Situations", "make and record the hard calls: the decision journal at the centre"
        ),
    ),
    SituationGuide(
        Situation.ACCELERATED_GROWTH,
        QT_TRANSLATE_NOOP("Situations", "Accelerated growth"),
        QT_TRANSLATE_NOOP(
            "Situations",
            "Demand is growing faster than the team: you are hiring, and what worked for a few "
            "people is starting to creak.",
        ),
        QT_TRANSLATE_NOOP(
            "Situations",
            "Build structures, processes and hiring so growth does not break the team.",
        ),
        STRAIGHT,
        QT_TRANSLATE_NOOP("Situations", "a steady shift, the same each month"),
        Emphasis.DELEGATION_AND_SYSTEMS,
        QT_TRANSLATE_NOOP(
            "Situations", "delegation and systems: routines others can run without you"
        ),
    ),
    SituationGuide(
        Situation.REALIGNMENT,
        QT_TRANSLATE_NOOP("Situations", "Realignment"),
        QT_TRANSLATE_NOOP(
            "Situations",
            "Things look fine from inside, but the team is drifting towards trouble and many "
            "don't see it yet.",
        ),
        QT_TRANSLATE_NOOP(
            "Situations",
            "Make the case for change and get past denial (\u201cready-aim-fire\u201d) before "
            "pushing it through.",
        ),
        Shape(front_loaded=False, power=1.5),
        QT_TRANSLATE_NOOP("Situations", "a slower start, most of the shift in the second half"),
        Emphasis.RELATIONSHIPS_AND_NARRATIVE,
        QT_TRANSLATE_NOOP(
            "Situations", "relationships and the narrative: win people over to why change is needed"
        ),
    ),
    SituationGuide(
        Situation.SUSTAINING_SUCCESS,
        QT_TRANSLATE_NOOP("Situations", "Sustaining success"),
        QT_TRANSLATE_NOOP(
            "Situations",
            "The team is doing well and has a good name: your job is to keep it that way and "
            "take it further.",
        ),
        QT_TRANSLATE_NOOP(
            "Situations", "Preserve what works, learn why it works, and avoid damaging mistakes."
        ),
        Shape(front_loaded=False, power=2.2),
        QT_TRANSLATE_NOOP("Situations", "the slowest shift; learn first, change later"),
        Emphasis.LEARNING,
        QT_TRANSLATE_NOOP(
            "Situations", "learning: ask how the team works and why, before changing it"
        ),
    ),
)

_BY_SITUATION = {guide.situation: guide for guide in GUIDES}


def guide_for(situation: Situation) -> SituationGuide:
    return _BY_SITUATION[situation]


def shape_for(situation: Situation | None) -> Shape:
    """The situation's glide-path shape; ``None`` ("not sure") is the straight line."""
    return STRAIGHT if situation is None else guide_for(situation).shape


def milestone_shares(
    days: Sequence[int],
    baseline: float,
    target: float,
    horizon_days: int,
    situation: Situation | None = None,
) -> tuple[float, ...]:
    """Each milestone's share on the situation's curve, in whole percent.

    Days past the horizon take the target. Rounding a rising curve keeps it rising (never
    falling); a rounded share is clamped so it never leaves baseline..target.
    """
    shape = shape_for(situation)
    span = max(horizon_days, 1)
    low, high = min(baseline, target), max(baseline, target)
    return tuple(
        min(max(float(round(baseline + (target - baseline) * shape.fraction(d / span))), low), high)
        for d in days
    )
