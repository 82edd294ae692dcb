"""One-to-ones on the Team page: how often you meet, the last one, what is due — saved at
once, undoable, and named on the dashboard's attention list when due."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale, Qt

from altitude.domain.entities import Person
from altitude.services import Altitude
from altitude.ui.dashboard.attention_texts import attention_text
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


def _due_texts(service: Altitude) -> list[str]:
    today = service.today()
    return [
        attention_text(a, today)
        for a in service.summary().attention_items
        if a.concern == "one-to-one-due"
    ]


def test_setting_a_cadence_saves_it_and_undo_takes_it_back(
    page: TeamPage, service: Altitude, ctx: AppContext
) -> None:
    page.add_person(Person("Priya"))
    assert page.editor.cadence.text() == "Not set"
    assert page.editor.last_met.text() == "None logged"
    page.editor.cadence.setValue(14)
    page.editor.cadence.editingFinished.emit()
    [saved] = service.reload().people
    assert (saved.one_to_one_days, saved.last_one_to_one) == (14, None)
    assert page.model.index(0, Column.ONE_TO_ONE).data() == "Now (none logged)"
    assert _due_texts(service) == ["No one-to-one with Priya logged yet: when do you meet?"]
    ctx.undo_stack.undo()
    assert service.reload().people[0].one_to_one_days is None
    assert page.editor.cadence.value() == 0
    assert _due_texts(service) == []


def test_met_today_logs_the_date_and_the_next_one_is_shown(
    qtbot, page: TeamPage, service: Altitude, ctx: AppContext
) -> None:  # type: ignore[no-untyped-def]
    today = service.today()
    page.add_person(Person("Tomás", one_to_one_days=7, last_one_to_one=date(2020, 1, 6)))
    assert len(_due_texts(service)) == 1  # long overdue
    qtbot.mouseClick(page.editor.met_today, Qt.MouseButton.LeftButton)
    [saved] = service.reload().people
    assert saved.last_one_to_one == today
    assert _due_texts(service) == []
    assert page.editor.next_one_to_one.text().startswith("Next one due by ")
    due = saved.one_to_one_due()
    assert due is not None
    expected = QLocale().toString(QDate(due.year, due.month, due.day), "d MMM")
    assert page.model.index(0, Column.ONE_TO_ONE).data() == expected
    ctx.undo_stack.undo()
    assert service.reload().people[0].last_one_to_one == date(2020, 1, 6)


def test_an_overdue_one_to_one_is_named_with_its_date(page: TeamPage, service: Altitude) -> None:
    last = date(2020, 3, 2)
    page.add_person(Person("Hannah", one_to_one_days=14, last_one_to_one=last))
    assert _due_texts(service) == ["Your one-to-one with Hannah is due (since 16 Mar 2020)."]
    cell = page.model.index(0, Column.ONE_TO_ONE)
    shown = QLocale().toString(QDate(2020, 3, 16), "d MMM")
    assert cell.data() == f"{shown} — overdue"
    assert cell.data(Qt.ItemDataRole.FontRole).bold()


def test_a_one_to_one_due_later_is_not_marked_overdue(page: TeamPage, service: Altitude) -> None:
    page.add_person(Person("Ines", one_to_one_days=14, last_one_to_one=service.today()))
    cell = page.model.index(0, Column.ONE_TO_ONE)
    assert not cell.data().endswith("overdue")
    assert cell.data(Qt.ItemDataRole.FontRole) is None


def test_a_cadence_out_of_range_is_refused_with_a_message_and_nothing_saved(
    page: TeamPage, service: Altitude
) -> None:
    page.add_person(Person("Bo"))
    editor = page.editor
    editor.cadence.setMaximum(400)  # the spin box itself stops at 365; force the value
    editor.cadence.setValue(400)
    editor.commit()
    assert (
        editor.errors["one_to_one_days"]
        .text()
        .endswith("Meet every 1 to 365 days, or leave the one-to-one cadence empty.")
    )
    assert service.reload().people[0].one_to_one_days is None
