"""The Delegation page: create, edit, move along, take back — each saved and undoable."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QDialog

from altitude.domain.entities import (
    Decision,
    InventoryItem,
    LevelStep,
    Mode,
    Person,
    Status,
    WeeklyCheckIn,
)
from altitude.domain.levels import timeline_series
from altitude.domain.metrics import hours_freed, what_if
from altitude.domain.weeks import IsoWeek
from altitude.services import Altitude
from altitude.ui.delegation.model import Column
from altitude.ui.delegation.page import DelegationPage
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.dialogs import ScriptedDialogs
from altitude.ui.shared.level_timeline import describe, plan_note

TODAY = date(2026, 11, 23)


@pytest.fixture
def ctx(service: Altitude, dialogs: ScriptedDialogs) -> AppContext:
    return AppContext(service, dialogs)


@pytest.fixture
def page(qtbot, ctx: AppContext) -> DelegationPage:  # type: ignore[no-untyped-def]
    widget = DelegationPage(ctx)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def release(service: Altitude) -> InventoryItem:
    """An inventory item to hand over, and Sam to hand it to."""
    service.add_item(InventoryItem("Weekly status report", 2.0, Mode.EXECUTION))
    item = service.add_item(InventoryItem("Release sign-off", 3.0, Mode.EXECUTION)).result
    service.add_person(Person("Sam", role="SRE"))
    return item


def _sam(service: Altitude) -> int:
    return next(p.id for p in service.state.people if p.name == "Sam")


def _watch(page: DelegationPage, delegation_id: int) -> str:
    row = page.model.row_of(delegation_id)
    return page.model.index(row, Column.WATCH).data()


# ---------------------------------------------------------------- creating


def test_create_delegation_from_inventory_item_prefills_and_frees_its_hours(
    page: DelegationPage, service: Altitude, release: InventoryItem
) -> None:
    before = what_if(service.state.items, service.state.delegations)
    created = page.create_delegation(release.id, _sam(service))
    assert created is not None
    saved = service.reload().delegation(created.id)
    assert saved.outcome == "Release sign-off"
    assert saved.hours_freed == 3.0
    assert saved.owner_id == _sam(service)
    assert saved.status == Status.PLANNED
    assert page.editor.outcome.text() == "Release sign-off"
    assert page.editor.source.text() == "Release sign-off"
    # Planned: the what-if already counts the item as gone, but nothing is freed yet.
    state = service.state
    assert state.item(release.id).decision == Decision.DELEGATE
    assert what_if(state.items, state.delegations).execution_hours == before.execution_hours - 3.0
    assert hours_freed(state.delegations) == 0.0
    page.handover_button.click()
    assert hours_freed(service.state.delegations) == 3.0
    page.owned_button.click()
    assert service.reload().delegation(created.id).status == Status.OWNED
    assert hours_freed(service.state.delegations) == 3.0


def test_new_delegation_dialog_offers_inventory_items_without_blocking(
    page: DelegationPage, service: Altitude, release: InventoryItem
) -> None:
    page.new_item()
    dialog = page.new_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.choose_item(release.id)
    dialog.choose_owner(_sam(service))
    dialog.accept()
    [created] = service.state.delegations
    assert (created.outcome, created.item_id, created.owner_id) == (
        "Release sign-off",
        release.id,
        _sam(service),
    )
    assert page.selected().id == created.id


def test_new_delegation_dialog_starts_from_an_item_you_decided_to_let_go(
    page: DelegationPage, service: Altitude, release: InventoryItem
) -> None:
    service.update_item(replace(release, decision=Decision.DELEGATE))
    page.new_item()
    dialog = page.new_dialog
    assert dialog.item_id() == release.id
    assert dialog.preview.text() == (
        "Outcome “Release sign-off”; 3 h a week freed once you start handing it over."
    )
    dialog.choose_item(None)
    assert dialog.item_id() is None
    assert dialog.preview.text() == "You write the outcome and its hours yourself."


def test_new_delegation_from_scratch_and_undo_removes_it(
    page: DelegationPage, service: Altitude, ctx: AppContext
) -> None:
    assert page.summary.text().startswith("Nothing handed over yet.")
    assert not page.editor.isEnabled() and not page.delete_button.isEnabled()
    page.new_item()
    page.new_dialog.accept()  # "write the outcome from scratch", owner decided later
    [created] = service.state.delegations
    assert created.outcome == "New outcome" and created.item_id is None
    assert created.next_checkin == TODAY + timedelta(days=7)
    ctx.undo_stack.undo()
    assert service.reload().delegations == ()
    ctx.undo_stack.redo()
    assert [d.id for d in service.reload().delegations] == [created.id]


def test_undo_of_create_restores_the_items_decision(
    page: DelegationPage, service: Altitude, release: InventoryItem, ctx: AppContext
) -> None:
    page.create_delegation(release.id)
    assert service.state.item(release.id).decision == Decision.DELEGATE
    ctx.undo_stack.undo()
    assert service.reload().item(release.id).decision == Decision.UNDECIDED


# ---------------------------------------------------------------- boomerangs


def test_boomerang_hours_are_flagged_in_the_ledger_and_editor(
    page: DelegationPage, service: Altitude, release: InventoryItem, ctx: AppContext
) -> None:
    created = page.create_delegation(release.id, _sam(service))
    page.start_handover()
    assert _watch(page, created.id) == ""
    week = IsoWeek.of(TODAY)
    service.record_checkin(WeeklyCheckIn(week, 3.0, 0.0, item_hours=((release.id, 3.0),)))
    ctx.refresh()
    assert week.monday() == date(2026, 11, 23)
    message = "You spent 3 h on Release sign-off, delegated to Sam in the week of 23 Nov 2026."
    assert message in _watch(page, created.id)
    assert page.editor.boomerang_box.isVisibleTo(page)
    assert message in page.editor.boomerang.text()
    assert "came back to you in 1 week" in page.summary.text()


def test_hours_on_a_planned_delegation_are_not_a_boomerang(
    page: DelegationPage, service: Altitude, release: InventoryItem, ctx: AppContext
) -> None:
    created = page.create_delegation(release.id, _sam(service))
    service.record_checkin(
        WeeklyCheckIn(IsoWeek.of(TODAY), 3.0, 0.0, item_hours=((release.id, 3.0),))
    )
    ctx.refresh()
    assert _watch(page, created.id) == ""
    assert not page.editor.boomerang_box.isVisibleTo(page)


# ---------------------------------------------------------------- editing


def test_level_and_status_changes_persist_in_the_database(
    page: DelegationPage, service: Altitude, release: InventoryItem
) -> None:
    created = page.create_delegation(release.id, _sam(service))
    picker = page.editor.level
    picker.setCurrentIndex(picker.findData(5))
    picker.activated.emit(picker.currentIndex())
    page.handover_button.click()
    saved = service.reload().delegation(created.id)
    assert saved.level == 5
    assert saved.status == Status.HANDING_OVER
    assert [c.level for c in saved.level_history] == [3, 5]
    assert page.editor.level_meaning.text() == "They decide; I offer my advice."


def test_undo_of_an_edit_restores_the_database_value(
    page: DelegationPage, service: Altitude, release: InventoryItem, ctx: AppContext
) -> None:
    created = page.create_delegation(release.id, _sam(service))
    page.editor.outcome.setText("Releases go out safely with the team's own sign-off")
    page.editor.outcome.editingFinished.emit()
    page.editor.cadence.setValue(14)
    page.editor.cadence.editingFinished.emit()
    saved = service.reload().delegation(created.id)
    assert saved.outcome == "Releases go out safely with the team's own sign-off"
    assert saved.cadence_days == 14
    ctx.undo_stack.undo()
    assert service.reload().delegation(created.id).cadence_days == 7
    ctx.undo_stack.undo()
    assert service.reload().delegation(created.id).outcome == "Release sign-off"
    assert page.editor.outcome.text() == "Release sign-off"


def test_invalid_edit_shows_a_message_beside_the_field_and_saves_nothing(
    page: DelegationPage, service: Altitude, release: InventoryItem, ctx: AppContext
) -> None:
    created = page.create_delegation(release.id)
    depth = ctx.undo_stack.count()
    page.editor.outcome.setText("   ")
    page.editor.outcome.editingFinished.emit()
    error = page.editor.errors["outcome"]
    assert error.isVisibleTo(page)
    assert error.message() == "Describe the outcome you hand over."
    assert service.reload().delegation(created.id).outcome == "Release sign-off"
    assert ctx.undo_stack.count() == depth


def test_next_checkin_can_be_unscheduled_and_hours_edited(
    page: DelegationPage, service: Altitude, release: InventoryItem
) -> None:
    created = page.create_delegation(release.id)
    editor = page.editor
    editor.next_checkin.setDate(editor.next_checkin.minimumDate())
    editor.next_checkin.editingFinished.emit()
    editor.hours.setValue(2.5)
    editor.hours.editingFinished.emit()
    saved = service.reload().delegation(created.id)
    assert saved.next_checkin is None
    assert saved.hours_freed == 2.5
    assert editor.next_checkin.text() == "Not scheduled"


def test_level_plan_steps_are_saved_and_drawn(
    page: DelegationPage, service: Altitude, release: InventoryItem
) -> None:
    created = page.create_delegation(release.id)
    plan = page.editor.level_plan
    plan.add_button.click()  # from the start, level 3
    plan.add_button.click()  # by week 4, level 4
    week, level, _ = plan.step_widgets(1)
    week.setValue(8)
    week.editingFinished.emit()
    level.setCurrentIndex(level.findData(6))
    level.activated.emit(level.currentIndex())
    saved = service.reload().delegation(created.id)
    assert saved.level_plan == (LevelStep(0, 3), LevelStep(8, 6))
    series = page.editor.timeline.series()
    assert series is not None and series.planned == ((0.0, 3), (8.0, 6))
    plan.step_widgets(0)[2].click()  # remove the first step
    assert service.reload().delegation(created.id).level_plan == (LevelStep(8, 6),)


def test_delete_and_undo_bring_the_delegation_back_with_its_id(
    page: DelegationPage, sample_service: Altitude, ctx: AppContext
) -> None:
    ctx.refresh()
    chosen = page.selected()
    page.delete_selected()
    assert sample_service.reload().delegation(chosen.id) is None
    ctx.undo_stack.undo()
    assert sample_service.reload().delegation(chosen.id) == chosen


# ---------------------------------------------------------------- check-ins and taking back


def test_log_a_checkin_through_its_dialog_without_exec(
    page: DelegationPage, service: Altitude, release: InventoryItem, ctx: AppContext
) -> None:
    created = page.create_delegation(release.id, _sam(service))
    page.checkin_button.click()
    dialog = page.checkin_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.on.setDate(dialog.on.date().addDays(-1))
    dialog.note.setPlainText("Sam ran the release; asked one good question.")
    dialog.on_track.setChecked(False)
    dialog.accept()
    assert page.checkin_dialog is None  # closed and forgotten
    saved = service.reload().delegation(created.id)
    [entry] = saved.checkins
    assert (entry.on, entry.note, entry.on_track) == (
        TODAY - timedelta(days=1),
        "Sam ran the release; asked one good question.",
        False,
    )
    assert saved.next_checkin == TODAY - timedelta(days=1) + timedelta(days=7)
    assert "✗ off track" in page.editor.history.text()
    ctx.undo_stack.undo()
    assert service.reload().delegation(created.id).checkins == ()


def test_checkin_dialog_refuses_a_note_that_cannot_be_saved(
    page: DelegationPage, service: Altitude, release: InventoryItem
) -> None:
    created = page.create_delegation(release.id)
    page.log_checkin()
    dialog = page.checkin_dialog
    dialog.note.setPlainText("bad\x00note")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "control characters" in dialog.error.message()
    assert service.reload().delegation(created.id).checkins == ()


@pytest.mark.parametrize("answer", [None, "", "   "])
def test_take_back_without_a_reason_is_refused(
    page: DelegationPage,
    service: Altitude,
    release: InventoryItem,
    dialogs: ScriptedDialogs,
    answer: str | None,
) -> None:
    created = page.create_delegation(release.id, _sam(service))
    page.start_handover()
    dialogs.answer_text = answer
    page.take_back_button.click()
    assert [kind for kind, *_ in dialogs.calls] == ["ask_text"]
    assert service.reload().delegation(created.id).status == Status.HANDING_OVER
    assert page.message.isVisibleTo(page)
    assert page.message.text().startswith("Not taken back: say why")


def test_take_back_with_a_reason_is_saved_and_shown(
    page: DelegationPage,
    service: Altitude,
    release: InventoryItem,
    dialogs: ScriptedDialogs,
    ctx: AppContext,
) -> None:
    created = page.create_delegation(release.id, _sam(service))
    page.start_handover()
    dialogs.answer_text = "  A release went out without a rollback plan.  "
    page.take_back()
    saved = service.reload().delegation(created.id)
    assert saved.status == Status.TAKEN_BACK
    assert saved.taken_back_reason == "A release went out without a rollback plan."
    assert saved.next_checkin is None
    assert _watch(page, created.id) == "Taken back: A release went out without a rollback plan."
    assert page.editor.taken_back_box.isVisibleTo(page)
    assert "A release went out without a rollback plan." in page.editor.taken_back.text()
    assert not page.take_back_button.isEnabled() and not page.handover_button.isEnabled()
    assert hours_freed(service.state.delegations) == 0.0
    ctx.undo_stack.undo()
    assert service.reload().delegation(created.id).status == Status.HANDING_OVER


# ---------------------------------------------------------------- the sample ledger


def test_sample_ledger_filters_by_status_and_counts(
    page: DelegationPage, sample_service: Altitude, ctx: AppContext
) -> None:
    ctx.refresh()
    assert page.filter_buttons[None].text() == "All (4)"
    assert page.filter_buttons[Status.TAKEN_BACK].text() == "Taken back (1)"
    page.filter_buttons[Status.TAKEN_BACK].click()
    assert page.proxy.rowCount() == 1
    assert page.selected().status == Status.TAKEN_BACK
    assert page.editor.taken_back.text().startswith("<b>Taken back:</b> A settlement deploy")
    assert "Freed so far: 9 h a week" in page.summary.text()
    assert "2 check-ins due" in page.summary.text()


def test_level_timeline_follows_plan_and_history(sample_service: Altitude) -> None:
    escalations = next(d for d in sample_service.state.delegations if d.item_id == 2)
    series = timeline_series(escalations, TODAY)
    assert series.planned == ((0.0, 2), (3.0, 3), (7.0, 4), (11.0, 5))
    assert series.actual == ((0.0, 2), (3.0, 3))
    assert series.now == 7.0  # 5 Oct to 23 Nov
    assert series.span == 13.0
    assert plan_note(escalations, TODAY) == (
        "Behind plan: the plan has 4 · Agree by now. Next: 5 · Advise by week 11."
    )
    assert describe(escalations, TODAY).startswith("Planned: level 2 from the start, level 3")


def test_level_timeline_paints_in_light_and_dark(
    page: DelegationPage, sample_service: Altitude, ctx: AppContext
) -> None:
    ctx.refresh()
    timeline = page.editor.timeline
    timeline.resize(420, 200)
    light = timeline.grab().toImage()
    ctx.set_dark(True)
    dark = timeline.grab().toImage()
    assert not light.isNull() and light != dark  # the actual line changes colour
    assert "Actual: 5 · Advise since" in timeline.accessibleDescription()
