"""The strategic narrative: Rumelt's hallmarks as hints, the version diff, and the hours
behind each action."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from altitude.domain.arcs.action_hours import action_hours, hours_per_action
from altitude.domain.arcs.described import ActionDelegationLink, ActionItemLink
from altitude.domain.arcs.narrative import (
    Finding,
    Hint,
    NarrativeAction,
    NarrativeVersion,
    checks,
    fluff_in,
    latest,
    reads_like_goal,
    revision_due,
)
from altitude.domain.arcs.narrative_diff import list_diff, narrative_diff, word_diff
from altitude.domain.entities import Delegation, Status, WeeklyCheckIn
from altitude.domain.records import problems
from altitude.domain.weeks import IsoWeek

GOOD = NarrativeVersion(
    written_on=date(2026, 10, 1),
    diagnosis="Releases slip because every change waits for the same two reviewers.",
    guiding_policy="Spread review knowledge so no change waits on one person.",
    will_not=("Hire more reviewers this quarter",),
    actions=(
        NarrativeAction("Pair juniors on reviews", items=(ActionItemLink(1),)),
        NarrativeAction("Write the review guide", items=(ActionItemLink(2),)),
        NarrativeAction("Rotate the release captain", delegations=(ActionDelegationLink(7),)),
    ),
)


def hints(version: NarrativeVersion, hours: list[float] | None = None) -> list[Hint]:
    return [f.hint for f in checks(version, hours)]


def test_a_good_kernel_gets_no_hint() -> None:
    assert problems(GOOD) == {}
    assert hints(GOOD, [2.0, 1.0, 3.0]) == []


def test_each_hallmark_of_bad_strategy_is_a_hint() -> None:
    bad = NarrativeVersion(
        written_on=date(2026, 10, 1),
        diagnosis=" ",
        guiding_policy="Grow revenue 20% by leveraging our synergies",
        will_not=(),
        actions=(NarrativeAction("Be world-class"),),
    )
    assert hints(bad) == [
        Hint.NO_DIAGNOSIS,
        Hint.GOAL_AS_STRATEGY,
        Hint.NOTHING_RULED_OUT,
        Hint.FLUFF,
        Hint.TOO_FEW_ACTIONS,
    ]
    fluff = next(f for f in checks(bad) if f.hint is Hint.FLUFF)
    assert fluff.detail == "synergies, world-class"
    assert "synergies, world-class" in fluff.english()


def test_an_action_with_no_hours_behind_it_is_named() -> None:
    [finding] = checks(GOOD, [2.0, 0.0, 1.0])
    assert finding == Finding(Hint.ACTION_WITHOUT_HOURS, "Write the review guide")
    assert "Write the review guide" in finding.english()


def test_too_many_actions() -> None:
    many = NarrativeVersion(
        written_on=GOOD.written_on,
        diagnosis=GOOD.diagnosis,
        guiding_policy=GOOD.guiding_policy,
        will_not=GOOD.will_not,
        actions=tuple(NarrativeAction(f"Action {n}") for n in range(6)),
    )
    assert hints(many) == [Hint.TOO_MANY_ACTIONS]


def test_goals_are_told_apart_from_policies() -> None:
    assert reads_like_goal("Increase NPS to 60")
    assert reads_like_goal("To be the best platform team")
    assert reads_like_goal("30% faster releases")
    assert not reads_like_goal("Spread review knowledge so no change waits on one person")
    assert not reads_like_goal("")


def test_fluff_is_matched_as_whole_words_only() -> None:
    assert fluff_in(["We leverage synergy"]) == ["synergy", "leverage"]
    assert fluff_in(["leveraged buyout robustness"]) == []


def test_the_diff_says_what_was_added_and_removed() -> None:
    newer = NarrativeVersion(
        written_on=date(2026, 11, 1),
        diagnosis="Releases slip because every change waits for one reviewer.",
        guiding_policy=GOOD.guiding_policy,
        will_not=("Hire more reviewers this quarter", "Add a second approval step"),
        actions=GOOD.actions[:2],
    )
    parts = {p.part: p for p in narrative_diff(GOOD, newer)}
    assert set(parts) == {"diagnosis", "will_not", "actions"}
    assert parts["diagnosis"].plain() == (
        "Releases slip because every change waits for [-the same two reviewers.-] {+one reviewer.+}"
    )
    assert [(p.text, p.change) for p in parts["will_not"].pieces] == [
        ("Hire more reviewers this quarter", "same"),
        ("Add a second approval step", "added"),
    ]
    assert ("Rotate the release captain", "removed") in [
        (p.text, p.change) for p in parts["actions"].pieces
    ]
    assert narrative_diff(GOOD, GOOD) == []


words = st.lists(st.sampled_from(["a", "b", "c", "d"]), max_size=12).map(" ".join)


@given(words, words)
def test_a_word_diff_keeps_both_texts(old: str, new: str) -> None:
    pieces = word_diff(old, new)
    kept_old = " ".join(p.text for p in pieces if p.change != "added" and p.text)
    kept_new = " ".join(p.text for p in pieces if p.change != "removed" and p.text)
    assert kept_old.split() == old.split()
    assert kept_new.split() == new.split()


def test_a_list_diff_ignores_case_and_spacing() -> None:
    assert [p.change for p in list_diff(("No  hires",), ("no hires",))] == ["same"]


def test_the_latest_version_and_the_monthly_revisit() -> None:
    newer = NarrativeVersion(written_on=date(2026, 11, 3), id=2)
    assert latest([GOOD, newer]) is newer
    assert revision_due([GOOD, newer], date(2026, 11, 20)) == date(2026, 12, 3)
    assert revision_due([], date(2026, 11, 20)) is None


def _checkin(week: int, *item_hours: tuple[int, float]) -> WeeklyCheckIn:
    total = sum(h for _, h in item_hours)
    return WeeklyCheckIn(IsoWeek(2026, week), total, 0.0, item_hours=tuple(item_hours))


def test_hours_behind_an_action_average_the_recent_weeks_and_add_what_delegates_carry() -> None:
    checkins = [
        _checkin(40, (1, 10.0)),  # too old: only the last four weeks count
        _checkin(41, (1, 4.0), (2, 1.0)),
        _checkin(42, (1, 2.0)),
        _checkin(43, (3, 5.0)),
        _checkin(44, (1, 2.0), (3, 1.0)),
    ]
    handed = Delegation(
        "Release captain", date(2026, 9, 1), owner_id=4, item_id=3, id=7, hours_freed=2.5,
        status=Status.OWNED,
    )  # fmt: skip
    assert action_hours(GOOD.actions[0], checkins, [handed]) == 2.0  # (4 + 2 + 0 + 2) / 4
    # the delegate carries 2.5 h; 6 h of your own on its item came back over four weeks
    assert action_hours(GOOD.actions[2], checkins, [handed]) == 4.0
    planned = Delegation("Release captain", date(2026, 9, 1), item_id=3, id=7, hours_freed=2.5)
    assert action_hours(GOOD.actions[2], checkins, [planned]) == 1.5  # not handed over yet
    assert hours_per_action(GOOD, [], []) == [0.0, 0.0, 0.0]
