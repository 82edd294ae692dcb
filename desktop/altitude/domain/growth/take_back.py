"""Taking a delegation back, offered as a journal entry.

Taking work back is a decision worth catching: why, and what would have to be true to
hand it over again (that answer becomes the entry's "what would make you reverse it").
McClelland & Burnham ("Power Is the Great Motivator", HBR 1976) are why it is worth a
kind look: a motive of control shows as delegations taken back.

The draft is not a record: the editor opens with it, and the user gives the numbers (how
much information, how confident) and the expectation, which are never guessed for them:
a guessed confidence would pollute the calibration.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from altitude.domain.entities import Delegation
from altitude.domain.growth.decision_rules import ReviewRules, default_review_date
from altitude.domain.growth.decisions import (
    DecisionKind,
    DelegationLink,
    Door,
    ItemLink,
    JournalEntry,
    PersonLink,
)
from altitude.domain.records import MAX_TITLE

WHY_PROMPT = "Why are you taking it back?"
HAND_BACK_PROMPT = "What would have to be true to hand it over again?"
TAKE_BACK = "Take it back"


@dataclass(frozen=True, slots=True)
class TakeBackDraft:
    decision: str
    options: tuple[str, ...]
    chosen: str
    rationale: str  # the reason given when taking it back
    delegation: Delegation

    def entry(
        self,
        decided_on: date,
        information: int,
        confidence: int,
        expected: str,
        expected_by: date,
        hand_back_when: str,
        rules: ReviewRules | None = None,
    ) -> JournalEntry:
        """The entry, once the user has answered. A two-way door: it can be handed over again."""
        d = self.delegation
        return JournalEntry(
            decision=self.decision,
            kind=DecisionKind.PEOPLE.value,
            door=Door.TWO_WAY,
            decided_on=decided_on,
            review_on=default_review_date(decided_on, Door.TWO_WAY, rules),
            information=information,
            chosen=self.chosen,
            expected=expected,
            expected_by=expected_by,
            confidence=confidence,
            options=self.options,
            rationale=self.rationale,
            reverse_if=hand_back_when,
            people=(PersonLink(d.owner_id),) if d.owner_id is not None else (),
            delegations=(DelegationLink(d.id),) if d.id is not None else (),
            items=(ItemLink(d.item_id),) if d.item_id is not None else (),
        )


def take_back_draft(delegation: Delegation, owner_name: str = "") -> TakeBackDraft:
    """The draft for taking ``delegation`` back; ``owner_name`` names the other option."""
    outcome = " ".join(delegation.outcome.split())
    keep = f"Leave it with {owner_name}" if owner_name.strip() else "Leave it delegated"
    return TakeBackDraft(
        decision=f"Take back “{outcome}”"[:MAX_TITLE],
        options=(TAKE_BACK, keep[:MAX_TITLE]),
        chosen=TAKE_BACK,
        rationale=delegation.taken_back_reason,
        delegation=delegation,
    )
