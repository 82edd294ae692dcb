"""The Inventory page: edits saved and undoable, weighing, decisions, the what-if line."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDoubleSpinBox, QLineEdit, QWidget

from altitude.domain.entities import Decision, Factors, InventoryItem, Mode, Status
from altitude.domain.metrics import what_if
from altitude.domain.weighing import RULES
from altitude.services import Altitude
from altitude.ui.inventory.model import Column
from altitude.ui.inventory.page import InventoryPage
from altitude.ui.inventory.weighing_panel import CHOICES
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.dialogs import ScriptedDialogs

# Sample plan items used below (resources/sample-plan.json).
PULL_REQUESTS = 1  # decided: delegate; an owned delegation
RELEASE_SIGN_OFF = 3  # a taken-back delegation and hours in the last check-in
STATUS_REPORT = 5  # undecided execution work, 2 h, no delegation


@pytest.fixture
def page_for(qtbot, dialogs: ScriptedDialogs) -> Callable[[Altitude], InventoryPage]:  # type: ignore[no-untyped-def]
    def make(service: Altitude) -> InventoryPage:
        page = InventoryPage(AppContext(service, dialogs))
        qtbot.addWidget(page)
        page.resize(1010, 700)
        page.show()
        qtbot.waitExposed(page)
        return page

    return make


@contextmanager
def reopened(service: Altitude) -> Iterator[Altitude]:
    """A second connection to the same database: what is really on disk."""
    other = Altitude.open(service.store.path.parent)
    try:
        yield other
    finally:
        other.close()


def cell(page: InventoryPage, item_id: int, column: Column):  # type: ignore[no-untyped-def]
    row = page.model.row_of(item_id)
    assert row is not None
    return page.proxy.mapFromSource(page.model.index(row, column))


def open_editor(qtbot, page: InventoryPage, item_id: int, column: Column) -> QWidget:  # type: ignore[no-untyped-def]
    index = cell(page, item_id, column)
    page.table.setCurrentIndex(index)
    page.table.edit(index)
    editor = page.table.indexWidget(index) or page.table.focusWidget()
    assert page.table.state() == QAbstractItemView.State.EditingState
    assert editor is not None
    return editor


def commit(qtbot, page: InventoryPage, editor: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Enter, as a user would; the delegate commits on the next turn of the event loop."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.table.state() != QAbstractItemView.State.EditingState)


def test_page_shows_the_sample_inventory_and_selects_the_first_item(
    page_for, sample_service: Altitude
) -> None:
    page = page_for(sample_service)
    assert page.title == "Inventory"
    assert page.proxy.rowCount() == len(sample_service.state.items) == 11
    assert page.panel.item_id() == page.proxy.index(0, 0).data(Qt.ItemDataRole.UserRole).id


def test_title_edit_is_saved_and_undo_restores_it_on_disk(
    qtbot, page_for, sample_service: Altitude
) -> None:
    page = page_for(sample_service)
    old_title = sample_service.state.item(PULL_REQUESTS).title
    editor = open_editor(qtbot, page, PULL_REQUESTS, Column.TITLE)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Payments PRs reviewed by the team")
    commit(qtbot, page, editor)

    with reopened(sample_service) as other:
        assert other.state.item(PULL_REQUESTS).title == "Payments PRs reviewed by the team"
    assert cell(page, PULL_REQUESTS, Column.TITLE).data() == "Payments PRs reviewed by the team"
    assert page.ctx.undo_stack.undoText() == f"Edit “{old_title}”"

    page.ctx.undo_stack.undo()
    assert sample_service.reload().item(PULL_REQUESTS).title == old_title
    with reopened(sample_service) as other:
        assert other.state.item(PULL_REQUESTS).title == old_title
    assert cell(page, PULL_REQUESTS, Column.TITLE).data() == old_title


def test_mode_and_hours_edit_through_their_editors(qtbot, page_for, sample_service) -> None:  # type: ignore[no-untyped-def]
    page = page_for(sample_service)
    combo = open_editor(qtbot, page, STATUS_REPORT, Column.MODE)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("strategy"))
    commit(qtbot, page, combo)
    spin = open_editor(qtbot, page, STATUS_REPORT, Column.HOURS)
    assert isinstance(spin, QDoubleSpinBox)
    spin.setValue(1.5)
    commit(qtbot, page, spin)

    with reopened(sample_service) as other:
        item = other.state.item(STATUS_REPORT)
        assert (item.mode, item.hours) == (Mode.STRATEGY, 1.5)
    assert page.ctx.undo_stack.count() == 2
    page.ctx.undo_stack.undo()
    page.ctx.undo_stack.undo()
    with reopened(sample_service) as other:
        item = other.state.item(STATUS_REPORT)
        assert (item.mode, item.hours) == (Mode.EXECUTION, 2.0)


def test_invalid_hours_show_a_message_and_save_nothing(qtbot, page_for, sample_service) -> None:  # type: ignore[no-untyped-def]
    page = page_for(sample_service)
    before = sample_service.state.item(STATUS_REPORT)
    assert page.message.isHidden()
    spin = open_editor(qtbot, page, STATUS_REPORT, Column.HOURS)
    assert isinstance(spin, QDoubleSpinBox)
    spin.setValue(0.0)
    commit(qtbot, page, spin)

    assert page.message.isVisible()
    assert page.message.property("role") == "error"
    assert page.message.text() == (
        f"“{before.title}”: Hours per week must be more than 0 and at most 100."
    )
    assert page.ctx.undo_stack.count() == 0
    with reopened(sample_service) as other:
        assert other.state.item(STATUS_REPORT) == before
    assert cell(page, STATUS_REPORT, Column.HOURS).data() == "2 h"

    # A good value afterwards clears the message.
    spin = open_editor(qtbot, page, STATUS_REPORT, Column.HOURS)
    spin.setValue(3.0)
    commit(qtbot, page, spin)
    assert page.message.isHidden()
    assert sample_service.state.item(STATUS_REPORT).hours == 3.0


def test_weighing_suggestion_and_reason_follow_the_sliders(qtbot, page_for, sample_service) -> None:  # type: ignore[no-untyped-def]
    page = page_for(sample_service)
    page.select(STATUS_REPORT)
    panel = page.panel
    assert panel.item_id() == STATUS_REPORT
    reasons = {rule.id: rule.reason for rule in RULES}
    for name, value in dict(leverage=1, only_you=3, risk=1, growth=1, attachment=1).items():
        panel.sliders[name].setValue(value)
    assert "Stop doing it" in panel.suggestion.text()
    assert panel.reason.text() == reasons["nobody-misses"]

    panel.sliders["risk"].setValue(5)
    panel.sliders["growth"].setValue(5)
    assert "Coach, then delegate" in panel.suggestion.text()
    assert panel.reason.text() == reasons["coach-first"]
    assert panel.values["risk"].text() == "5 · very high"

    # Nothing is saved while the sliders move; once they settle it is one undoable edit.
    assert page.ctx.undo_stack.count() == 0
    with qtbot.waitSignal(panel.factors_changed):
        pass  # the settle timer fires on its own
    expected = Factors(leverage=1, only_you=3, risk=5, growth=5, attachment=1)
    with reopened(sample_service) as other:
        assert other.state.item(STATUS_REPORT).factors == expected
    assert page.ctx.undo_stack.count() == 1
    assert page.ctx.undo_stack.undoText().startswith("Weigh “Compiling the weekly status report")
    assert cell(page, STATUS_REPORT, Column.SUGGESTED).data() == "Coach first"

    page.ctx.undo_stack.undo()
    assert sample_service.reload().item(STATUS_REPORT).factors == Factors(2, 2, 2, 2, 1)
    assert panel.sliders["risk"].value() == 2
    assert panel.reason.text() == reasons["nobody-misses"]


def test_moving_to_another_row_saves_the_pending_weighing_first(
    qtbot, page_for, sample_service
) -> None:  # type: ignore[no-untyped-def]
    page = page_for(sample_service)
    page.select(STATUS_REPORT)
    page.panel.sliders["leverage"].setValue(4)
    page.table.setCurrentIndex(cell(page, PULL_REQUESTS, Column.TITLE))
    assert page.panel.item_id() == PULL_REQUESTS
    assert sample_service.state.item(STATUS_REPORT).factors.leverage == 4
    assert sample_service.state.item(PULL_REQUESTS).factors.leverage == 2


def decision_button(page: InventoryPage, decision: Decision):  # type: ignore[no-untyped-def]
    return page.panel.decisions.button(CHOICES.index(decision))


def test_what_if_line_updates_after_a_decision(qtbot, page_for, sample_service) -> None:  # type: ignore[no-untyped-def]
    page = page_for(sample_service)
    state = sample_service.state
    assert page.whatif.text() == (
        "If you carry out these decisions: 38% execution / 62% strategy — target 55%. "
        "Today: 25% strategy."
    )
    page.select(STATUS_REPORT)
    qtbot.mouseClick(decision_button(page, Decision.STOP), Qt.MouseButton.LeftButton)

    state = sample_service.state
    assert state.item(STATUS_REPORT).decision == Decision.STOP
    split = what_if(state.items, state.delegations)
    assert round(split.strategy_share) == 70  # 11.5 h of strategy in 16.5 h, not 18.5 h
    assert page.whatif.text().startswith(
        "If you carry out these decisions: 30% execution / 70% strategy — target 55%."
    )
    assert decision_button(page, Decision.STOP).isChecked()
    assert cell(page, STATUS_REPORT, Column.DECISION).data() == "Stop"
    page.ctx.undo_stack.undo()
    assert sample_service.state.item(STATUS_REPORT).decision == Decision.UNDECIDED
    assert "38% execution / 62% strategy" in page.whatif.text()
    assert not any(decision_button(page, d).isChecked() for d in CHOICES)


def test_choosing_delegate_with_confirm_creates_a_prefilled_delegation(
    qtbot, page_for, sample_service, dialogs: ScriptedDialogs
) -> None:  # type: ignore[no-untyped-def]
    dialogs.answer_confirm = True
    page = page_for(sample_service)
    messages: list[str] = []
    page.ctx.status_message.connect(messages.append)
    item = sample_service.state.item(STATUS_REPORT)
    page.select(STATUS_REPORT)
    qtbot.mouseClick(decision_button(page, Decision.DELEGATE), Qt.MouseButton.LeftButton)

    assert [kind for kind, _, _ in dialogs.calls] == ["confirm"]
    with reopened(sample_service) as other:
        made = [d for d in other.state.delegations if d.item_id == STATUS_REPORT]
        assert other.state.item(STATUS_REPORT).decision == Decision.DELEGATE
    assert len(made) == 1
    assert made[0].outcome == item.title
    assert made[0].hours_freed == item.hours == 2.0
    assert made[0].status == Status.PLANNED
    assert "delegation" in messages[-1] and "Delegation page" in messages[-1]

    page.ctx.undo_stack.undo()  # one step takes back both
    state = sample_service.reload()
    assert state.item(STATUS_REPORT).decision == Decision.UNDECIDED
    assert not [d for d in state.delegations if d.item_id == STATUS_REPORT]
    page.ctx.undo_stack.redo()
    assert sample_service.state.delegation(made[0].id) == made[0]


def test_declining_the_delegation_still_records_the_decision(
    qtbot, page_for, sample_service, dialogs: ScriptedDialogs
) -> None:  # type: ignore[no-untyped-def]
    dialogs.answer_confirm = False
    page = page_for(sample_service)
    page.select(STATUS_REPORT)
    qtbot.mouseClick(decision_button(page, Decision.COACH), Qt.MouseButton.LeftButton)
    state = sample_service.state
    assert state.item(STATUS_REPORT).decision == Decision.COACH
    assert not [d for d in state.delegations if d.item_id == STATUS_REPORT]


def test_delete_and_undo_restore_the_item_with_its_id_and_links(
    qtbot, page_for, sample_service
) -> None:  # type: ignore[no-untyped-def]
    before = sample_service.state
    item = before.item(RELEASE_SIGN_OFF)
    linked = [d for d in before.delegations if d.item_id == RELEASE_SIGN_OFF]
    assert linked and any(RELEASE_SIGN_OFF in dict(c.item_hours) for c in before.checkins)
    page = page_for(sample_service)
    page.select(RELEASE_SIGN_OFF)
    page.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)

    after = sample_service.state
    assert after.item(RELEASE_SIGN_OFF) is None
    assert page.model.row_of(RELEASE_SIGN_OFF) is None
    assert page.panel.item_id() not in (None, RELEASE_SIGN_OFF)  # a neighbour is shown
    assert all(d.item_id is None for d in after.delegations if d.id == linked[0].id)

    page.ctx.undo_stack.undo()
    with reopened(sample_service) as other:
        restored = other.state
    assert restored.item(RELEASE_SIGN_OFF) == item
    assert restored.delegations == before.delegations
    assert restored.checkins == before.checkins
    assert page.model.row_of(RELEASE_SIGN_OFF) is not None


def test_delete_button_and_redo(qtbot, page_for, sample_service) -> None:  # type: ignore[no-untyped-def]
    page = page_for(sample_service)
    page.select(STATUS_REPORT)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert sample_service.state.item(STATUS_REPORT) is None
    page.ctx.undo_stack.undo()
    assert sample_service.state.item(STATUS_REPORT) is not None
    page.ctx.undo_stack.redo()
    assert sample_service.state.item(STATUS_REPORT) is None


def test_new_item_adds_a_new_task_ready_to_edit_and_undo_removes_it(
    qtbot, page_for, service: Altitude
) -> None:  # type: ignore[no-untyped-def]
    page = page_for(service)
    assert page.panel.item_id() is None
    page.new_item()
    items = service.state.items
    assert [(i.title, i.hours, i.mode) for i in items] == [("New task", 1.0, Mode.EXECUTION)]
    new_id = items[0].id
    assert page.panel.item_id() == new_id
    assert page.table.state() == QAbstractItemView.State.EditingState
    assert page.table.currentIndex().column() == Column.TITLE

    editor = page.table.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Approve holiday requests")
    commit(qtbot, page, editor)
    assert service.state.item(new_id).title == "Approve holiday requests"

    page.ctx.undo_stack.undo()  # the title
    page.ctx.undo_stack.undo()  # the item
    assert service.reload().items == ()
    assert page.proxy.rowCount() == 0
    page.ctx.undo_stack.redo()
    assert [i.id for i in service.state.items] == [new_id]


def test_filter_box_narrows_the_rows(page_for, sample_service) -> None:  # type: ignore[no-untyped-def]
    page = page_for(sample_service)
    page.filter.setText("payments")
    titles = [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]
    assert titles and all("payments" in t.lower() for t in titles)
    page.new_item()  # adding clears the filter so the new row is visible
    assert page.filter.text() == ""


def test_a_refused_service_edit_leaves_the_page_as_saved(
    qtbot, page_for, service: Altitude, dialogs: ScriptedDialogs
) -> None:  # type: ignore[no-untyped-def]
    saved = service.add_item(InventoryItem("Code reviews", 4.0, Mode.EXECUTION)).result
    page = page_for(service)
    service.delete_item(saved.id)  # e.g. removed from the command line meanwhile
    assert not page.edits.edit(saved, replace(saved, title="Reviews"))
    assert dialogs.errors() and page.proxy.rowCount() == 0
