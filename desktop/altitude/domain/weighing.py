"""The weighing: from five factors to a recommendation and one sentence why. (CONTRACT — being implemented.)"""

from __future__ import annotations

from dataclasses import dataclass

from altitude.domain.entities import Decision, Factors, InventoryItem, Mode


@dataclass(frozen=True, slots=True)
class Recommendation:
    decision: Decision  # never UNDECIDED
    reason: str  # one sentence, addressed to the user
    rule: str  # short id of the rule that fired, e.g. "golden-cage"


def recommend(factors: Factors, mode: Mode = Mode.EXECUTION) -> Recommendation: ...
def recommend_item(item: InventoryItem) -> Recommendation: ...
def effective_decision(item: InventoryItem) -> Decision:
    """The user's decision when made, otherwise the recommendation: the user always wins."""
    ...
