"""The Team page: add, edit and delete people (all undoable) and see what each carries."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from altitude.domain.entities import Person
from altitude.services import Altitude
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.dialogs import ScriptedDialogs
from altitude.ui.team.model import Column
from altitude.ui.team.page import TeamPage


@pytest.fixture
def ctx(service: Altitude, dialogs: ScriptedDialogs) -> AppContext:
    return AppContext(service, dialogs)


@pytest.fixture
def page(qtbot, ctx: AppContext) -> TeamPage:  # type: ignore[no-untyped-def]
    widget = TeamPage(ctx)
    qtbot.addWidget(widget)
    return widget


def test_add_person_with_ctrl_n_then_undo_and_redo_keep_the_id(
    page: TeamPage, service: Altitude, ctx: AppContext
) -> None:
    assert page.summary.text().startswith("No one here yet.")
    assert not page.editor.isEnabled() and not page.delete_button.isEnabled()
    page.new_item()
    assert page.summary.text() == "1 team member · together they carry 0 h a week you handed over."
    [added] = service.reload().people
    assert added.name == "New team member"
    assert page.selected() == added
    assert page.editor.name.text() == "New team member"
    assert page.editor.name.selectedText() == "New team member"  # ready to type over
    ctx.undo_stack.undo()
    assert service.reload().people == ()
    ctx.undo_stack.redo()
    assert service.reload().people == (added,)


def test_editing_a_person_saves_and_undo_restores_it(
    page: TeamPage, service: Altitude, ctx: AppContext
) -> None:
    page.add_person(Person("Priya"))
    page.editor.role.setText("Senior engineer")
    page.editor.role.editingFinished.emit()
    page.editor.growth_goal.setPlainText("Lead the ledger services")
    page.editor.growth_goal.editingFinished.emit()
    [saved] = service.reload().people
    assert (saved.role, saved.growth_goal) == ("Senior engineer", "Lead the ledger services")
    assert page.model.index(0, Column.ROLE).data() == "Senior engineer"
    ctx.undo_stack.undo()
    assert service.reload().people[0].growth_goal == ""
    assert page.editor.growth_goal.toPlainText() == ""


def test_a_name_is_required_and_the_message_shows_beside_it(
    page: TeamPage, service: Altitude
) -> None:
    page.add_person(Person("Priya"))
    page.editor.name.setText("")
    page.editor.name.editingFinished.emit()
    assert page.editor.errors["name"].isVisibleTo(page)
    assert page.editor.errors["name"].message() == "Give the person a name."
    assert service.reload().people[0].name == "Priya"


def test_delete_with_undo_restores_the_id_and_the_delegations_they_owned(
    page: TeamPage, sample_service: Altitude, ctx: AppContext, dialogs: ScriptedDialogs
) -> None:
    ctx.refresh()
    priya = page.selected()
    assert priya is not None and priya.name == "Priya Raman"
    owned = [d.id for d in sample_service.state.delegations if d.owner_id == priya.id]
    assert owned
    page.delete_button.click()
    assert dialogs.calls[0][0] == "confirm"  # she owns outcomes: ask first
    state = sample_service.reload()
    assert state.person(priya.id) is None
    assert all(state.delegation(i).owner_id is None for i in owned)
    ctx.undo_stack.undo()
    state = sample_service.reload()
    assert state.person(priya.id) == priya
    assert all(state.delegation(i).owner_id == priya.id for i in owned)
    ctx.undo_stack.redo()
    assert sample_service.reload().person(priya.id) is None


def test_delete_is_cancelled_when_not_confirmed(
    page: TeamPage, sample_service: Altitude, ctx: AppContext, dialogs: ScriptedDialogs
) -> None:
    ctx.refresh()
    dialogs.answer_confirm = False
    page.delete_selected()
    assert len(sample_service.reload().people) == 3
    assert ctx.undo_stack.count() == 0


def test_someone_without_outcomes_is_deleted_without_asking(
    page: TeamPage, service: Altitude, dialogs: ScriptedDialogs
) -> None:
    page.add_person(Person("Ana"))
    page.delete_selected()
    assert service.reload().people == ()
    assert dialogs.calls == []


def test_sample_team_shows_each_persons_load_in_words(
    page: TeamPage, sample_service: Altitude, ctx: AppContext
) -> None:
    ctx.refresh()
    assert page.editor.sentence.text() == "Priya carries 6 h/week you handed over — 1 outcome."
    assert "Payments pull requests are reviewed" in page.editor.outcomes.text()
    hannah = next(p for p in sample_service.state.people if p.name == "Hannah Becker")
    page.select(hannah.id)
    assert page.editor.title.text() == "Hannah Becker"
    assert "You took 1 outcome back." in page.editor.sentence.text()
    assert "Taken back" in page.editor.outcomes.text()
    assert page.summary.text() == "3 team members · together they carry 9 h a week you handed over."
    loads = [page.proxy.index(r, Column.LOAD).data() for r in range(page.proxy.rowCount())]
    assert loads == ["6 h", "3 h", "0 h"]


def test_load_column_sorts_by_hours(
    page: TeamPage, sample_service: Altitude, ctx: AppContext
) -> None:
    ctx.refresh()
    page.table.sortByColumn(Column.LOAD, Qt.SortOrder.AscendingOrder)
    names = [page.proxy.index(r, Column.NAME).data() for r in range(page.proxy.rowCount())]
    assert names == ["Hannah Becker", "Tomás Ortega", "Priya Raman"]
    page.table.grab()  # paints the load bars (a crash here would fail the test)
