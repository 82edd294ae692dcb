"""The weighing: every rule, the order they are tried in, and the user's last word."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from altitude.domain.entities import Decision, Factors, InventoryItem, Mode
from altitude.domain.weighing import (
    RULES,
    Recommendation,
    effective_decision,
    recommend,
    recommend_item,
)

GOLDEN_CAGE = "You may be holding this because you're good at it, not because only you can do it."
E, S = Mode.EXECUTION, Mode.STRATEGY


def f(leverage: int, only_you: int, risk: int, growth: int, attachment: int) -> Factors:
    return Factors(leverage, only_you, risk, growth, attachment)


# One case per rule, each chosen so that no earlier rule matches.
CASES = [
    # factors (L, O, R, G, A), mode, rule, decision
    (f(5, 1, 1, 1, 5), S, "strategic-lever", Decision.KEEP),
    (f(2, 3, 2, 1, 3), E, "nobody-misses", Decision.STOP),
    (f(1, 1, 1, 2, 1), S, "nobody-misses", Decision.STOP),
    (f(3, 2, 5, 1, 4), E, "golden-cage-risky", Decision.COACH),
    (f(5, 1, 3, 5, 5), E, "golden-cage", Decision.DELEGATE),
    (f(4, 4, 5, 5, 3), E, "only-you", Decision.KEEP),
    (f(3, 3, 4, 4, 5), E, "coach-first", Decision.COACH),
    (f(3, 2, 3, 3, 3), S, "someone-else", Decision.DELEGATE),
    (f(5, 3, 5, 1, 1), E, "costly-mistakes", Decision.COACH),
    (f(3, 3, 3, 3, 3), S, "strategic-work", Decision.KEEP),
    (f(3, 3, 3, 5, 3), E, "grows-someone", Decision.DELEGATE),
    (f(5, 3, 3, 3, 5), E, "your-lever", Decision.KEEP),
    (f(3, 3, 3, 3, 3), E, "no-reason-to-hold", Decision.DELEGATE),
]


@pytest.mark.parametrize(("factors", "mode", "rule", "decision"), CASES)
def test_each_rule_fires_for_its_case(
    factors: Factors, mode: Mode, rule: str, decision: Decision
) -> None:
    result = recommend(factors, mode)
    assert (result.rule, result.decision) == (rule, decision)
    assert result.reason == next(r.reason for r in RULES if r.id == rule)


def test_every_rule_has_a_case() -> None:
    assert {rule for _, _, rule, _ in CASES} == {r.id for r in RULES}
    assert len({r.id for r in RULES}) == len(RULES)


def test_strategic_work_you_leverage_is_kept() -> None:
    assert recommend(f(4, 1, 5, 5, 5), S).decision is Decision.KEEP
    assert recommend(f(4, 1, 5, 5, 5), E).decision is not Decision.KEEP


def test_work_nobody_would_miss_is_stopped() -> None:
    result = recommend(f(1, 5, 1, 1, 1))
    assert result.decision is Decision.STOP
    assert result.reason.startswith("Nobody may miss this")


def test_the_golden_cage_is_named_whether_to_coach_or_delegate() -> None:
    assert recommend(f(3, 1, 2, 3, 4)) == Recommendation(
        Decision.DELEGATE, GOLDEN_CAGE, "golden-cage"
    )
    assert recommend(f(3, 2, 4, 3, 5)).reason == GOLDEN_CAGE
    assert recommend(f(3, 2, 4, 3, 5)).decision is Decision.COACH


def test_the_golden_cage_needs_real_attachment_and_a_replaceable_you() -> None:
    assert recommend(f(3, 1, 2, 3, 3)).reason != GOLDEN_CAGE  # attachment only 3
    assert recommend(f(3, 3, 2, 3, 5)).reason != GOLDEN_CAGE  # only-you 3


def test_risky_work_that_grows_someone_is_coached_first() -> None:
    result = recommend(f(2, 3, 5, 5, 2))
    assert result.decision is Decision.COACH
    assert result.reason.startswith("Coach then delegate:")
    assert "build their skill while the stakes are covered" in result.reason


def test_recommend_item_uses_the_item_mode() -> None:
    factors = f(3, 3, 3, 3, 3)
    assert recommend_item(InventoryItem("Roadmap", 4, S, factors)).decision is Decision.KEEP
    assert recommend_item(InventoryItem("Reviews", 4, E, factors)).decision is Decision.DELEGATE


def test_effective_decision_the_user_always_wins() -> None:
    stop_me = f(1, 1, 1, 1, 1)
    assert effective_decision(InventoryItem("Status report", 2, E, stop_me)) is Decision.STOP
    for decision in (Decision.KEEP, Decision.DELEGATE, Decision.COACH, Decision.STOP):
        kept = InventoryItem("Status report", 2, E, stop_me, decision=decision)
        assert effective_decision(kept) is decision


def _check_recommendation(result: Recommendation) -> None:
    assert result.decision is not Decision.UNDECIDED
    assert result.rule in {r.id for r in RULES}
    reason = result.reason
    assert reason and reason[0].isupper() and reason.endswith(".")
    assert "." not in reason[:-1], "one sentence"
    assert reason == reason.strip() and "\n" not in reason


def test_every_factor_combination_gets_a_decision_and_one_sentence() -> None:
    seen = set()
    for values in itertools.product(range(1, 6), repeat=5):
        for mode in Mode:
            result = recommend(Factors(*values), mode)
            _check_recommendation(result)
            seen.add(result.rule)
    assert seen == {r.id for r in RULES}, "every rule is reachable"


@settings(deadline=None)
@given(st.tuples(*[st.integers(1, 5)] * 5), st.sampled_from(Mode))
def test_any_factors_give_a_decision_and_one_sentence(
    values: tuple[int, int, int, int, int], mode: Mode
) -> None:
    _check_recommendation(recommend(Factors(*values), mode))


def test_the_rule_table_in_the_docstring_matches_the_rules() -> None:
    import altitude.domain.weighing as weighing

    doc = weighing.__doc__ or ""
    for number, rule in enumerate(RULES, start=1):
        assert f"| {number:<2} | {rule.id:<17} | {rule.when:<44} |" in doc
