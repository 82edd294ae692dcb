"""The first-run wizard: what it saves on Finish, and what it refuses to save."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWizard

from altitude.domain.entities import Mode
from altitude.services import Altitude
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.dialogs import ScriptedDialogs
from altitude.ui.wizard import PlanWizard, open_plan_wizard

REVIEWING = "Reviewing every change before it merges"  # 6 h, execution, in the catalogue
ONE_TO_ONES = "One-to-ones with your team"  # 3 h, strategy


@pytest.fixture
def ctx(service: Altitude, dialogs: ScriptedDialogs) -> AppContext:
    return AppContext(service, dialogs)


@pytest.fixture
def wizard(qtbot, ctx: AppContext) -> PlanWizard:  # type: ignore[no-untyped-def]
    w = PlanWizard(ctx)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def fill_move(w: PlanWizard, new_role: str = "Engineering manager") -> None:
    assert w.currentPage() is w.move_step
    w.move_step.current_role.setText("Senior engineer")
    w.move_step.new_role.setText(new_role)


def walk_to_tasks(w: PlanWizard) -> None:
    w.next()
    fill_move(w)
    w.next()
    assert w.currentPage() is w.situation  # "Not sure" is ticked: Next moves on
    w.next()
    w.motive.motive.setPlainText("I want the team to own its work.")
    w.next()
    tick_statement(w, "Delegate outcomes, not tasks")  # one every field shares
    w.identity.editor.new_text.setText("Ask before I answer")
    w.identity.editor.add_own()
    w.next()
    assert w.currentPage() is w.tasks


def tick_statement(w: PlanWizard, text: str) -> None:
    (item,) = w.identity.editor.list.findItems(text, Qt.MatchFlag.MatchExactly)
    item.setCheckState(Qt.CheckState.Checked)


def tick(w: PlanWizard, title: str, hours: float | None = None) -> None:
    row = w.tasks.picker.row_for(title)
    row.tick.setChecked(True)
    if hours is not None:
        row.hours.setValue(hours)


def finish(w: PlanWizard) -> None:
    w.button(QWizard.WizardButton.FinishButton).click()


def test_wizard_end_to_end_saves_the_plan_and_its_inventory(wizard, ctx, service):
    walk_to_tasks(wizard)
    tick(wizard, REVIEWING, 6)
    tick(wizard, ONE_TO_ONES, 2)
    wizard.tasks.picker.own_title.setText("Budget and forecasts")
    wizard.tasks.picker.add_own()
    wizard.tasks.picker.row_for("Budget and forecasts").hours.setValue(2)
    wizard.next()
    assert wizard.currentPage() is wizard.target
    wizard.target.spin.setValue(60)
    ctx.undo_stack.push(_noop_command())  # an old, unrelated undo entry
    finish(wizard)

    assert wizard.result() == QWizard.DialogCode.Accepted
    assert ctx.undo_stack.count() == 0  # a new plan is not undoable
    fresh = Altitude.open(service.store.path.parent)
    try:
        state = fresh.state
    finally:
        fresh.close()
    plan = state.plan
    assert plan is not None
    assert (plan.current_role, plan.new_role) == ("Senior engineer", "Engineering manager")
    assert plan.start_date == service.today()  # the injected clock, 2026-11-23
    assert plan.horizon_end == service.today() + timedelta(days=90)
    assert plan.baseline_share == 20.0  # 2 of 10 hours on strategy
    assert plan.target_share == 60.0
    assert [(m.day, m.target_share) for m in plan.milestones] == [
        (30, 33.0),
        (60, 47.0),
        (90, 60.0),
    ]
    assert plan.motive == "I want the team to own its work."
    assert plan.identity == ("Delegate outcomes, not tasks", "Ask before I answer")
    assert sorted((i.title, i.hours, i.mode) for i in state.items) == [
        ("Budget and forecasts", 2.0, Mode.EXECUTION),
        (ONE_TO_ONES, 2.0, Mode.STRATEGY),
        (REVIEWING, 6.0, Mode.EXECUTION),
    ]


def _noop_command():  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QUndoCommand

    return QUndoCommand("something earlier")


def test_cancelling_the_wizard_keeps_nothing(wizard, service):
    walk_to_tasks(wizard)
    tick(wizard, REVIEWING)
    wizard.next()
    wizard.button(QWizard.WizardButton.CancelButton).click()

    assert wizard.result() == QWizard.DialogCode.Rejected
    assert service.store.is_empty()
    assert service.reload().plan is None


def test_the_sample_button_loads_the_sample_plan_and_closes(wizard, service):
    assert wizard.welcome.sample_button.isVisible()
    wizard.welcome.sample_button.click()

    assert wizard.result() == QWizard.DialogCode.Accepted
    state = service.reload()
    assert state.plan is not None
    assert state.plan.new_role == "Engineering manager, Payments team"
    assert state.items and state.checkins


def test_the_baseline_is_computed_from_the_chosen_items(wizard):
    walk_to_tasks(wizard)
    tick(wizard, REVIEWING, 6)
    tick(wizard, ONE_TO_ONES, 3)
    assert "9 h a week, 33% of it on strategy" in wizard.tasks.total.text()
    wizard.next()
    assert wizard.draft().baseline == 33.3
    assert "Today: 33% strategy." in wizard.target.baseline.text()
    assert wizard.target.preview.points()[0] == (0, 33.3)

    wizard.back()
    wizard.tasks.picker.row_for(ONE_TO_ONES).hours.setValue(6)
    wizard.next()
    assert wizard.draft().baseline == 50.0
    assert "Today: 50% strategy." in wizard.target.baseline.text()


def test_an_empty_new_role_blocks_next_with_a_message_beside_it(wizard):
    wizard.next()
    fill_move(wizard, new_role="   ")
    wizard.next()

    assert wizard.currentPage() is wizard.move_step
    label = wizard.move_step.errors["new_role"]
    assert label.isVisible()
    assert label.message() == "Name the role you are stepping into."
    wizard.move_step.new_role.setText("Team lead")  # the message follows the edit
    assert not label.isVisible()
    wizard.next()
    assert wizard.currentPage() is wizard.situation


def test_an_end_before_the_start_blocks_next_with_a_message(wizard):
    wizard.next()
    fill_move(wizard)
    start = wizard.move_step.start.date()
    wizard.move_step.end.setDate(start.addDays(-3))
    wizard.next()

    assert wizard.currentPage() is wizard.move_step
    label = wizard.move_step.errors["horizon_end"]
    assert label.isVisible()
    assert label.message() == "The plan must end after it starts."


def test_a_milestone_past_the_end_blocks_next(wizard):
    wizard.next()
    fill_move(wizard)
    wizard.move_step.milestones.day_box(1).setValue(200)
    wizard.next()

    assert wizard.currentPage() is wizard.move_step
    assert "Milestone days must rise" in wizard.move_step.errors["milestones"].message()


def test_an_empty_inventory_blocks_next(wizard):
    walk_to_tasks(wizard)
    wizard.next()
    assert wizard.currentPage() is wizard.tasks
    assert wizard.tasks.errors["items"].isVisible()
    assert "Tick at least one" in wizard.tasks.errors["items"].message()


def test_finish_with_a_problem_on_an_earlier_page_saves_nothing(wizard, service):
    walk_to_tasks(wizard)
    tick(wizard, REVIEWING)
    wizard.next()
    wizard.move_step.new_role.setText("")  # e.g. changed behind the wizard's back
    wizard.accept()

    assert wizard.result() != QWizard.DialogCode.Accepted
    assert wizard.currentPage() is wizard.move_step
    assert wizard.move_step.errors["new_role"].isVisible()
    assert service.store.is_empty()


def test_edited_milestone_days_and_the_horizon_reach_the_plan(wizard, service):
    wizard.next()
    fill_move(wizard)
    wizard.move_step.horizon.setValue(120)
    assert wizard.move_step.end.date() == QDate(2027, 3, 23)
    assert wizard.move_step.milestones.days() == (30, 60, 90, 120)
    wizard.move_step.milestones.day_box(0).setValue(14)
    for _ in range(4):
        wizard.next()
    tick(wizard, REVIEWING)
    wizard.next()
    finish(wizard)

    plan = service.reload().plan
    assert plan is not None
    assert plan.horizon_days == 120
    assert [m.day for m in plan.milestones] == [14, 60, 90, 120]


def test_replace_mode_hides_the_sample_and_replaces_the_saved_plan(qtbot, sample_service, dialogs):
    ctx = AppContext(sample_service, dialogs)
    w = PlanWizard(ctx, replace=True)
    qtbot.addWidget(w)
    w.show()
    assert not w.welcome.sample_button.isVisible()
    walk_to_tasks(w)
    tick(w, ONE_TO_ONES)
    w.next()
    finish(w)

    state = sample_service.reload()
    assert state.plan is not None and state.plan.new_role == "Engineering manager"
    assert [i.title for i in state.items] == [ONE_TO_ONES]
    assert state.people == () and state.checkins == ()


def test_a_new_plan_over_saved_data_asks_first_and_keeps_everything_when_declined(
    qtbot, sample_service
):
    ctx = AppContext(sample_service, ScriptedDialogs(confirm=False))
    before = sample_service.state

    assert open_plan_wizard(ctx) is None
    assert sample_service.reload() == before
    assert ctx.dialogs.calls[0][0] == "confirm"  # type: ignore[attr-defined]


def test_open_plan_wizard_on_an_empty_store_does_not_ask(qtbot, ctx, dialogs):
    w = open_plan_wizard(ctx)
    assert w is not None
    qtbot.addWidget(w)
    assert w.isVisible() and not w.replace
    assert dialogs.calls == []
    w.reject()


def test_a_ticked_item_without_hours_blocks_next_with_a_message_on_its_row(wizard):
    walk_to_tasks(wizard)
    tick(wizard, REVIEWING, 0)
    wizard.next()

    assert wizard.currentPage() is wizard.tasks
    row = wizard.tasks.picker.row_for(REVIEWING)
    assert row.error.isVisible()
    assert row.error.message() == "Hours per week must be more than 0 and at most 100."
    row.hours.setValue(4)
    wizard.next()
    assert wizard.currentPage() is wizard.target


def test_the_wizard_and_plan_page_do_not_load_matplotlib(tmp_path):
    """The wizard opens before the main window, so the chart library must stay unloaded."""
    script = (
        "import sys, tempfile\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from altitude.services import Altitude\n"
        "from altitude.ui.shared.context import AppContext\n"
        "from altitude.ui.shared.dialogs import ScriptedDialogs\n"
        "from altitude.ui.plan.page import PlanPage\n"
        "from altitude.ui.wizard import PlanWizard\n"
        f"svc = Altitude.open(Path({str(tmp_path)!r}))\n"
        "ctx = AppContext(svc, ScriptedDialogs())\n"
        "w = PlanWizard(ctx); w.show(); app.processEvents()\n"
        "p = PlanPage(ctx); p.show(); app.processEvents()\n"
        "print('matplotlib' in sys.modules)\n"
    )
    desktop = Path(__file__).resolve().parents[2] / "desktop"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(desktop)}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"


def test_enter_in_an_add_field_adds_and_stays_on_the_page(wizard, qtbot):
    walk_to_tasks(wizard)
    qtbot.keyClicks(wizard.tasks.picker.own_title, "Budget and forecasts")
    qtbot.keyClick(wizard.tasks.picker.own_title, Qt.Key.Key_Return)

    assert wizard.currentPage() is wizard.tasks
    assert [i.title for i in wizard.tasks.picker.items()] == ["Budget and forecasts"]
