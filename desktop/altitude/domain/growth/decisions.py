"""The decision journal's records: an entry, its review, its hindsight notes and its links.

What an entry asks follows the published methods (the app's guide cites them):
- Farnam Street's decision journal (fs.blog, 2014): the situation and how you frame it,
  the alternatives, the range of outcomes with probabilities, and your mental and
  physical state when deciding (``feeling``).
- Annie Duke (*Thinking in Bets*, *How to Decide*): state forecasts as percentages
  (``confidence``) and judge the decision apart from the outcome ("resulting" is judging a
  decision by how it turned out): the review rates process and outcome separately.
- Gary Klein's premortem (HBR, Sept 2007): imagine it has failed, then list why.
- Bezos' one-way and two-way doors (shareholder letters 2015/2016): reversible decisions
  should be made fast; "most decisions should probably be made with somewhere around 70%
  of the information you wish you had" (``information``).
- Open-source journals keep the original read-only and append reflections: here the
  decision-time fields can be corrected until the review is due (``decision_rules``),
  later thoughts go into ``hindsight``.

The store keeps an entry in ``journal_entries``; its tuples in child tables (see the
integrator's notes in the report): ``options`` in ``journal_options``, the links in
``journal_people`` / ``journal_delegations`` / ``journal_items``, ``reviews`` (at most one)
in ``journal_reviews`` and ``hindsight`` in ``journal_hindsight``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from altitude.domain.growth.described import FORMAT_VERSION, link_spec, new_in_format
from altitude.domain.records import (
    SPEC,
    FieldSpec,
    Kind,
    choice,
    day,
    flag,
    line,
    lines,
    record_id,
    records,
    ref,
    text,
    whole,
)
from altitude.i18n import QT_TRANSLATE_NOOP
from altitude.i18n.sentence import problem

MAX_OPTIONS = 8  # more than eight options is a list to narrow before deciding
RATIONALE_WORDS = 50  # the gentle limit: past it a hint, never a refusal
RATIONALE_MAX_CHARS = 1000  # the hard limit (about 160 words), under records.MAX_TEXT

PREMORTEM_PROMPT = "It is months later and this decision failed. Why?"
REVERSE_PROMPT = "What would make you reverse it?"


class DecisionKind(StrEnum):
    """The kinds offered first; ``JournalEntry.kind`` is a line, so the user can add others."""

    PEOPLE = "people"
    MONEY = "money"
    RISK = "risk"
    TIMING = "timing"
    DIRECTION = "direction"
    PROCESS = "process"


class Door(StrEnum):
    ONE_WAY = "one-way"  # hard or impossible to undo
    TWO_WAY = "two-way"  # can be walked back through


class Quality(StrEnum):
    """A review's verdict on the process or on the outcome, each judged on its own."""

    GOOD = "good"
    POOR = "poor"


@new_in_format(FORMAT_VERSION)
@dataclass(frozen=True, slots=True)
class PersonLink:
    person_id: int = field(metadata={SPEC: link_spec("person", "Link a person on your team.")})


@new_in_format(FORMAT_VERSION)
@dataclass(frozen=True, slots=True)
class DelegationLink:
    delegation_id: int = field(
        metadata={SPEC: link_spec("delegation", "Link one of your delegations.")}
    )


@new_in_format(FORMAT_VERSION)
@dataclass(frozen=True, slots=True)
class ItemLink:
    item_id: int = field(metadata={SPEC: link_spec("item", "Link an item from your inventory.")})


@new_in_format(FORMAT_VERSION)
@dataclass(frozen=True, slots=True)
class JournalReview:
    """Looking back once the review is due: did the forecast come true, and how was it made."""

    reviewed_on: date = day(
        QT_TRANSLATE_NOOP("Validation", "Choose the date of the review, on or after the decision.")
    )
    came_true: bool = flag(doc="Whether what you expected happened.")
    outcome_quality: Quality = choice(
        Quality, QT_TRANSLATE_NOOP("Validation", "Rate the outcome good or poor.")
    )
    process_quality: Quality = choice(
        Quality, QT_TRANSLATE_NOOP("Validation", "Rate how you decided good or poor.")
    )
    what_happened: str = text(QT_TRANSLATE_NOOP("Validation", "What happened"))


@new_in_format(FORMAT_VERSION)
@dataclass(frozen=True, slots=True)
class HindsightNote:
    """A later thought, appended; the decision-time text is never rewritten after its review."""

    on: date = day(
        QT_TRANSLATE_NOOP("Validation", "Choose the date of the note, on or after the decision."),
        column="on_date",
    )
    note: str = text(QT_TRANSLATE_NOOP("Validation", "A hindsight note"))


# The rationale is free text with a tighter hard limit than other text (records.text states
# MAX_TEXT only), so its description is spelled out; decision_rules enforces max_length.
_RATIONALE = FieldSpec(
    Kind.TEXT,
    message=QT_TRANSLATE_NOOP("Validation", "The rationale"),
    max_length=RATIONALE_MAX_CHARS,
    doc="Why this option, in a few sentences.",
)


@new_in_format(FORMAT_VERSION)
@dataclass(frozen=True, slots=True)
class JournalEntry:
    """One decision as written when it was made, with its review and later thoughts."""

    # Named apart from entities.Decision, the keep/delegate choice of an inventory item.

    decision: str = line(QT_TRANSLATE_NOOP("Validation", "Say the decision in one sentence."))
    kind: str = line(
        QT_TRANSLATE_NOOP("Validation", "Say what kind of decision it is."),
        doc="people, money, risk, … or your own",
    )
    door: Door = choice(
        Door, QT_TRANSLATE_NOOP("Validation", "Choose a one-way or a two-way door.")
    )
    decided_on: date = day(QT_TRANSLATE_NOOP("Validation", "Choose the date you decided."))
    review_on: date = day(
        QT_TRANSLATE_NOOP("Validation", "Choose a review date after the decision date.")
    )
    information: int = whole(
        0,
        100,
        QT_TRANSLATE_NOOP(
            "Validation", "Say how much of the information you wished for you had, from 0 to 100%."
        ),
    )
    chosen: str = line(QT_TRANSLATE_NOOP("Validation", "Say which option you chose."))
    expected: str = line(QT_TRANSLATE_NOOP("Validation", "Say what you expect to happen."))
    expected_by: date = day(
        QT_TRANSLATE_NOOP(
            "Validation", "Choose when you expect it to have happened, after the decision."
        )
    )
    confidence: int = whole(
        0,
        100,
        QT_TRANSLATE_NOOP("Validation", "Give your confidence that it happens, from 0 to 100%."),
    )
    options: tuple[str, ...] = lines(
        QT_TRANSLATE_NOOP("Validation", "Each option needs some words."),
        MAX_OPTIONS,
        problem(
            "Validation", QT_TRANSLATE_NOOP("Validation", "List at most {0} options."), MAX_OPTIONS
        ),
        column="option",
        doc="The options considered, the chosen one among them.",
    )
    rationale: str = field(default="", metadata={SPEC: _RATIONALE})
    reverse_if: str = text(QT_TRANSLATE_NOOP("Validation", "What would make you reverse it"))
    premortem: str = text(QT_TRANSLATE_NOOP("Validation", "The premortem"), doc=PREMORTEM_PROMPT)
    feeling: str = text(
        QT_TRANSLATE_NOOP("Validation", "How you feel"), doc="How you feel as you decide."
    )
    raised_on: date | None = day(
        QT_TRANSLATE_NOOP(
            "Validation", "Choose the date the question first came up, on or before the decision."
        ),
        default=None,
        optional=True,
        doc="When the question first came up; null when not noted.",
    )
    made_by_id: int | None = ref("person", doc="The team member who made it; null: you did.")
    people: tuple[PersonLink, ...] = records(PersonLink, doc="The people it touches.")
    delegations: tuple[DelegationLink, ...] = records(DelegationLink)
    items: tuple[ItemLink, ...] = records(ItemLink, doc="The inventory items it touches.")
    reviews: tuple[JournalReview, ...] = records(JournalReview, doc="At most one review.")
    hindsight: tuple[HindsightNote, ...] = records(HindsightNote, doc="Appended later.")
    id: int | None = record_id()

    @property
    def review(self) -> JournalReview | None:
        return self.reviews[0] if self.reviews else None

    @property
    def by_team(self) -> bool:
        """Made by a team member: delegated decisions count as decisions too."""
        return self.made_by_id is not None


def word_count(value: str) -> int:
    return len(value.split())


def rationale_hint(rationale: str) -> str | None:
    """A gentle nudge past ``RATIONALE_WORDS`` words; never a validation error."""
    words = word_count(rationale)
    if words <= RATIONALE_WORDS:
        return None
    template = QT_TRANSLATE_NOOP(
        "Validation",
        "{0} words: a few sentences are enough. The point is to decide, not to build the case.",
    )
    return problem("Validation", template, words)


def kind_suggestions(entries: Iterable[JournalEntry]) -> list[str]:
    """The six kinds, then the user's own in the order first used (case ignored)."""
    seen = {k.value for k in DecisionKind}
    found = [k.value for k in DecisionKind]
    for entry in entries:
        kind = " ".join(entry.kind.split())
        if kind and kind.casefold() not in seen:
            seen.add(kind.casefold())
            found.append(kind)
    return found
