"""The delegation ledger's table model and its status filter."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import Qt

from altitude.domain.entities import Delegation, InventoryItem, Mode, Person, Status, WeeklyCheckIn
from altitude.domain.metrics import boomerangs_by_delegation
from altitude.domain.weeks import IsoWeek
from altitude.services import Altitude
from altitude.ui.delegation.model import (
    DELEGATION_ROLE,
    SORT_ROLE,
    Column,
    DelegationModel,
    LedgerFilter,
)
from altitude.ui.shared.boomerang_text import boomerang_message
from altitude.ui.shared.ledger_rows import ledger_rows, level_label, level_meaning

TODAY = date(2026, 11, 23)


def _model(service: Altitude) -> DelegationModel:
    model = DelegationModel()
    model.set_rows(ledger_rows(service.state, service.today()))
    return model


def _cell(
    model: DelegationModel, outcome_start: str, column: Column, role=Qt.ItemDataRole.DisplayRole
):  # type: ignore[no-untyped-def]
    for row in range(model.rowCount()):
        if model.row(row).delegation.outcome.startswith(outcome_start):
            return model.index(row, column).data(role)
    raise AssertionError(f"no delegation starting {outcome_start!r}")


def test_delegation_model_and_filter_pass_qtmodeltester(qtmodeltester, sample_service) -> None:  # type: ignore[no-untyped-def]
    model = _model(sample_service)
    qtmodeltester.check(model)
    proxy = LedgerFilter()
    proxy.setSourceModel(model)
    proxy.set_status(Status.OWNED)
    qtmodeltester.check(proxy)


def test_due_checkins_are_marked_in_words_and_bold(sample_service) -> None:  # type: ignore[no-untyped-def]
    model = _model(sample_service)
    # The sample's review and escalation delegations have a check-in due today.
    due_text = _cell(model, "Payments pull requests", Column.CHECKIN)
    assert due_text.startswith("Due")
    assert _cell(model, "Payments pull requests", Column.CHECKIN, Qt.ItemDataRole.FontRole).bold()
    assert _cell(model, "Escalated production", Column.WATCH).endswith("Check-in due")
    later = _cell(model, "Each sprint starts", Column.CHECKIN)
    assert "Due" not in later and later != "—"
    assert _cell(model, "Each sprint starts", Column.CHECKIN, Qt.ItemDataRole.FontRole) is None


def test_taken_back_row_shows_its_reason(sample_service) -> None:  # type: ignore[no-untyped-def]
    model = _model(sample_service)
    watch = _cell(model, "Payment-gateway releases", Column.WATCH)
    assert watch.startswith("Taken back: A settlement deploy approved on 9 October")
    assert _cell(model, "Payment-gateway releases", Column.CHECKIN) == "—"
    assert _cell(model, "Payment-gateway releases", Column.STATUS) == "Taken back"


def test_sample_boomerang_is_credited_to_the_review_delegation(sample_service) -> None:  # type: ignore[no-untyped-def]
    found = boomerangs_by_delegation(sample_service.state)
    review = next(d for d in sample_service.state.delegations if d.item_id == 1)
    assert list(found) == [review.id]
    message = boomerang_message(found[review.id][0])
    assert message == (
        "You spent 4 h on Reviewing every pull request on the payments services, "
        "delegated to Priya Raman in the week of 7 Sept 2026."
    )
    assert message in _cell(_model(sample_service), "Payments pull requests", Column.WATCH)


def test_boomerang_goes_to_the_latest_hand_over_of_the_item(service: Altitude) -> None:
    item = service.add_item(InventoryItem("Release sign-off", 3.0, Mode.EXECUTION)).result
    ana = service.add_person(Person("Ana")).result
    sam = service.add_person(Person("Sam")).result
    first = service.add_delegation(
        Delegation(
            "Releases v1",
            TODAY - timedelta(days=60),
            owner_id=ana.id,
            item_id=item.id,
            status=Status.OWNED,
        )
    ).result
    second = service.add_delegation(
        Delegation(
            "Releases v2",
            TODAY - timedelta(days=10),
            owner_id=sam.id,
            item_id=item.id,
            status=Status.HANDING_OVER,
        )
    ).result
    week = IsoWeek.of(TODAY)
    service.record_checkin(WeeklyCheckIn(week, 3.0, 0.0, item_hours=((item.id, 3.0),)))
    found = boomerangs_by_delegation(service.state)
    assert list(found) == [second.id]
    assert first.id not in found
    assert "delegated to Sam in" in found[second.id][0].message


def test_hours_freed_sort_as_numbers_and_planned_hours_look_quiet(sample_service) -> None:  # type: ignore[no-untyped-def]
    model = _model(sample_service)
    hours = sorted(model.index(r, Column.FREED).data(SORT_ROLE) for r in range(model.rowCount()))
    assert hours == [2.5, 3.0, 3.0, 6.0]
    planned_colour = _cell(
        model, "Each sprint starts", Column.FREED, Qt.ItemDataRole.ForegroundRole
    )
    owned_colour = _cell(
        model, "Payments pull requests", Column.FREED, Qt.ItemDataRole.ForegroundRole
    )
    assert planned_colour is not None and owned_colour is None


def test_status_filter_keeps_only_that_status(sample_service) -> None:  # type: ignore[no-untyped-def]
    proxy = LedgerFilter()
    proxy.setSourceModel(_model(sample_service))
    assert proxy.rowCount() == 4
    for status in Status:
        proxy.set_status(status)
        shown = [proxy.index(r, 0).data(DELEGATION_ROLE).status for r in range(proxy.rowCount())]
        assert shown == [status]
    proxy.set_status(None)
    assert proxy.rowCount() == 4


def test_rows_update_in_place_when_only_values_change(qtbot, sample_service) -> None:  # type: ignore[no-untyped-def]
    model = _model(sample_service)
    rows = ledger_rows(sample_service.state, TODAY)
    changed = [replace(rows[0], owner="Someone else"), *rows[1:]]
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged):
        model.set_rows(changed)
    assert model.index(0, Column.OWNER).data() == "Someone else"
    with qtbot.waitSignal(model.modelReset):
        model.set_rows(changed[1:])
    assert model.rowCount() == 3


def test_level_is_shown_with_its_name_and_meaning() -> None:
    assert level_label(1) == "1 · Tell"
    assert level_meaning(1) == "I decide and tell them."
    assert level_label(7) == "7 · Delegate"
    assert level_meaning(7) == "They decide; I don't need to know."
