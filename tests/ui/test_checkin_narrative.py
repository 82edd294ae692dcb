"""The weekly check-in asks for the monthly revisit of the narrative, and only then; its
button opens the editor, and a saved revision (undoable on its own) ends the nudge."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QDialog

from altitude.domain.arcs.narrative import NarrativeAction, NarrativeVersion, latest
from altitude.services import Altitude
from altitude.ui.checkins.dialog import CheckinDialog
from altitude.ui.narrative.due_line import narrative_prompt
from altitude.ui.narrative.editor import NarrativeEditor
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.dialogs import ScriptedDialogs

DUE = "A month since you wrote your narrative: does it still hold?"
FIRST = "Two weeks in and no narrative yet: where are you taking the team, and why?"


WRITTEN = date(2026, 11, 2)


@pytest.fixture
def ctx(sample_service: Altitude, dialogs: ScriptedDialogs) -> AppContext:
    """The sample with one narrative of its own, written on ``WRITTEN``."""
    for version in sample_service.state.narratives:
        assert version.id is not None
        sample_service.delete_narrative_version(version.id)
    sample_service.write_narrative(
        NarrativeVersion(
            written_on=WRITTEN, diagnosis="Two teams ship the same checkout twice",
            guiding_policy="One checkout owned by one team", will_not=("New markets",),
            actions=(NarrativeAction(action="Merge the backlogs"),), press_release="",
        )
    )  # fmt: skip
    return AppContext(sample_service, dialogs)


def on(service: Altitude, day: date) -> None:
    service.clock = lambda: day


def make_dialog(qtbot, ctx: AppContext) -> CheckinDialog:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog := CheckinDialog(ctx))
    dialog.show()
    return dialog


def test_a_month_after_the_latest_version_the_check_in_asks_and_opens_the_editor(
    qtbot, ctx: AppContext, sample_service: Altitude
) -> None:
    newest = latest(sample_service.state.narratives)
    assert newest is not None and newest.written_on == WRITTEN
    on(sample_service, newest.written_on + timedelta(days=29))
    quiet = make_dialog(qtbot, ctx)
    assert not quiet.narrative_due.isVisibleTo(quiet)
    assert quiet.narrative_due.buttons() == []

    on(sample_service, newest.written_on + timedelta(days=30))
    dialog = make_dialog(qtbot, ctx)
    line = dialog.narrative_due
    assert line.isVisibleTo(dialog) and line.text.text() == DUE
    assert line.button.text() == "Revisit the narrative…" and line.buttons() == [line.button]
    line.button.click()
    assert isinstance(line.editor, NarrativeEditor)
    assert line.editor.diagnosis.toPlainText() == newest.diagnosis  # the latest, to revise
    line.editor.save_button.click()  # "it still holds": saved as today's version
    assert len(sample_service.reload().narratives) == 2  # a new version, the old one kept
    assert not line.isVisibleTo(dialog)  # the nudge has done its work
    assert dialog.isVisible()  # the check-in itself stays open, unsaved
    assert ctx.undo_stack.text(ctx.undo_stack.index() - 1) == "Revise the narrative"


def test_with_no_narrative_it_asks_once_the_plan_is_two_weeks_old(
    qtbot, ctx: AppContext, sample_service: Altitude
) -> None:
    for version in sample_service.state.narratives:
        assert version.id is not None
        sample_service.delete_narrative_version(version.id)
    plan = sample_service.state.plan
    assert plan is not None
    assert narrative_prompt(ctx, plan.start_date + timedelta(days=13)) is None
    assert narrative_prompt(ctx, plan.start_date + timedelta(days=14)) == FIRST
    on(sample_service, plan.start_date + timedelta(days=20))
    dialog = make_dialog(qtbot, ctx)
    assert dialog.narrative_due.text.text() == FIRST
    assert dialog.narrative_due.button.text() == "Write your narrative…"
    dialog.narrative_due.button.click()
    editor = dialog.narrative_due.editor
    assert isinstance(editor, NarrativeEditor) and editor.diagnosis.toPlainText() == ""
    editor.reject()
    assert editor.result() == QDialog.DialogCode.Rejected
    assert sample_service.reload().narratives == ()
