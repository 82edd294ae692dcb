"""The Plan page: edits saved at once and undoable; bad input explained and not saved."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QFocusEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QWidget

from altitude.services import Altitude
from altitude.ui.plan.page import PlanPage
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.dialogs import ScriptedDialogs
from altitude.ui.wizard import PlanWizard


@pytest.fixture
def page_for(qtbot, dialogs: ScriptedDialogs) -> Callable[[Altitude], PlanPage]:  # type: ignore[no-untyped-def]
    def make(service: Altitude) -> PlanPage:
        page = PlanPage(AppContext(service, dialogs))
        qtbot.addWidget(page)
        page.resize(1000, 1400)
        page.show()
        qtbot.waitExposed(page)
        return page

    return make


def saved_plan(service: Altitude):  # type: ignore[no-untyped-def]
    """The plan as the database holds it, read through a second connection."""
    fresh = Altitude.open(service.store.path.parent)
    try:
        return fresh.state.plan
    finally:
        fresh.close()


def finish_editing(widget: QWidget) -> None:
    widget.editingFinished.emit()  # what Enter or leaving the field does


def test_editing_the_new_role_saves_it_and_undo_restores_the_old_one(page_for, sample_service):
    page = page_for(sample_service)
    old = saved_plan(sample_service).new_role
    page.form.new_role.setText("Head of Payments")
    finish_editing(page.form.new_role)

    assert saved_plan(sample_service).new_role == "Head of Payments"
    assert page.ctx.undo_stack.count() == 1
    page.ctx.undo_stack.undo()
    assert saved_plan(sample_service).new_role == old
    assert page.form.new_role.text() == old  # the page redrew from the restored state
    page.ctx.undo_stack.redo()
    assert saved_plan(sample_service).new_role == "Head of Payments"


def test_an_empty_role_shows_a_message_beside_it_and_saves_nothing(page_for, sample_service):
    page = page_for(sample_service)
    before = saved_plan(sample_service)
    page.form.current_role.setText("")
    finish_editing(page.form.current_role)

    label = page.form.errors["current_role"]
    assert label.isVisible()
    assert label.message() == "Name the role you had."
    assert saved_plan(sample_service) == before
    assert page.ctx.undo_stack.count() == 0


def test_an_end_before_the_start_shows_a_message_and_saves_nothing(page_for, sample_service):
    page = page_for(sample_service)
    before = saved_plan(sample_service)
    page.form.end.setDate(page.form.start.date().addDays(-1))
    finish_editing(page.form.end)

    assert page.form.errors["horizon_end"].message() == "The plan must end after it starts."
    assert page.form.errors["horizon_end"].isVisible()
    assert saved_plan(sample_service) == before
    assert page.ctx.undo_stack.count() == 0


def test_a_target_change_is_saved_after_the_arrows_stop(page_for, sample_service, qtbot):
    page = page_for(sample_service)
    page.form.target.setValue(70)  # arrows or typing: no save per step
    assert saved_plan(sample_service).target_share == 55.0
    assert page.form.preview.points()[-1] == (90, 70.0)  # the preview follows at once

    with qtbot.waitSignal(page.ctx.state_changed):  # the debounce fires once
        pass
    plan = saved_plan(sample_service)
    assert plan.target_share == 70.0
    assert plan.milestones[-1].target_share == 70.0  # the day-90 milestone is the same point
    assert page.ctx.undo_stack.count() == 1


def test_finishing_edits_without_changes_saves_nothing(page_for, sample_service):
    plan = sample_service.state.plan
    sample_service.update_plan(replace(plan, baseline_share=25.04, current_role=" Engineer "))
    page = page_for(sample_service)
    before = saved_plan(sample_service)
    for field in (page.form.current_role, page.form.baseline, page.form.target, page.form.end):
        finish_editing(field)

    assert saved_plan(sample_service) == before
    assert page.ctx.undo_stack.count() == 0


def test_a_milestone_edit_is_saved_and_undone(page_for, sample_service):
    page = page_for(sample_service)
    share = page.form.milestones.share_box(0)
    assert share is not None
    share.setValue(30)
    finish_editing(share)

    plan = saved_plan(sample_service)
    assert (plan.milestones[0].day, plan.milestones[0].target_share) == (30, 30.0)
    assert plan.milestones[0].label == "30 days: first handovers running"
    page.ctx.undo_stack.undo()
    assert saved_plan(sample_service).milestones[0].target_share == 35.0


def test_unticking_an_identity_statement_saves_at_once(page_for, sample_service):
    page = page_for(sample_service)
    items = page.form.identity.list
    chosen = [
        items.item(r)
        for r in range(items.count())
        if items.item(r).checkState() == Qt.CheckState.Checked
    ]
    first = chosen[0].text()
    chosen[0].setCheckState(Qt.CheckState.Unchecked)

    assert first not in saved_plan(sample_service).identity
    assert len(saved_plan(sample_service).identity) == 4


def test_the_motive_is_saved_when_the_field_is_left(page_for, sample_service, qtbot):
    page = page_for(sample_service)
    motive = page.form.motive
    motive.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(motive, " Growing others.")
    assert saved_plan(sample_service).motive.endswith("I am away.")  # not per keystroke
    QApplication.sendEvent(motive, QFocusEvent(QEvent.Type.FocusOut))  # leaving the field

    assert saved_plan(sample_service).motive.endswith("I am away. Growing others.")
    assert page.ctx.undo_stack.count() == 1


def test_show_state_refreshes_the_fields_without_saving(page_for, sample_service):
    page = page_for(sample_service)
    sample_service.update_plan(replace(sample_service.state.plan, new_role="Director"))
    page.ctx.refresh()

    assert page.form.new_role.text() == "Director"
    assert page.ctx.undo_stack.count() == 0
    assert saved_plan(sample_service).new_role == "Director"


def test_the_preview_draws_the_saved_glide_path(page_for, sample_service):
    page = page_for(sample_service)
    assert page.form.preview.points() == [(0, 25.0), (30, 35.0), (60, 45.0), (90, 55.0)]
    assert "25% at the start" in page.form.preview.accessibleDescription()


def test_without_a_plan_the_page_offers_the_wizard(page_for, service):
    page = page_for(service)
    assert page.stack.currentIndex() == 0
    assert page.create_button.isVisible()
    page.create_button.click()

    assert isinstance(page.wizard, PlanWizard)
    assert page.wizard.isVisible() and not page.wizard.replace
    page.wizard.reject()
    assert service.store.is_empty()


def test_the_page_switches_to_the_form_once_a_plan_exists(page_for, service):
    page = page_for(service)
    service.load_sample()
    page.ctx.refresh()

    assert page.stack.currentIndex() == 1
    assert page.form.start.date() == QDate(2026, 8, 31)
    assert page.form.end.date() == QDate(2026, 8, 31).addDays(90)
    assert saved_plan(service).horizon_end - saved_plan(service).start_date == timedelta(days=90)


def test_adding_and_removing_milestones_is_saved_and_undoable(page_for, sample_service):
    page = page_for(sample_service)
    page.form.milestones.add_button.click()  # in the middle of the first longest stretch

    plan = saved_plan(sample_service)
    assert [(m.day, m.target_share) for m in plan.milestones] == [
        (15, 30.0),
        (30, 35.0),
        (60, 45.0),
        (90, 55.0),
    ]
    page.form.milestones.remove_button(2).click()  # day 60
    assert [m.day for m in saved_plan(sample_service).milestones] == [15, 30, 90]

    page.ctx.undo_stack.undo()
    page.ctx.undo_stack.undo()
    assert [m.day for m in saved_plan(sample_service).milestones] == [30, 60, 90]
    assert page.form.milestones.days() == (30, 60, 90)


def test_milestone_days_out_of_order_show_a_message_and_save_nothing(page_for, sample_service):
    page = page_for(sample_service)
    before = saved_plan(sample_service)
    page.form.milestones.day_box(1).setValue(20)  # day 60 -> 20, before day 30
    finish_editing(page.form.milestones.day_box(1))

    assert page.form.errors["milestones"].isVisible()
    assert "Milestone days must rise" in page.form.errors["milestones"].message()
    assert saved_plan(sample_service) == before


def test_a_pending_edit_is_saved_when_the_page_is_hidden(page_for, sample_service):
    page = page_for(sample_service)
    page.form.motive.moveCursor(QTextCursor.MoveOperation.End)
    page.form.motive.insertPlainText(" Still typing")
    assert saved_plan(sample_service).motive.endswith("I am away.")
    page.hide()  # another page, or the window closing

    assert saved_plan(sample_service).motive.endswith("I am away. Still typing")


def test_the_plan_fits_the_narrowest_window_without_scrolling_sideways(window_for, sample_service):  # type: ignore[no-untyped-def]
    window = window_for(sample_service)
    window.resize(window.minimumSize())
    window.show_page(1)
    page = window.current_page()
    room = window.width() - window.sidebar.width() - 40  # the page's margins and scroll bar
    assert page.form.minimumSizeHint().width() <= room
    assert page.form.new_role.cursorPosition() == 0  # a long role shows its start
