"""The Narrative page as a new manager uses it: write a first narrative (hints coming and
going as the text changes), revise it (a sharper diagnosis, one more thing ruled out, one
action dropped), see exactly what changed, pick a version on the arc, and undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from altitude.services import Altitude
from altitude.ui.narrative.editor import NarrativeEditor
from altitude.ui.narrative.page import NarrativePage
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.dialogs import ScriptedDialogs
from altitude.ui.shared.theme import diff_colours

DIAGNOSIS = "Two teams ship the same checkout twice"
SHARPER = "Two teams ship the same checkout, and nobody owns the overlap"


@pytest.fixture
def ctx(sample_service: Altitude, dialogs: ScriptedDialogs) -> AppContext:
    for version in sample_service.state.narratives:  # start from no narrative at all
        assert version.id is not None
        sample_service.delete_narrative_version(version.id)
    return AppContext(sample_service, dialogs)


@pytest.fixture
def page(qtbot, ctx: AppContext) -> NarrativePage:  # type: ignore[no-untyped-def]
    widget = NarrativePage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1000, 760)
    widget.show()
    return widget


def type_into(qtbot, field, text: str) -> None:  # type: ignore[no-untyped-def]
    field.clear()
    qtbot.keyClicks(field, text)


def open_editor(page: NarrativePage, button) -> NarrativeEditor:  # type: ignore[no-untyped-def]
    button.click()
    assert isinstance(page.editor, NarrativeEditor)
    return page.editor


def test_write_revise_see_the_diff_and_undo(
    qtbot, page: NarrativePage, ctx: AppContext, sample_service: Altitude,
    dialogs: ScriptedDialogs,
) -> None:  # fmt: skip
    assert page.stack.currentIndex() == 0 and page.write_button.isVisible()
    editor = open_editor(page, page.write_button)
    assert editor.windowTitle() == "Write your narrative"
    assert "No diagnosis yet: what is really going on?" in editor.hint_texts()
    assert "Nothing is ruled out yet: what will you not do?" in editor.hint_texts()

    type_into(qtbot, editor.diagnosis, DIAGNOSIS)
    assert "No diagnosis yet: what is really going on?" not in editor.hint_texts()
    type_into(qtbot, editor.guiding_policy, "Grow checkout revenue 20%")
    assert any("reads like a goal" in h for h in editor.hint_texts())
    type_into(qtbot, editor.guiding_policy, "One checkout, one owner, a world-class flow")
    assert not any("reads like a goal" in h for h in editor.hint_texts())
    assert "Words that sound deep but say little: world-class." in editor.hint_texts()
    type_into(qtbot, editor.guiding_policy, "One checkout, owned by one team")
    assert not any("sound deep" in h for h in editor.hint_texts())
    type_into(qtbot, editor.will_not, "Take on new markets")
    rows = editor.action_list.rows
    for row, words in zip(rows, ("Merge the backlogs", "Move Ana to payments",
                                 "Weekly release train"), strict=True):  # fmt: skip
        qtbot.keyClicks(row.words, words)
    item = sample_service.state.items[0]
    assert item.id is not None
    rows[0].items.set_checked(item.id)
    editor.save_button.click()
    assert editor.result() == QDialog.DialogCode.Accepted

    [first] = sample_service.reload().narratives
    assert first.diagnosis == DIAGNOSIS and first.will_not == ("Take on new markets",)
    assert [a.action for a in first.actions] == [
        "Merge the backlogs", "Move Ana to payments", "Weekly release train",
    ]  # fmt: skip
    assert page.stack.currentIndex() == 1
    assert page.which.text().startswith("Version 1 · 23 Nov 2026 — the latest, of 1")
    assert not page.diff.lonely.isHidden()  # one version: nothing to compare yet

    # Revise: a sharper diagnosis, one more thing ruled out, the third action dropped.
    editor = open_editor(page, page.revise_button)
    assert editor.windowTitle() == "Revise the narrative"
    assert editor.diagnosis.toPlainText() == DIAGNOSIS  # prefilled from the latest
    type_into(qtbot, editor.diagnosis, SHARPER)
    editor.will_not.moveCursor(editor.will_not.textCursor().MoveOperation.End)
    qtbot.keyClick(editor.will_not, Qt.Key.Key_Return)  # a new line: one more ruled out
    qtbot.keyClicks(editor.will_not, "Rewrite the cart")
    editor.action_list.rows[2].remove.click()
    assert "Name 3 to 5 coherent actions." in editor.hint_texts()
    editor.save_button.click()  # a hint, never a block
    assert editor.result() == QDialog.DialogCode.Accepted

    versions = sample_service.reload().narratives
    assert len(versions) == 2 and first in versions  # the first kept as written
    assert page.which.text().startswith("Version 2 · 23 Nov 2026 — the latest, of 2")
    page.tabs.setCurrentWidget(page.diff)
    text = page.diff.browser.toPlainText()
    assert (
        "Two teams ship the same [-checkout twice-] {+checkout, and nobody owns the overlap+}"
    ) in text
    assert "{+Rewrite the cart+}" in text and "[-Weekly release train-]" in text
    assert "Guiding policy" not in text  # unchanged
    ctx.set_dark(True)  # the theme switched: the same diff in the dark palette's colours
    assert page.diff.dark and diff_colours(True)[0] in page.diff.browser.toHtml()
    assert page.kernel.hints["actions"] == ["Name 3 to 5 coherent actions."]

    # Pick the first version on the arc; the kernel shows it.
    page.arc.version_picked.emit(0)
    assert page.which.text().endswith("an earlier version")
    assert page.shown_version() == first
    page.latest_button.click()
    assert page.shown_version() is not None and page.shown_version().diagnosis == SHARPER

    # Undo the revision: one version again, as it was.
    assert ctx.undo_stack.text(ctx.undo_stack.index() - 1) == "Revise the narrative"
    ctx.undo_stack.undo()
    assert sample_service.reload().narratives == (first,)
    assert page.which.text().startswith("Version 1")
    ctx.undo_stack.redo()
    assert len(sample_service.reload().narratives) == 2
    assert dialogs.errors() == []


def test_bad_input_saves_nothing(qtbot, page: NarrativePage, sample_service: Altitude) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(page, page.write_button)
    type_into(qtbot, editor.diagnosis, DIAGNOSIS)
    editor.will_not.setPlainText("\n".join(f"Thing {n}" for n in range(12)))  # at most 10
    editor.save_button.click()
    assert editor.result() != QDialog.DialogCode.Accepted
    assert editor.errors["will_not"].message() == "List at most 10 things you will not do."
    assert sample_service.reload().narratives == ()


def test_deleting_a_version_is_confirmed_and_undoable(
    qtbot, page: NarrativePage, ctx: AppContext, sample_service: Altitude,
    dialogs: ScriptedDialogs,
) -> None:  # fmt: skip
    editor = open_editor(page, page.write_button)
    type_into(qtbot, editor.diagnosis, DIAGNOSIS)
    editor.save_button.click()
    dialogs.answer_confirm = False
    page.delete_button.click()
    assert len(sample_service.reload().narratives) == 1
    dialogs.answer_confirm = True
    page.delete_button.click()
    assert sample_service.reload().narratives == ()
    assert page.stack.currentIndex() == 0
    ctx.undo_stack.undo()
    assert len(sample_service.reload().narratives) == 1 and page.stack.currentIndex() == 1
