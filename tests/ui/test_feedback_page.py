"""The Feedback page as a new manager uses it: rate a theme, log what someone said, see
the gap and its label move (a blind spot, then a hidden strength), follow up, and undo
each step. Dialogs are driven without exec(): the page opens them, the test clicks."""

from __future__ import annotations

import logging
from datetime import date

import pytest
from PySide6.QtWidgets import QDialog

from altitude.domain.growth.feedback import SourceKind
from altitude.services import Altitude
from altitude.ui.feedback.entry_dialog import FeedbackEntryDialog
from altitude.ui.feedback.model import EntryColumn, ThemeColumn
from altitude.ui.feedback.page import FeedbackPage
from altitude.ui.feedback.rating import RateDialog
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.dialogs import ScriptedDialogs

THEME = "Say no to low-value meetings"
SAID = "I accepted every invite to the roadmap syncs"  # the sensitive text of the entry


@pytest.fixture
def ctx(sample_service: Altitude, dialogs: ScriptedDialogs) -> AppContext:
    return AppContext(sample_service, dialogs)


@pytest.fixture
def page(qtbot, ctx: AppContext) -> FeedbackPage:  # type: ignore[no-untyped-def]
    widget = FeedbackPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    return widget


def cell(page: FeedbackPage, theme_id: int | None, column: ThemeColumn) -> str:
    row = page.themes_model.row_of(theme_id)
    assert row is not None
    return str(page.themes_model.index(row, column).data())


def add_theme(page: FeedbackPage, dialogs: ScriptedDialogs, title: str) -> int:
    dialogs.answer_text = title
    page.add_theme_button.click()
    theme = page.selected_theme()
    assert theme is not None and theme.title == title and theme.id is not None
    return theme.id


def fill_entry(qtbot, dialog: FeedbackEntryDialog, their_rating: int | None) -> None:  # type: ignore[no-untyped-def]
    dialog.source.setCurrentIndex(dialog.source.findData(SourceKind.PEER.value))
    qtbot.keyClicks(dialog.name, "Jonas Weber, Checkout")
    qtbot.keyClicks(dialog.situation, "The planning week")
    qtbot.keyClicks(dialog.behaviour, SAID)
    qtbot.keyClicks(dialog.impact, "Less time for the refund work")
    qtbot.keyClicks(dialog.ideas[0], "Send a delegate with a brief")
    qtbot.keyClicks(dialog.response, "Decline two syncs a week and send notes instead")
    if their_rating is not None:
        dialog.rating.setCurrentIndex(dialog.rating.findData(their_rating))


def test_rate_first_log_theirs_see_a_blind_spot_then_a_hidden_strength_and_undo_each(
    qtbot, page: FeedbackPage, ctx: AppContext, dialogs: ScriptedDialogs,
    sample_service: Altitude, caplog: pytest.LogCaptureFixture,
) -> None:  # fmt: skip
    caplog.set_level(logging.DEBUG)
    theme_id = add_theme(page, dialogs, THEME)
    assert cell(page, theme_id, ThemeColumn.YOU) == "Not yet"

    # Log feedback on a theme you have not rated: your own rating is asked for first.
    dialog = page.log_feedback()
    assert isinstance(dialog, FeedbackEntryDialog) and page.dialog is dialog
    assert dialog.theme.currentData() == theme_id
    assert dialog.own_box.isVisibleTo(dialog)
    assert "doesn't move your own view" in " ".join(
        w.text() for w in dialog.own_box.findChildren(type(dialog.own_title))
    )
    assert not dialog.rating.isEnabled()  # their rating waits for yours
    fill_entry(qtbot, dialog, None)
    dialog.ok.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.problems() == {"self_rating": "Choose your own rating from 1 to 5 first."}
    assert sample_service.reload().feedback == sample_service.state.feedback  # nothing new
    assert len(sample_service.state.feedback) == 6 and dialogs.errors() == []

    dialog.own.group.button(4).click()
    assert dialog.rating.isEnabled() and dialog.problems() == {}
    dialog.rating.setCurrentIndex(dialog.rating.findData(2))
    dialog.ok.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert cell(page, theme_id, ThemeColumn.YOU) == "4 · Usually"
    assert cell(page, theme_id, ThemeColumn.OTHERS) == "2.0 (1 rating)"
    assert cell(page, theme_id, ThemeColumn.GAP) == "+2.0"
    assert cell(page, theme_id, ThemeColumn.MEANING) == (
        "Blind spot: others rate you lower than you do by more than a third of the scale."
    )

    # Rate yourself lower (the same day replaces the rating): close to theirs.
    page.select_theme(theme_id)
    rate = page.rate_yourself()
    assert isinstance(rate, RateDialog)
    rate.picker.group.button(1).click()
    rate.ok.click()
    assert cell(page, theme_id, ThemeColumn.GAP) == "\u22121.0"
    assert cell(page, theme_id, ThemeColumn.MEANING).startswith("Close to theirs:")

    # They rated you higher after all: a hidden strength.
    [logged] = [f for f in sample_service.state.feedback if f.theme_id == theme_id]
    page.select_entry(logged.id)
    edit = page.edit_feedback()
    assert isinstance(edit, FeedbackEntryDialog)
    assert not edit.own_box.isVisibleTo(edit) and edit.behaviour.toPlainText() == SAID
    edit.rating.setCurrentIndex(edit.rating.findData(4))
    edit.ok.click()
    assert cell(page, theme_id, ThemeColumn.GAP) == "\u22123.0"
    assert cell(page, theme_id, ThemeColumn.MEANING).startswith(
        "Hidden strength: others rate you higher than you do"
    )

    # Undo walks back through each step: the edit, the rating, the entry with your rating.
    ctx.undo_stack.undo()
    assert cell(page, theme_id, ThemeColumn.GAP) == "\u22121.0"
    ctx.undo_stack.undo()
    assert cell(page, theme_id, ThemeColumn.MEANING).startswith("Blind spot:")
    ctx.undo_stack.undo()  # the entry and the rating you gave first, as one step
    assert cell(page, theme_id, ThemeColumn.YOU) == "Not yet"
    assert len(sample_service.reload().feedback) == 6
    ctx.undo_stack.redo()
    assert cell(page, theme_id, ThemeColumn.MEANING).startswith("Blind spot:")
    assert sample_service.feedback_entry(logged.id).behaviour == SAID  # the same id again

    # Private: what they said is on this page only, never in the log or the undo steps.
    steps = [ctx.undo_stack.text(i) for i in range(ctx.undo_stack.count())]
    assert steps == ["Add a feedback theme", "Log feedback", "Rate yourself", "Correct feedback"]
    assert SAID not in caplog.text and "Jonas" not in caplog.text
    assert dialogs.errors() == []


def test_a_bad_entry_shows_messages_beside_its_fields_and_saves_nothing(
    qtbot, page: FeedbackPage, sample_service: Altitude, dialogs: ScriptedDialogs
) -> None:
    page.select_theme(1)  # rated already: no rating of your own is asked for
    dialog = page.log_feedback()
    assert not dialog.own_box.isVisibleTo(dialog) and dialog.rating.isEnabled()
    dialog.source.setCurrentIndex(dialog.source.findData(SourceKind.BOSS.value))
    dialog.follow_on.setDate(dialog.on.date().addDays(-3))
    dialog.ok.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    problems = dialog.problems()
    assert problems["name"].startswith("Say who it came from")
    assert problems["response"] == "Say what you will do about it."
    assert problems["follow_up_on"] == "Choose a follow-up date on or after the feedback."
    assert dialog.errors["response"].isVisibleTo(dialog)
    assert len(sample_service.reload().feedback) == 6 and dialogs.calls == []


def test_a_team_member_is_chosen_from_the_plan(
    qtbot, page: FeedbackPage, sample_service: Altitude
) -> None:
    page.select_theme(3)
    dialog = page.log_feedback()
    dialog.source.setCurrentIndex(dialog.source.findData(SourceKind.TEAM_MEMBER.value))
    assert dialog.person.isVisibleTo(dialog) and not dialog.name.isVisibleTo(dialog)
    dialog.person.setCurrentIndex(dialog.person.findText("Hannah Becker"))
    qtbot.keyClicks(dialog.response, "Ask Hannah what she wants from our one-to-ones")
    dialog.ok.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    newest = max(sample_service.state.feedback, key=lambda f: f.id or 0)
    assert (newest.person_id, newest.name, newest.theme_id) == (3, "", 3)
    assert newest.follow_up_on is not None  # every entry gets a follow-up by default
    top = page.entries_model.index(0, EntryColumn.WHO).data()
    assert top == "Hannah Becker"


def test_follow_ups_due_come_first_and_marking_one_is_undoable(
    page: FeedbackPage, ctx: AppContext, sample_service: Altitude
) -> None:
    assert not page.follow_ups.isVisibleTo(page)  # nothing due on the pinned day
    sample_service.clock = lambda: date(2026, 11, 30)
    ctx.refresh()
    assert page.follow_ups.isVisibleTo(page)
    assert sorted(page.follow_ups.buttons) == [4, 6]
    page.follow_ups.buttons[6].click()
    assert sample_service.feedback_entry(6).followed_up_on == date(2026, 11, 30)
    assert sorted(page.follow_ups.buttons) == [4]
    ctx.undo_stack.undo()
    assert sample_service.feedback_entry(6).followed_up_on is None
    assert sorted(page.follow_ups.buttons) == [4, 6]


def test_rate_yourself_again_after_90_days(page: FeedbackPage, ctx: AppContext,
                                           sample_service: Altitude) -> None:  # fmt: skip
    page.select_theme(1)
    assert page.rate_button.text() == "Rate yourself…"
    sample_service.clock = lambda: date(2026, 12, 3)  # 90 days after 4 Sep
    ctx.refresh()
    assert page.rate_button.text() == "Rate yourself again…"
    assert cell(page, 1, ThemeColumn.RATED).endswith("rate yourself again")
    rate = page.rate_yourself()
    assert rate is not None and rate.rating() is None
    rate.ok.click()  # no rating chosen: it stays open and says so
    assert rate.result() != QDialog.DialogCode.Accepted and rate.error.message()
    rate.picker.group.button(2).click()
    rate.ok.click()
    assert sample_service.theme(1).latest_self_rating.rating == 2  # type: ignore[union-attr]
    assert page.rate_button.text() == "Rate yourself…"


def test_deletes_are_confirmed_and_undone(
    page: FeedbackPage, ctx: AppContext, dialogs: ScriptedDialogs, sample_service: Altitude
) -> None:
    before = sample_service.reload()
    dialogs.answer_confirm = False
    page.select_theme(1)
    page.delete_theme_button.click()
    assert sample_service.reload() == before  # refused: nothing changed
    dialogs.answer_confirm = True
    page.delete_theme_button.click()
    assert [t.id for t in sample_service.state.themes] == [2, 3]
    assert "3 entries about it stay" in dialogs.calls[-1][2]
    page.select_entry(2)
    page.delete_button.click()
    assert sample_service.state.feedback[1].id == 3
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert sample_service.reload() == before


def test_no_themes_offers_the_identity_statements(
    page: FeedbackPage, ctx: AppContext, sample_service: Altitude
) -> None:
    for theme_id in (1, 2, 3):
        sample_service.delete_theme(theme_id)
    ctx.refresh()
    assert page.use_identity.isVisibleTo(page) and page.empty.isVisibleTo(page)
    page.use_identity.click()
    titles = [t.title for t in sample_service.state.themes]
    assert titles[1] == "Delegate outcomes, not tasks" and len(titles) == 5
    assert not page.use_identity.isVisibleTo(page)
    assert all(cell(page, t.id, ThemeColumn.YOU) == "Not yet" for t in sample_service.state.themes)
    ctx.undo_stack.undo()
    assert sample_service.state.themes == () and page.use_identity.isVisibleTo(page)


def test_ctrl_n_adds_a_theme(page: FeedbackPage, dialogs: ScriptedDialogs,
                             sample_service: Altitude) -> None:  # fmt: skip
    dialogs.answer_text = "  run one-to-ones that help "
    page.new_item()  # a theme you have already: refused with a message, nothing saved
    assert dialogs.errors() == ["You have a theme with that title already."]
    assert len(sample_service.state.themes) == 3
    dialogs.answer_text = "Give credit in public"
    page.new_item()
    assert sample_service.state.themes[-1].title == "Give credit in public"


def test_the_gap_chart_draws_each_theme(qtbot, page: FeedbackPage) -> None:  # type: ignore[no-untyped-def]
    page.tabs.setCurrentWidget(page.chart)
    qtbot.waitUntil(page.chart.is_loaded, timeout=5000)
    qtbot.waitUntil(lambda: page.chart.builds > 0, timeout=5000)
    assert page.chart.figure is not None and len(page.chart.figure.axes) == 3
    assert page.tabs.tabText(1) == "Your view against theirs, over time"
