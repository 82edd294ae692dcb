"""What goes in comes back equal: every field, exact floats, any valid plan."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from altitude.domain.entities import (
    Decision,
    Delegation,
    DelegationCheckIn,
    Factors,
    InventoryItem,
    LevelChange,
    LevelStep,
    Milestone,
    Mode,
    Person,
    Plan,
    PlanState,
    ReflectionAnswer,
    Settings,
    Status,
    Theme,
    WeeklyCheckIn,
)
from altitude.domain.weeks import IsoWeek
from altitude.store import Store


def test_a_state_with_every_field_set_round_trips(store: Store, full_state: PlanState) -> None:
    store.replace_all(full_state)
    assert store.load() == full_state


def test_it_survives_closing_and_reopening(db_path: Path, full_state: PlanState) -> None:
    first = Store.open(db_path)
    first.replace_all(full_state)
    first.close()
    again = Store.open(db_path)
    try:
        assert again.load() == full_state
    finally:
        again.close()


@pytest.mark.parametrize(
    "hours", [0.1, 1 / 3, 2 / 3 * 100, 99.99999999999999, 5e-324, 7.000000000000001, 100.0]
)
def test_hours_come_back_bit_for_bit(store: Store, hours: float) -> None:
    saved = store.add_item(InventoryItem("x", hours, Mode.EXECUTION))
    loaded = store.load().items[0]
    assert loaded == saved
    assert loaded.hours.hex() == float(hours).hex()


def test_loaded_types_are_the_domains(store: Store, full_state: PlanState) -> None:
    store.replace_all(full_state)
    state = store.load()
    assert type(state.items[0].mode) is Mode
    assert type(state.items[0].decision) is Decision
    assert type(state.delegations[0].status) is Status
    assert type(state.settings.theme) is Theme
    assert type(state.delegations[0].checkins[0].on_track) is bool
    assert type(state.delegations[0].started_on) is date
    assert type(state.checkins[0].week) is IsoWeek
    assert all(type(c.execution_hours) is float for c in state.checkins)


# ------------------------------------------------------------------ property
_TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=30)
_FILLED = _TEXT.filter(lambda s: s.strip(" \t\n\r") != "")
_DATES = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31))


def _share() -> st.SearchStrategy[float]:
    return st.floats(min_value=0, max_value=100)


@st.composite
def _plans(draw: st.DrawFn) -> Plan:
    start = draw(_DATES)
    return Plan(
        current_role=draw(_FILLED),
        new_role=draw(_FILLED),
        start_date=start,
        horizon_end=start + timedelta(days=draw(st.integers(1, 1096))),
        baseline_share=draw(_share()),
        target_share=draw(_share()),
        milestones=tuple(
            draw(st.lists(st.builds(Milestone, st.integers(1, 1096), _share(), _TEXT), max_size=4))
        ),
        motive=draw(_TEXT),
        identity=tuple(draw(st.lists(_FILLED, max_size=3))),
        tolerance=draw(st.floats(min_value=0, max_value=50)),
    )


@st.composite
def _checkin(draw: st.DrawFn, week: IsoWeek, item_ids: list[int]) -> WeeklyCheckIn:
    execution = draw(st.floats(min_value=0, max_value=100))
    strategy = draw(st.floats(min_value=0, max_value=100))
    assume(execution + strategy <= 112)
    logged = draw(st.lists(st.sampled_from(item_ids), unique=True)) if item_ids else []
    return WeeklyCheckIn(
        week=week,
        execution_hours=execution,
        strategy_hours=strategy,
        item_hours=tuple((i, draw(st.floats(min_value=0, max_value=100))) for i in logged),
        note=draw(_TEXT),
        answers=tuple(draw(st.lists(st.builds(ReflectionAnswer, _TEXT, _TEXT), max_size=2))),
    )


@st.composite
def _states(draw: st.DrawFn) -> PlanState:
    item_ids = draw(st.lists(st.integers(1, 10_000), unique=True, max_size=4))
    person_ids = draw(st.lists(st.integers(1, 10_000), unique=True, max_size=3))
    items = tuple(
        InventoryItem(
            title=draw(_FILLED),
            hours=draw(st.floats(min_value=0, max_value=100, exclude_min=True)),
            mode=draw(st.sampled_from(Mode)),
            factors=draw(st.builds(Factors, *[st.integers(1, 5)] * 5)),
            decision=draw(st.sampled_from(Decision)),
            notes=draw(_TEXT),
            id=i,
        )
        for i in sorted(item_ids)
    )
    people = tuple(
        Person(draw(_FILLED), draw(_TEXT), draw(_TEXT), draw(_TEXT), id=i)
        for i in sorted(person_ids)
    )
    delegations = []
    for d_id in sorted(draw(st.lists(st.integers(1, 10_000), unique=True, max_size=3))):
        status = draw(st.sampled_from(Status))
        delegations.append(
            Delegation(
                outcome=draw(_FILLED),
                started_on=draw(_DATES),
                owner_id=draw(st.sampled_from([None, *person_ids])),
                item_id=draw(st.sampled_from([None, *item_ids])),
                success_measure=draw(_TEXT),
                level=draw(st.integers(1, 7)),
                cadence_days=draw(st.integers(1, 365)),
                next_checkin=draw(st.none() | _DATES),
                status=status,
                taken_back_reason=draw(_FILLED if status == Status.TAKEN_BACK else _TEXT),
                hours_freed=draw(st.floats(min_value=0, max_value=100)),
                checkins=tuple(
                    draw(st.lists(st.builds(DelegationCheckIn, _DATES, _TEXT, st.booleans())))
                ),
                level_plan=tuple(
                    draw(st.lists(st.builds(LevelStep, st.integers(0, 520), st.integers(1, 7))))
                ),
                level_history=tuple(
                    draw(st.lists(st.builds(LevelChange, _DATES, st.integers(1, 7))))
                ),
                id=d_id,
            )
        )
    weeks = sorted({IsoWeek.of(d) for d in draw(st.lists(_DATES, max_size=4))})
    return PlanState(
        plan=draw(st.none() | _plans()),
        items=items,
        people=people,
        delegations=tuple(delegations),
        checkins=tuple(draw(_checkin(w, item_ids)) for w in weeks),
        settings=Settings(
            checkin_weekday=draw(st.integers(0, 6)),
            first_day_of_week=draw(st.integers(0, 6)),
            theme=draw(st.sampled_from(Theme)),
            backups_kept=draw(st.integers(1, 100)),
        ),
    )


@pytest.fixture(scope="module")
def shared_store() -> Iterator[Store]:
    """One file for every example: each replace_all must also wipe the previous one."""
    with tempfile.TemporaryDirectory() as folder:
        opened = Store.open(Path(folder) / "altitude.db")
        yield opened
        opened.close()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(state=_states())
def test_any_valid_state_round_trips(shared_store: Store, state: PlanState) -> None:
    shared_store.replace_all(state)
    assert shared_store.load() == state
