"""The weighing: from five factors to a recommendation and one sentence why.

Each factor is rated 1 (low) to 5 (high); *high* means 4 or 5, *low* means 1 or 2. The
rules below are tried in order and the **first that matches wins**; the user always has
the last word (``effective_decision``).

| #  | rule              | when                                         | recommend       |
|----|-------------------|----------------------------------------------|-----------------|
| 1  | strategic-lever   | strategy work, leverage high                 | keep            |
| 2  | nobody-misses     | leverage low, risk low, growth low           | stop            |
| 3  | golden-cage-risky | attachment high, only-you low, risk high     | coach, delegate |
| 4  | golden-cage       | attachment high, only-you low                | delegate        |
| 5  | only-you          | only-you high, leverage high                 | keep            |
| 6  | coach-first       | risk high, growth high                       | coach, delegate |
| 7  | someone-else      | only-you low                                 | delegate        |
| 8  | costly-mistakes   | risk high                                    | coach, delegate |
| 9  | strategic-work    | strategy work                                | keep            |
| 10 | grows-someone     | growth high                                  | delegate        |
| 11 | your-lever        | leverage high                                | keep            |
| 12 | no-reason-to-hold | anything else                                | delegate        |

"coach, delegate" is *coach then delegate*. The sentence shown for each rule is its
``reason`` in ``RULES``; the table is there for the user to read, too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from altitude.domain.entities import Decision, Factors, InventoryItem, Mode
from altitude.i18n import QT_TRANSLATE_NOOP

__all__ = ["RULES", "Recommendation", "Rule", "effective_decision", "recommend", "recommend_item"]

HIGH = 4  # a rating of 4 or 5
LOW = 2  # a rating of 1 or 2


@dataclass(frozen=True, slots=True)
class Recommendation:
    decision: Decision  # never UNDECIDED
    reason: str  # one sentence, addressed to the user (translated where shown: "Weighing")
    rule: str  # short id of the rule that fired, e.g. "golden-cage"


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    when: str  # the condition in plain words, for a "why?" view
    decision: Decision
    reason: str
    applies: Callable[[Factors, Mode], bool]


_GOLDEN_CAGE = QT_TRANSLATE_NOOP(
    "Weighing", "You may be holding this because you're good at it, not because only you can do it."
)

RULES: tuple[Rule, ...] = (
    Rule(
        "strategic-lever",
        "strategy work, leverage high",
        Decision.KEEP,
        QT_TRANSLATE_NOOP(
            "Weighing",
            "This is strategic work where you add the most, so keep it on your own calendar.",
        ),
        lambda f, m: m == Mode.STRATEGY and f.leverage >= HIGH,
    ),
    Rule(
        "nobody-misses",
        "leverage low, risk low, growth low",
        Decision.STOP,
        QT_TRANSLATE_NOOP(
            "Weighing",
            "Nobody may miss this: it yields little, risks little and grows nobody, "
            "so try stopping it for a few weeks.",
        ),
        lambda f, m: f.leverage <= LOW and f.risk <= LOW and f.growth <= LOW,
    ),
    Rule(
        "golden-cage-risky",
        "attachment high, only-you low, risk high",
        Decision.COACH,
        _GOLDEN_CAGE,
        lambda f, m: f.attachment >= HIGH and f.only_you <= LOW and f.risk >= HIGH,
    ),
    Rule(
        "golden-cage",
        "attachment high, only-you low",
        Decision.DELEGATE,
        _GOLDEN_CAGE,
        lambda f, m: f.attachment >= HIGH and f.only_you <= LOW,
    ),
    Rule(
        "only-you",
        "only-you high, leverage high",
        Decision.KEEP,
        QT_TRANSLATE_NOOP(
            "Weighing",
            "Only you can do this and it yields the most when you do, so keep it.",
        ),
        lambda f, m: f.only_you >= HIGH and f.leverage >= HIGH,
    ),
    Rule(
        "coach-first",
        "risk high, growth high",
        Decision.COACH,
        QT_TRANSLATE_NOOP(
            "Weighing",
            "Coach then delegate: mistakes here are costly but it would grow someone a lot, "
            "so build their skill while the stakes are covered.",
        ),
        lambda f, m: f.risk >= HIGH and f.growth >= HIGH,
    ),
    Rule(
        "someone-else",
        "only-you low",
        Decision.DELEGATE,
        QT_TRANSLATE_NOOP(
            "Weighing",
            "Someone else can do this, so hand over the outcome and spend the time on work "
            "only you can do.",
        ),
        lambda f, m: f.only_you <= LOW,
    ),
    Rule(
        "costly-mistakes",
        "risk high",
        Decision.COACH,
        QT_TRANSLATE_NOOP(
            "Weighing",
            "Mistakes here are costly, so coach someone through it before you hand over the "
            "outcome.",
        ),
        lambda f, m: f.risk >= HIGH,
    ),
    Rule(
        "strategic-work",
        "strategy work",
        Decision.KEEP,
        QT_TRANSLATE_NOOP(
            "Weighing",
            "This is the kind of work your new role is for, so keep it.",
        ),
        lambda f, m: m == Mode.STRATEGY,
    ),
    Rule(
        "grows-someone",
        "growth high",
        Decision.DELEGATE,
        QT_TRANSLATE_NOOP(
            "Weighing",
            "This would grow someone on your team, so hand over the outcome and let them own it.",
        ),
        lambda f, m: f.growth >= HIGH,
    ),
    Rule(
        "your-lever",
        "leverage high",
        Decision.KEEP,
        QT_TRANSLATE_NOOP(
            "Weighing",
            "It yields clearly more when you do it yourself, so keep it for now and weigh it again "
            "later.",
        ),
        lambda f, m: f.leverage >= HIGH,
    ),
    Rule(
        "no-reason-to-hold",
        "anything else",
        Decision.DELEGATE,
        QT_TRANSLATE_NOOP(
            "Weighing",
            "Nothing here says it needs you, so hand over the outcome and check in on it.",
        ),
        lambda f, m: True,
    ),
)


def recommend(factors: Factors, mode: Mode = Mode.EXECUTION) -> Recommendation:
    """The first rule in ``RULES`` that matches decides; the last one always matches."""
    rule = next(r for r in RULES if r.applies(factors, mode))
    return Recommendation(rule.decision, rule.reason, rule.id)


def recommend_item(item: InventoryItem) -> Recommendation:
    return recommend(item.factors, item.mode)


def effective_decision(item: InventoryItem) -> Decision:
    """The user's decision when made, otherwise the recommendation: the user always wins."""
    if item.decision != Decision.UNDECIDED:
        return item.decision
    return recommend_item(item).decision
