"""Validation never raises, whatever floats and strings it is given, and always returns a dict."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from altitude.domain.entities import (
    Delegation,
    DelegationCheckIn,
    Factors,
    InventoryItem,
    LevelChange,
    LevelStep,
    Milestone,
    Person,
    Plan,
    ReflectionAnswer,
    Settings,
    WeeklyCheckIn,
)
from altitude.domain.validation import (
    validate_checkin,
    validate_delegation,
    validate_item,
    validate_person,
    validate_plan,
    validate_settings,
)
from altitude.domain.weeks import IsoWeek

# Any float at all (NaN, infinities, huge, tiny), and text with control characters and
# lone surrogates mixed in.
numbers = st.one_of(st.floats(), st.integers(-(10**20), 10**20), st.booleans())
texts = st.one_of(
    st.text(max_size=50),
    st.text(st.characters(codec=None, categories=["Cc", "Cs", "Zs", "Lu"]), max_size=50),
    st.sampled_from(["", " ", "\ud800", "x" * 2001, "\x00", "ok\nline\ttab"]),
)
ints = st.one_of(st.integers(-(10**6), 10**6), st.floats(), st.booleans())
dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2900, 1, 1))
anything = st.one_of(numbers, texts, st.none())


def check_result(errors: object) -> None:
    assert isinstance(errors, dict)
    assert all(isinstance(k, str) and isinstance(v, str) and v for k, v in errors.items())


@settings(deadline=None, max_examples=200)
@given(
    texts,
    texts,
    dates,
    st.integers(-5000, 5000),
    numbers,
    numbers,
    st.lists(st.builds(Milestone, ints, numbers, texts), max_size=5),
    texts,
    st.lists(texts, max_size=15),
    numbers,
)
def test_validate_plan_never_raises(
    current: str,
    new: str,
    start: date,
    days: int,
    baseline: float,
    target: float,
    milestones: list[Milestone],
    motive: str,
    identity: list[str],
    tolerance: float,
) -> None:
    plan = Plan(
        current,
        new,
        start,
        start + timedelta(days=days),
        baseline,
        target,
        tuple(milestones),
        motive,
        tuple(identity),
        tolerance,
    )
    check_result(validate_plan(plan))


@settings(deadline=None, max_examples=200)
@given(texts, numbers, anything, st.tuples(*[ints] * 5), anything, texts)
def test_validate_item_never_raises(
    title: str, hours: float, mode: object, factors: tuple[int, ...], decision: object, notes: str
) -> None:
    item = InventoryItem(title, hours, mode, Factors(*factors), decision, notes)  # type: ignore[arg-type]
    errors = validate_item(item)
    check_result(errors)
    assert ("hours" in errors) != (
        isinstance(hours, int | float) and not isinstance(hours, bool) and 0 < hours <= 100
    )


@settings(deadline=None)
@given(texts, texts, texts, texts)
def test_validate_person_never_raises(name: str, role: str, goal: str, notes: str) -> None:
    check_result(validate_person(Person(name, role, goal, notes)))


@settings(deadline=None, max_examples=200)
@given(
    texts,
    dates,
    texts,
    ints,
    ints,
    anything,
    texts,
    numbers,
    st.lists(st.builds(DelegationCheckIn, dates, texts, st.booleans()), max_size=3),
    st.lists(st.builds(LevelStep, ints, ints), max_size=4),
    st.lists(st.builds(LevelChange, dates, ints), max_size=3),
)
def test_validate_delegation_never_raises(
    outcome: str,
    started: date,
    measure: str,
    level: int,
    cadence: int,
    status: object,
    reason: str,
    freed: float,
    checkins: list[DelegationCheckIn],
    plan: list[LevelStep],
    history: list[LevelChange],
) -> None:
    delegation = Delegation(
        outcome,
        started,
        success_measure=measure,
        level=level,
        cadence_days=cadence,
        status=status,  # type: ignore[arg-type]
        taken_back_reason=reason,
        hours_freed=freed,
        checkins=tuple(checkins),
        level_plan=tuple(plan),
        level_history=tuple(history),
    )
    check_result(validate_delegation(delegation))


@settings(deadline=None, max_examples=200)
@given(
    numbers,
    numbers,
    st.lists(st.tuples(ints, numbers), max_size=5),
    texts,
    st.lists(st.builds(ReflectionAnswer, texts, texts), max_size=3),
    st.one_of(st.none(), st.lists(st.integers(-3, 10), max_size=5)),
)
def test_validate_checkin_never_raises(
    execution: float,
    strategy: float,
    item_hours: list[tuple[int, float]],
    note: str,
    answers: list[ReflectionAnswer],
    item_ids: list[int] | None,
) -> None:
    checkin = WeeklyCheckIn(
        IsoWeek(2026, 3), execution, strategy, tuple(item_hours), note, tuple(answers)
    )
    check_result(validate_checkin(checkin, item_ids))


@settings(deadline=None)
@given(ints, ints, anything, ints)
def test_validate_settings_never_raises(
    weekday: int, first_day: int, theme: object, backups: int
) -> None:
    check_result(validate_settings(Settings(weekday, first_day, theme, backups)))  # type: ignore[arg-type]
