"""The weekly check-in and the journal and feedback log: what is due, and whom you asked."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from altitude.domain.entities import PlanState, ReflectionAnswer, WeeklyCheckIn
from altitude.domain.prompts import FEEDBACK_PROMPT
from altitude.domain.weeks import IsoWeek
from altitude.services import Altitude
from altitude.ui.checkins.dialog import CheckinDialog
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.dialogs import ScriptedDialogs

LATER = date(2026, 12, 9)  # the sample is loaded on 23 Nov; by 9 Dec reviews have come due
HANNAH = "Agree with Hannah what would let me hand release sign-off back"


@pytest.fixture
def ctx(service: Altitude, dialogs: ScriptedDialogs) -> AppContext:
    return AppContext(service, dialogs)


def make_dialog(qtbot, ctx: AppContext, week: IsoWeek | None = None) -> CheckinDialog:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog := CheckinDialog(ctx, week))
    return dialog


def saved_state(service: Altitude) -> PlanState:
    """What the database holds, read afresh from the file."""
    return service.reload()


def test_decisions_due_and_follow_ups_due_are_listed_and_one_click_follows_up(
    qtbot, sample_service: Altitude, ctx: AppContext
) -> None:
    sample_service.clock = lambda: LATER
    dialog = make_dialog(qtbot, ctx)
    due = dialog.growth_due
    assert [e.decision for e in due.reviews] == [
        "Page the on-call engineer first for payment escalations",
        "Take back sign-off for payment-gateway releases",
    ]
    assert due.pointer is not None and "Decisions page" in due.pointer.text()
    assert [r.response for r in due.rows] == [
        HANNAH,
        "Give Tomás written feedback on one incident note a month",
        "Send a one-paragraph summary before joint planning",
    ]
    assert not due.none.isVisibleTo(dialog)
    row = due.rows[0]
    assert "Hannah Becker" in row.details.text()

    qtbot.mouseClick(row.done, Qt.MouseButton.LeftButton)

    entry = next(f for f in saved_state(sample_service).feedback if f.response == HANNAH)
    assert entry.followed_up_on == LATER
    assert not row.done.isEnabled() and row.done.text() == "✓ Followed up"
    again = make_dialog(qtbot, ctx).growth_due
    assert HANNAH not in [r.response for r in again.rows]
    assert len(again.rows) == 2
    assert ctx.undo_stack.undoText() == "Mark a follow-up done"  # names no feedback text
    ctx.undo_stack.undo()
    entry = next(f for f in saved_state(sample_service).feedback if f.response == HANNAH)
    assert entry.followed_up_on is None


def test_with_nothing_due_the_section_says_so(
    qtbot, sample_service: Altitude, ctx: AppContext
) -> None:
    dialog = make_dialog(qtbot, ctx)  # 23 Nov: nothing has come due yet
    assert dialog.growth_due.reviews == [] and dialog.growth_due.rows == []
    assert dialog.growth_due.none.isVisibleTo(dialog)
    assert "Nothing due" in dialog.growth_due.none.text()


def test_the_check_in_asks_whom_you_asked_for_feedback_and_keeps_the_answer(
    qtbot, service: Altitude, ctx: AppContext
) -> None:
    dialog = make_dialog(qtbot, ctx)
    rotating = dialog.reflections.prompts()
    assert len(rotating) == 2 and FEEDBACK_PROMPT not in rotating
    field = dialog.reflections.fields[FEEDBACK_PROMPT]
    assert field.accessibleName() == FEEDBACK_PROMPT
    dialog.hours.set_values(30, 12)
    field.setFocus()
    qtbot.keyClicks(field, "Priya, about how I hand over reviews")
    dialog.accept()

    assert dialog.result() == QDialog.DialogCode.Accepted
    week = saved_state(service).checkin(IsoWeek.of(service.today()))
    assert week is not None
    assert week.answers == (
        ReflectionAnswer(FEEDBACK_PROMPT, "Priya, about how I hand over reviews"),
    )

    reopened = make_dialog(qtbot, ctx)
    assert reopened.reflections.fields[FEEDBACK_PROMPT].toPlainText() == (
        "Priya, about how I hand over reviews"
    )
    assert FEEDBACK_PROMPT not in reopened.reflections.prompts()  # asked once, below the rest
    assert not reopened.is_dirty()


def test_a_saved_week_keeps_its_prompts_and_the_standing_question_once(
    qtbot, service: Altitude, ctx: AppContext
) -> None:
    week = IsoWeek(2026, 47)
    answers = (
        ReflectionAnswer("What decision did you make with incomplete data?", "The on-call rota."),
        ReflectionAnswer(FEEDBACK_PROMPT, "No one."),
    )
    service.record_checkin(WeeklyCheckIn(week, 20, 20, answers=answers))
    dialog = make_dialog(qtbot, ctx, week)
    assert dialog.reflections.prompts() == ["What decision did you make with incomplete data?"]
    assert list(dialog.reflections.fields).count(FEEDBACK_PROMPT) == 1
    assert dialog.reflections.answers() == answers


def test_the_dashboards_attention_list_names_the_same_reviews_and_follow_ups(
    qtbot, sample_service: Altitude, ctx: AppContext
) -> None:
    from altitude.ui.dashboard.page import DashboardPage

    sample_service.clock = lambda: LATER
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.show()
    notes = page.attention.texts()
    assert any(
        n.startswith("Review your decision “Take back sign-off for payment-gateway releases”")
        for n in notes
    )
    assert any(n.startswith(f"Follow up with Hannah Becker on “{HANNAH}”") for n in notes)
