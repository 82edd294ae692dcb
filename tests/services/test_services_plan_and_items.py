from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from altitude.domain.entities import Decision, InventoryItem, Mode, new_plan
from altitude.domain.validation import ValidationError
from altitude.services import ActionError, Altitude


def a_plan():  # type: ignore[no-untyped-def]
    return new_plan("Engineer", "Manager", date(2026, 11, 2), 20.0, 50.0)


def test_start_plan_saves_plan_and_items_in_one_go(svc: Altitude, tmp_path: Path) -> None:
    items = [
        InventoryItem("Code review", 10, Mode.EXECUTION),
        InventoryItem("Roadmap", 4, Mode.STRATEGY),
    ]
    state = svc.start_plan(a_plan(), items)
    assert state.plan is not None and state.plan.new_role == "Manager"
    assert [i.title for i in state.items] == ["Code review", "Roadmap"]
    again = Altitude.open(tmp_path / "data")
    assert again.state.plan == state.plan
    again.close()


def test_start_plan_with_one_bad_item_writes_nothing(svc: Altitude) -> None:
    items = [InventoryItem("Fine", 10, Mode.EXECUTION), InventoryItem("", -1, Mode.STRATEGY)]
    with pytest.raises(ValidationError) as caught:
        svc.start_plan(a_plan(), items)
    assert any(key.startswith("items[1]") for key in caught.value.errors)
    assert svc.store.is_empty()


def test_start_plan_refuses_over_an_existing_plan_unless_replacing(svc: Altitude) -> None:
    svc.start_plan(a_plan())
    with pytest.raises(ActionError):
        svc.start_plan(a_plan())
    state = svc.start_plan(replace(a_plan(), new_role="Director"), replace=True)
    assert state.plan is not None and state.plan.new_role == "Director"


def test_update_item_validates_and_keeps_the_old_value(svc: Altitude) -> None:
    item = svc.add_item(InventoryItem("Code review", 10, Mode.EXECUTION)).result
    with pytest.raises(ValidationError) as caught:
        svc.update_item(replace(item, hours=500))
    assert "hours" in caught.value.errors
    assert svc.reload().item(item.id or 0) == item


def test_a_decision_persists(svc: Altitude) -> None:
    item = svc.add_item(InventoryItem("Status reports", 3, Mode.EXECUTION)).result
    svc.update_item(replace(item, decision=Decision.STOP))
    assert svc.reload().items[0].decision is Decision.STOP


def test_deleted_item_can_come_back_with_its_id(svc: Altitude) -> None:
    item = svc.add_item(InventoryItem("Hiring", 5, Mode.STRATEGY)).result
    svc.delete_item(item.id or 0)
    assert svc.state.items == ()
    back = svc.add_item(item).result
    assert back == item


def test_unknown_item_is_a_clear_error(svc: Altitude) -> None:
    with pytest.raises(ActionError, match="no inventory item with id 42"):
        svc.delete_item(42)


def test_a_new_plan_over_an_old_one_backs_it_up_first(svc: Altitude, tmp_path: Path) -> None:
    svc.start_plan(a_plan())
    svc.start_plan(replace(a_plan(), new_role="Director"), replace=True)
    made = sorted((tmp_path / "data" / "backups").glob("altitude-*-new-plan.db"))
    assert len(made) == 1
