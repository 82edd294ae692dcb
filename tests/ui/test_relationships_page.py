"""The Relationships page as a new manager uses it: add someone, log that you talked today,
see them on the map, mark the boss and hold a conversation, and undo each step. Dialogs are
driven without exec(): the page opens them, the test types and clicks."""

from __future__ import annotations

from datetime import date

import pytest
from matplotlib.colors import to_rgba
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from altitude.charts.arcs.stakeholder_map import STANCE_COLOURS, trust_area
from altitude.domain.arcs.stakeholders import BossTopic, Stakeholder, Stance
from altitude.services import Altitude
from altitude.ui.relationships.boss import HoldDialog
from altitude.ui.relationships.editor import StakeholderEditor
from altitude.ui.relationships.model import Column, PeopleModel, person_rows
from altitude.ui.relationships.page import RelationshipsPage, approach_hint
from altitude.ui.relationships.wording import next_contact_text
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.dialogs import ScriptedDialogs

TODAY = date(2026, 11, 23)


@pytest.fixture
def ctx(service: Altitude, dialogs: ScriptedDialogs) -> AppContext:
    return AppContext(service, dialogs)


@pytest.fixture
def page(qtbot, ctx: AppContext) -> RelationshipsPage:  # type: ignore[no-untyped-def]
    widget = RelationshipsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    return widget


def cell(page: RelationshipsPage, person_id: int | None, column: Column, role: int = 0) -> object:
    row = page.model.row_of(person_id)
    assert row is not None
    return page.model.index(row, column).data(role or Qt.ItemDataRole.DisplayRole)


def choose(box, value: object) -> None:  # type: ignore[no-untyped-def]
    box.setCurrentIndex(box.findData(value))
    assert box.currentData() == value


def add_maria(qtbot, page: RelationshipsPage) -> Stakeholder:  # type: ignore[no-untyped-def]
    page.empty_add.click()
    editor = page.dialog
    assert isinstance(editor, StakeholderEditor)
    qtbot.keyClicks(editor.name, "Maria Keller")
    qtbot.keyClicks(editor.role, "VP Engineering")
    qtbot.keyClicks(editor.function, "Engineering")
    choose(editor.influence, 5)
    choose(editor.interest, 4)
    choose(editor.stance, Stance.SUPPORTER.value)
    assert editor.stance_meaning.text().startswith("Backs what you are doing")
    choose(editor.trust, 4)
    editor.every.setValue(14)
    qtbot.keyClicks(editor.owe_them, "The hiring plan by Friday")
    editor.ok.click()
    assert editor.result() == QDialog.DialogCode.Accepted
    [maria] = page.ctx.state.stakeholders
    return maria


def test_add_someone_talk_today_see_them_on_the_map_and_undo(
    qtbot, page: RelationshipsPage, ctx: AppContext, dialogs: ScriptedDialogs, service: Altitude
) -> None:  # fmt: skip
    # The empty state says why this matters, and offers the first step.
    assert page.empty.isVisibleTo(page) and page.empty_add.isVisibleTo(page)
    assert "Linda Hill" in page.empty.text() and not page.table.isVisibleTo(page)
    assert page.boss.prompt.isVisibleTo(page.boss)

    maria = add_maria(qtbot, page)
    assert (maria.name, maria.influence, maria.interest, maria.trust) == ("Maria Keller", 5, 4, 4)
    assert maria.contact_days == 14 and maria.owe_them == "The hiring plan by Friday"
    assert service.reload().stakeholders == service.state.stakeholders  # saved at once
    assert page.selected() == maria and page.table.isVisibleTo(page)
    assert cell(page, maria.id, Column.INFLUENCE) == "5 · decisive"
    assert cell(page, maria.id, Column.STANCE) == "Supporter"
    assert cell(page, maria.id, Column.LAST) == "Not yet"
    assert cell(page, maria.id, Column.NEXT) == "Overdue: not in touch yet"
    assert cell(page, maria.id, Column.NEXT, Qt.ItemDataRole.FontRole).bold()  # type: ignore[union-attr]
    assert page.approach.text().startswith("Approach first: Maria Keller (supporter).")
    assert "You owe them: The hiring plan by Friday." in page.details.text()

    # One click and an optional note: talked today.
    dialogs.answer_text = "Agreed the hiring order"
    page.talked_button.click()
    assert service.state.stakeholders[0].last_contact == TODAY
    assert service.state.stakeholders[0].contacts[-1].note == "Agreed the hiring order"
    assert cell(page, maria.id, Column.LAST) == "today"
    assert cell(page, maria.id, Column.LAST, Qt.ItemDataRole.ToolTipRole) == "23 Nov 2026"
    assert cell(page, maria.id, Column.NEXT) == "7 Dec 2026 (in 14 days)"
    assert cell(page, maria.id, Column.NEXT, Qt.ItemDataRole.FontRole) is None
    assert "Last time: Agreed the hiring order" in page.details.text()

    # On the map: at (interest 4, influence 5), supporter green, trust 4's size.
    page.tabs.setCurrentWidget(page.map)
    qtbot.waitUntil(lambda: page.map.is_loaded() and page.map.builds > 0, timeout=5000)
    figure = page.map.figure
    assert figure is not None
    [points] = [a for a in figure.findobj() if a.get_gid() == "stance-supporter"]
    assert [tuple(p) for p in points.get_offsets()] == [(4.0, 5.0)]  # type: ignore[attr-defined]
    assert list(points.get_sizes()) == [trust_area(4)]  # type: ignore[attr-defined]
    face = points.get_facecolors()[0]  # type: ignore[attr-defined]
    assert tuple(face[:3]) == to_rgba(STANCE_COLOURS[Stance.SUPPORTER])[:3]
    assert [t.get_text() for t in figure.findobj() if t.get_gid() == "label"] == ["Maria Keller"]

    # Undo: the contact, then the person; redo brings them back under the same id.
    ctx.undo_stack.undo()
    assert cell(page, maria.id, Column.LAST) == "Not yet"
    ctx.undo_stack.undo()
    assert service.state.stakeholders == () and page.empty.isVisibleTo(page)
    assert not [a for a in figure.findobj() if a.get_gid() == "stance-supporter"]
    ctx.undo_stack.redo()
    assert [p.id for p in service.reload().stakeholders] == [maria.id]
    steps = [ctx.undo_stack.text(i) for i in range(ctx.undo_stack.count())]
    assert steps == ["Add a relationship", "Log a contact"]
    assert dialogs.errors() == []


def test_mark_the_boss_hold_a_conversation_and_undo(
    qtbot, page: RelationshipsPage, ctx: AppContext, service: Altitude
) -> None:  # fmt: skip
    maria = add_maria(qtbot, page)
    assert page.boss.prompt.isVisibleTo(page.boss)  # not the boss yet
    editor = page.edit_person()
    assert isinstance(editor, StakeholderEditor) and editor.name.text() == "Maria Keller"
    editor.is_boss.click()
    editor.ok.click()
    assert service.state.boss() is not None and service.state.boss().id == maria.id  # type: ignore[union-attr]
    assert cell(page, maria.id, Column.NAME) == "Maria Keller (your boss)"
    panel = page.boss
    assert not panel.prompt.isVisibleTo(panel)
    assert panel.title.text() == "The five conversations with Maria Keller"
    assert [panel.held[t].text() for t in BossTopic] == ["Not held yet."] * 5
    assert "Next, in Watkins' order: The situation." in panel.next_hint.text()

    panel.buttons[BossTopic.SITUATION].click()
    dialog = page.dialog
    assert isinstance(dialog, HoldDialog) and dialog.topic == BossTopic.SITUATION
    qtbot.keyClicks(dialog.agreed, "Refunds first; the platform can wait a quarter")
    dialog.ok.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert panel.held[BossTopic.SITUATION].text() == (
        "Last held 23 Nov 2026. Agreed: Refunds first; the platform can wait a quarter"
    )
    assert panel.buttons[BossTopic.SITUATION].text() == "Hold it again…"
    assert "Next, in Watkins' order: Expectations." in panel.next_hint.text()
    [talk] = service.reload().stakeholders[0].conversations
    assert (talk.topic, talk.held_on) == (BossTopic.SITUATION, TODAY)

    # One boss: marking a second one says so beside the box and saves nothing.
    second = page.add_person()
    qtbot.keyClicks(second.name, "Olaf Berg")
    second.is_boss.click()
    second.ok.click()
    assert list(second.problems()) == ["is_boss"] and "Maria Keller" in second.problems()["is_boss"]
    assert len(service.state.stakeholders) == 1
    second.reject()

    ctx.undo_stack.undo()
    assert panel.held[BossTopic.SITUATION].text() == "Not held yet."
    ctx.undo_stack.undo()  # no longer the boss
    assert service.state.boss() is None and panel.prompt.isVisibleTo(panel)


def test_bad_input_says_what_is_wrong_and_saves_nothing_a_delete_is_confirmed_and_undone(
    qtbot, page: RelationshipsPage, ctx: AppContext, dialogs: ScriptedDialogs, service: Altitude
) -> None:  # fmt: skip
    editor = page.add_person()
    editor.ok.click()
    assert editor.result() != QDialog.DialogCode.Accepted
    assert list(editor.problems()) == ["name"] and service.state.stakeholders == ()
    editor.reject()

    maria = add_maria(qtbot, page)
    dialogs.answer_confirm = False
    page.delete_button.click()
    assert service.state.stakeholders == (maria,)
    dialogs.answer_confirm = True
    page.delete_button.click()
    assert service.state.stakeholders == ()
    ctx.undo_stack.undo()
    assert service.reload().stakeholders == (maria,)
    dialogs.answer_text = None  # "Talked today" cancelled: nothing logged
    page.select(maria.id)
    page.talked_button.click()
    assert service.state.stakeholders[0].contacts == ()


def test_the_table_and_the_hints_in_words() -> None:
    boss = Stakeholder("Maria", influence=3, stance=Stance.CONVINCIBLE, is_boss=True, id=1)
    opponent = Stakeholder("Olaf", influence=5, stance=Stance.OPPONENT, id=2)
    quiet = Stakeholder("Quinn", influence=1, stance=Stance.SUPPORTER, contact_days=7, id=3)
    rows = person_rows((quiet, opponent, boss), TODAY)
    assert [r.person.name for r in rows] == ["Maria", "Olaf", "Quinn"]  # boss, then influence
    assert [r.overdue for r in rows] == [False, False, True]
    assert approach_hint((quiet, opponent, boss)).startswith("Approach first: Maria (convincible)")
    assert "no one influential" in approach_hint((quiet, opponent))
    assert next_contact_text(boss, TODAY) == "No rhythm set"
    model = PeopleModel(TODAY)
    model.set_rows(rows)
    assert model.index(2, Column.NEXT).data() == "Overdue: not in touch yet"
    assert model.index(1, Column.STANCE).data(Qt.ItemDataRole.ToolTipRole).startswith("Against")
