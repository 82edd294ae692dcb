"""Taking a delegation back offers to record it as a decision, prefilled and linked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from altitude.domain.entities import Status
from altitude.domain.growth.decisions import DelegationLink, PersonLink
from altitude.domain.growth.take_back import HAND_BACK_PROMPT, TAKE_BACK
from altitude.services import Altitude
from altitude.ui.decisions.editor import DecisionEditor
from altitude.ui.delegation.page import DelegationPage
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.dialogs import ScriptedDialogs


def _page(qtbot, sample_service: Altitude, dialogs: ScriptedDialogs) -> DelegationPage:  # type: ignore[no-untyped-def]
    page = DelegationPage(AppContext(sample_service, dialogs))
    qtbot.addWidget(page)
    page.show()
    page.select(1)
    return page


def test_taking_back_opens_the_editor_prefilled_and_linked(
    qtbot,
    sample_service: Altitude,
    dialogs: ScriptedDialogs,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, sample_service, dialogs)
    delegation = sample_service.state.delegation(1)
    assert delegation is not None and delegation.owner_id is not None
    before = len(sample_service.state.journal)
    dialogs.answer_text = "Reviews stalled for a week"
    page.take_back()
    assert sample_service.state.delegation(1).status == Status.TAKEN_BACK  # type: ignore[union-attr]
    assert [k for k, *_ in dialogs.calls] == ["ask_text", "confirm"]
    assert dialogs.calls[1][1] == "Record this as a decision?"
    editor = page.take_back_editor
    assert isinstance(editor, DecisionEditor) and editor.isVisible()
    f = editor.f
    assert f.decision.text().startswith("Take back “")
    assert f.rationale.toPlainText() == "Reviews stalled for a week"
    assert f.chosen.currentText() == TAKE_BACK
    assert f.reverse_if.placeholderText() == HAND_BACK_PROMPT
    assert f.delegations.checked() == [1] and f.people.checked() == [delegation.owner_id]
    assert f.confidence.value() == -1  # never guessed for the user
    save = editor.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert editor.isVisible() and f.errors["confidence"].message()  # asked, not guessed
    f.information.setValue(60)
    f.confidence.setValue(70)
    f.expected.setText("Reviews wait less than a day again")
    f.reverse_if.setPlainText("Two weeks of reviews inside a day")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    journal = sample_service.reload().journal
    assert len(journal) == before + 1
    entry = journal[-1]
    assert entry.delegations == (DelegationLink(1),)
    assert entry.people == (PersonLink(delegation.owner_id),)
    assert entry.reverse_if == "Two weeks of reviews inside a day"


def test_declining_the_offer_records_nothing(
    qtbot,
    sample_service: Altitude,
    dialogs: ScriptedDialogs,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(qtbot, sample_service, dialogs)
    before = sample_service.state.journal
    dialogs.answer_text, dialogs.answer_confirm = "Reviews stalled", False
    page.take_back()
    assert sample_service.state.delegation(1).status == Status.TAKEN_BACK  # type: ignore[union-attr]
    assert page.take_back_editor is None
    assert sample_service.reload().journal == before
