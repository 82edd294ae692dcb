"""The Store's methods, one behaviour each, on a real file."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from altitude.domain.entities import (
    Decision,
    Delegation,
    DelegationCheckIn,
    InventoryItem,
    LevelChange,
    LevelStep,
    Mode,
    Person,
    PlanState,
    ReflectionAnswer,
    Settings,
    Status,
    Theme,
    WeeklyCheckIn,
    new_plan,
)
from altitude.domain.weeks import IsoWeek
from altitude.store import RecordNotFoundError, Store, StoreError

W = IsoWeek(2026, 10)


def _item(title: str = "Review", hours: float = 5.0) -> InventoryItem:
    return InventoryItem(title, hours, Mode.EXECUTION)


def test_a_new_store_is_empty_with_default_settings(store: Store) -> None:
    assert store.is_empty()
    assert store.get_plan() is None
    assert store.get_settings() == Settings()


def test_settings_are_not_data(store: Store) -> None:
    store.save_settings(Settings(theme=Theme.DARK))
    assert store.is_empty()


@pytest.mark.parametrize(
    "add",
    [
        lambda s: s.save_plan(new_plan("Dev", "Lead", date(2026, 1, 5), 20, 50)),
        lambda s: s.add_item(_item()),
        lambda s: s.add_person(Person("Ana")),
        lambda s: s.add_delegation(Delegation("Reviews", date(2026, 1, 5))),
        lambda s: s.put_checkin(WeeklyCheckIn(W, 30, 10)),
    ],
    ids=["plan", "item", "person", "delegation", "checkin"],
)
def test_any_data_makes_it_not_empty(store: Store, add: object) -> None:
    add(store)  # type: ignore[operator]
    assert not store.is_empty()


def test_save_plan_replaces_the_single_plan_and_its_lists(store: Store) -> None:
    first = new_plan("Dev", "Lead", date(2026, 1, 5), 20, 50, identity=("a", "b", "c"))
    store.save_plan(first)
    second = replace(
        new_plan("Lead", "Manager", date(2026, 3, 2), 10, 60, horizon_days=45),
        identity=("x",),
    )
    store.save_plan(second)
    assert store.get_plan() == second
    assert store.db.conn.execute("SELECT count(*) FROM plan").fetchone() == (1,)
    assert store.db.conn.execute("SELECT count(*) FROM plan_identity").fetchone() == (1,)


def test_settings_round_trip_and_overwrite(store: Store) -> None:
    store.save_settings(Settings(1, 2, Theme.LIGHT, 3))
    store.save_settings(Settings(5, 6, Theme.DARK, 99))
    assert store.get_settings() == Settings(5, 6, Theme.DARK, 99)


def test_add_gives_new_ids_and_keeps_given_ones(store: Store) -> None:
    a = store.add_item(_item("a"))
    b = store.add_item(_item("b"))
    c = store.add_item(replace(_item("c"), id=50))
    d = store.add_item(_item("d"))
    assert (a.id, b.id, c.id, d.id) == (1, 2, 50, 51)
    assert store.load().items == (a, b, c, d)


def test_ids_of_deleted_rows_are_not_reused(store: Store) -> None:
    store.add_item(_item("a"))
    last = store.add_item(_item("b"))
    store.delete_item(last.id or 0)
    again = store.add_item(_item("c"))
    assert again.id == 3  # an undo that re-adds id 2 cannot collide with a newer item


def test_adding_an_id_that_exists_is_refused(store: Store) -> None:
    store.add_item(replace(_item(), id=1))
    with pytest.raises(StoreError):
        store.add_item(replace(_item("other"), id=1))


def test_update_item_saves_every_field(store: Store) -> None:
    saved = store.add_item(_item())
    changed = replace(
        saved, title="Reviews", hours=7.25, mode=Mode.STRATEGY, decision=Decision.STOP, notes="x"
    )
    store.update_item(changed)
    assert store.load().items == (changed,)


@pytest.mark.parametrize(
    ("method", "entity", "what"),
    [
        ("update_item", InventoryItem("x", 1, Mode.EXECUTION, id=9), "inventory item"),
        ("update_person", Person("x", id=9), "person"),
        ("update_delegation", Delegation("x", date(2026, 1, 1), id=9), "delegation"),
    ],
)
def test_updating_an_unknown_id_is_a_not_found_error(
    store: Store, method: str, entity: object, what: str
) -> None:
    with pytest.raises(RecordNotFoundError, match=f"^no {what} with id 9$") as caught:
        getattr(store, method)(entity)
    assert isinstance(caught.value, KeyError)
    assert isinstance(caught.value, StoreError)


def test_updating_an_entity_never_saved_is_refused(store: Store) -> None:
    with pytest.raises(StoreError, match="never saved"):
        store.update_person(Person("Ana"))


@pytest.mark.parametrize("method", ["delete_item", "delete_person", "delete_delegation"])
def test_deleting_an_unknown_id_is_a_not_found_error(store: Store, method: str) -> None:
    with pytest.raises(RecordNotFoundError):
        getattr(store, method)(42)


def test_deleting_an_item_keeps_its_delegation_without_it(store: Store) -> None:
    item = store.add_item(_item())
    other = store.add_item(_item("Roadmap"))
    delegation = store.add_delegation(Delegation("Reviews", date(2026, 1, 5), item_id=item.id))
    store.put_checkin(
        WeeklyCheckIn(W, 30, 10, item_hours=((item.id or 0, 5.0), (other.id or 0, 2.0)))
    )
    store.delete_item(item.id or 0)
    state = store.load()
    assert state.delegations == (replace(delegation, item_id=None),)
    assert state.checkins[0].item_hours == ((other.id, 2.0),)
    assert state.items == (other,)


def test_deleting_a_person_keeps_their_delegations_without_an_owner(store: Store) -> None:
    ana = store.add_person(Person("Ana"))
    delegation = store.add_delegation(Delegation("Reviews", date(2026, 1, 5), owner_id=ana.id))
    store.delete_person(ana.id or 0)
    assert store.load().delegations == (replace(delegation, owner_id=None),)


def test_update_delegation_rewrites_its_lists(store: Store) -> None:
    saved = store.add_delegation(
        Delegation(
            "Reviews",
            date(2026, 1, 5),
            checkins=(DelegationCheckIn(date(2026, 1, 12), "a", True),) * 3,
            level_plan=(LevelStep(0, 2), LevelStep(2, 4)),
            level_history=(LevelChange(date(2026, 1, 5), 2),),
        )
    )
    changed = replace(
        saved,
        status=Status.TAKEN_BACK,
        taken_back_reason="Escalation",
        checkins=(DelegationCheckIn(date(2026, 1, 19), "late", False),),
        level_plan=(),
        level_history=(LevelChange(date(2026, 1, 5), 2), LevelChange(date(2026, 1, 19), 1)),
    )
    store.update_delegation(changed)
    assert store.load().delegations == (changed,)


def test_deleting_a_delegation_deletes_its_lists(store: Store) -> None:
    saved = store.add_delegation(
        Delegation(
            "Reviews",
            date(2026, 1, 5),
            checkins=(DelegationCheckIn(date(2026, 1, 12), "", True),),
            level_plan=(LevelStep(0, 2),),
            level_history=(LevelChange(date(2026, 1, 5), 2),),
        )
    )
    store.delete_delegation(saved.id or 0)
    conn = store.db.conn
    for table in ("delegation_checkins", "delegation_level_plan", "delegation_level_history"):
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,)  # noqa: S608


def test_put_checkin_replaces_the_same_week(store: Store) -> None:
    item = store.add_item(_item())
    store.put_checkin(
        WeeklyCheckIn(W, 30, 10, ((item.id or 0, 5.0),), "first", (ReflectionAnswer("p", "a"),) * 2)
    )
    second = WeeklyCheckIn(W, 20.5, 19.5, note="second", answers=(ReflectionAnswer("q", "b"),))
    store.put_checkin(second)
    assert store.load().checkins == (second,)
    conn = store.db.conn
    assert conn.execute("SELECT count(*) FROM checkins").fetchone() == (1,)
    assert conn.execute("SELECT count(*) FROM checkin_item_hours").fetchone() == (0,)
    assert conn.execute("SELECT count(*) FROM checkin_answers").fetchone() == (1,)


def test_checkins_load_in_week_order_across_years(store: Store) -> None:
    weeks = [IsoWeek(2027, 1), IsoWeek(2026, 53), IsoWeek(2026, 2), IsoWeek(2026, 10)]
    for week in weeks:
        store.put_checkin(WeeklyCheckIn(week, 1, 1))
    assert [c.week for c in store.load().checkins] == sorted(weeks)


def test_delete_checkin_removes_the_week_and_only_it(store: Store) -> None:
    store.put_checkin(WeeklyCheckIn(W, 1, 1, answers=(ReflectionAnswer("p", "a"),)))
    store.put_checkin(WeeklyCheckIn(W + 1, 2, 2))
    store.delete_checkin(W)
    assert [c.week for c in store.load().checkins] == [W + 1]
    assert store.db.conn.execute("SELECT count(*) FROM checkin_answers").fetchone() == (0,)
    with pytest.raises(RecordNotFoundError, match="no check-in for 2026-W10"):
        store.delete_checkin(W)


def test_clear_removes_everything_including_settings(store: Store, full_state: PlanState) -> None:
    store.replace_all(full_state)
    store.clear()
    assert store.is_empty()
    assert store.load() == PlanState()


def test_replace_all_replaces_what_was_there(store: Store, full_state: PlanState) -> None:
    store.add_item(_item("old"))
    store.add_person(Person("Old"))
    store.put_checkin(WeeklyCheckIn(IsoWeek(2020, 5), 1, 1))
    store.replace_all(full_state)
    assert store.load() == full_state


def test_replace_all_numbers_entities_that_have_no_id(store: Store) -> None:
    state = PlanState(
        items=(replace(_item("a"), id=4), _item("b")),
        people=(Person("Ana"), Person("Bo")),
    )
    store.replace_all(state)
    loaded = store.load()
    assert [i.id for i in loaded.items] == [4, 5]
    assert [p.id for p in loaded.people] == [1, 2]


def test_load_reads_a_fixed_number_of_queries(store: Store) -> None:
    """No N+1: ten times the rows costs no extra query."""

    def queries_for(n: int) -> int:
        store.replace_all(
            PlanState(
                items=tuple(replace(_item(f"i{k}"), id=k + 1) for k in range(n)),
                delegations=tuple(
                    Delegation(
                        f"d{k}",
                        date(2026, 1, 5),
                        checkins=(DelegationCheckIn(date(2026, 1, 6), "", True),),
                        level_plan=(LevelStep(0, 3),),
                        level_history=(LevelChange(date(2026, 1, 5), 3),),
                    )
                    for k in range(n)
                ),
                checkins=tuple(
                    WeeklyCheckIn(IsoWeek(2026, 1) + k, 1, 1, answers=(ReflectionAnswer("p", ""),))
                    for k in range(n)
                ),
            )
        )
        statements: list[str] = []
        store.db.conn.set_trace_callback(statements.append)
        try:
            store.load()
        finally:
            store.db.conn.set_trace_callback(None)
        return sum(1 for s in statements if s.lstrip().upper().startswith("SELECT"))

    few, many = queries_for(2), queries_for(20)
    assert few == many
    # one query per table: 13 of release 1, 11 of the journal and feedback, 11 of the arcs
    assert many <= 37
