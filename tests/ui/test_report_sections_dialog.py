"""File → Export report…: tick the sections, export, and the plan remembers the choice."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt

from altitude.domain.entities import REPORT_SECTIONS
from altitude.services import Altitude
from altitude.ui.exporting import open_report_export
from altitude.ui.report_dialog import ReportSectionsDialog
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.dialogs import ScriptedDialogs

FEEDBACK = "I re-reviewed pull requests she had already approved"
DECISION = "Ship the refund-service migration before the quarter close"


def text_of(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


def exporting(qtbot, service: Altitude, path: Path | None):  # type: ignore[no-untyped-def]
    """File → Export report… on ``service``, with ``path`` the file name to be chosen."""
    dialogs = ScriptedDialogs(path=path)
    ctx = AppContext(service, dialogs)
    return dialogs, ctx, open_dialog(qtbot, ctx)


def open_dialog(qtbot, ctx: AppContext) -> ReportSectionsDialog:  # type: ignore[no-untyped-def]
    dialog = open_report_export(ctx)  # deletes itself once closed: not qtbot's to close
    assert isinstance(dialog, ReportSectionsDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_untick_feedback_export_and_the_choice_is_remembered(
    qtbot, sample_service: Altitude, out: Path
) -> None:
    dialogs, ctx, dialog = exporting(qtbot, sample_service, out / "for-my-coach.pdf")
    assert dialog.chosen() == REPORT_SECTIONS  # a new plan's report holds everything
    assert "most private" in dialog.private_note.text()
    box = dialog.boxes["feedback"]
    assert box.accessibleName() == "Feedback"

    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))  # the tick
    assert not box.isChecked()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    text = text_of(out / "for-my-coach.pdf")
    assert FEEDBACK not in text and "Whom you asked" not in text
    assert DECISION in text  # the decisions stayed ticked
    assert dialogs.errors() == []
    remembered = tuple(n for n in REPORT_SECTIONS if n != "feedback")
    assert sample_service.state.settings.report_sections == remembered
    again = Altitude.open(sample_service.store.path.parent)  # saved in the plan's file
    try:
        assert again.state.settings.report_sections == remembered
    finally:
        again.close()

    reopened = open_dialog(qtbot, ctx)
    assert not reopened.boxes["feedback"].isChecked()
    assert reopened.chosen() == remembered
    reopened.reject()

    assert ctx.undo_stack.canUndo()  # the choice is a settings change like any other
    ctx.undo_stack.undo()
    assert sample_service.state.settings.report_sections == REPORT_SECTIONS


def test_with_no_section_ticked_export_is_refused_and_nothing_is_asked(
    qtbot, sample_service: Altitude, out: Path
) -> None:
    _, _, dialog = exporting(qtbot, sample_service, out / "r.pdf")
    for name in REPORT_SECTIONS:
        dialog.tick(name, False)
    assert not dialog.export_button.isEnabled()
    assert "at least one" in dialog.error.message()
    dialog.accept()  # Enter: refused, the dialog stays
    assert dialog.isVisible()
    assert list(out.iterdir()) == []
    dialog.tick("charts", True)
    assert dialog.export_button.isEnabled() and not dialog.error.message()
    dialog.reject()
    assert list(out.iterdir()) == []
    assert sample_service.state.settings.report_sections == REPORT_SECTIONS


def test_cancelling_the_file_name_writes_nothing_and_remembers_nothing(
    qtbot, sample_service: Altitude, out: Path
) -> None:
    _, ctx, dialog = exporting(qtbot, sample_service, None)
    dialog.tick("decisions", False)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert list(out.iterdir()) == []
    assert sample_service.state.settings.report_sections == REPORT_SECTIONS
    assert not ctx.undo_stack.canUndo()
