"""The weekly check-in dialog, driven without exec(): set the fields, call accept()."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from altitude.domain.entities import DelegationCheckIn, PlanState, ReflectionAnswer, WeeklyCheckIn
from altitude.domain.weeks import IsoWeek
from altitude.paths import load_json_resource
from altitude.services import Altitude
from altitude.ui.checkins.dialog import CheckinDialog, show_checkin
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.dialogs import ScriptedDialogs

THIS_WEEK = IsoWeek(2026, 48)  # the fixtures' clock: Monday 23 November 2026
LAST_WEEK = IsoWeek(2026, 47)
REVIEWS = 1  # sample items: reviewing pull requests (delegated to Priya in 2026-W37) ...
FEATURES = 4  # ... and writing refund features (kept)
BOOMERANG_PROMPT = load_json_resource("prompts.json")["boomerang"]


@pytest.fixture
def ctx(service: Altitude, dialogs: ScriptedDialogs) -> AppContext:
    return AppContext(service, dialogs)


def make_dialog(qtbot, ctx: AppContext, week: IsoWeek | None = None) -> CheckinDialog:  # type: ignore[no-untyped-def]
    dialog = CheckinDialog(ctx, week)
    qtbot.addWidget(dialog)
    return dialog


def saved_state(service: Altitude) -> PlanState:
    """What is really in the database, read through a second connection."""
    other = Altitude.open(service.store.path.parent)
    try:
        return other.state
    finally:
        other.close()


def test_item_hours_that_do_not_add_up_are_refused_with_a_message_and_save_nothing(
    qtbot, sample_service: Altitude, ctx: AppContext, dialogs: ScriptedDialogs
) -> None:
    dialog = make_dialog(qtbot, ctx)
    dialog.hours.set_values(20, 22)
    dialog.items.box(REVIEWS).setValue(25)
    dialog.items.box(FEATURES).setValue(6)

    assert dialog.items.sum_label.text() == "Items add up to 31 h; the week has 42 h"
    dialog.accept()

    assert dialog.result() != QDialog.DialogCode.Accepted
    assert any("add up to 31 h, but the week has 42 h" in p for p in dialog.problems())
    assert dialog.items.error.isVisibleTo(dialog)
    assert sample_service.state.checkin(THIS_WEEK) is None
    assert ctx.undo_stack.count() == 0
    assert dialogs.calls == []  # the message sits beside the field, not in a message box

    dialog.items.box(REVIEWS).setValue(36)  # now 42 h: the message goes, the save goes through
    assert not dialog.items.error.isVisibleTo(dialog)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_item_hours_that_add_up_are_saved_with_the_week(
    qtbot, sample_service: Altitude, ctx: AppContext
) -> None:
    dialog = make_dialog(qtbot, ctx)
    dialog.items.box(REVIEWS).setValue(12)
    dialog.items.box(FEATURES).setValue(6)
    dialog.items.fill.click()  # the week's hours from the items, by their mode

    assert (dialog.hours.execution.value(), dialog.hours.strategy.value()) == (18.0, 0.0)
    assert dialog.items.sum_label.text() == "Items add up to 18 h, as the week does."
    dialog.accept()

    saved = saved_state(sample_service).checkin(THIS_WEEK)
    assert saved is not None
    assert dict(saved.item_hours) == {REVIEWS: 12.0, FEATURES: 6.0}


def test_hours_beyond_a_week_are_refused_next_to_the_fields(
    qtbot, service: Altitude, ctx: AppContext
) -> None:
    dialog = make_dialog(qtbot, ctx)
    dialog.hours.set_values(80, 40)

    assert dialog.hours.errors["total_hours"].isVisibleTo(dialog)  # shown while typing
    dialog.accept()

    assert "at most 112 h a week" in " ".join(dialog.problems())
    assert service.state.checkins == ()


def test_a_checkin_saves_its_reflection_answers(qtbot, service: Altitude, ctx: AppContext) -> None:
    dialog = make_dialog(qtbot, ctx)
    first, second = dialog.reflections.prompts()
    dialog.hours.set_values(30, 12)
    dialog.reflections.answer(first, "  Sprint planning: Hannah could run it.  ")
    dialog.note.setPlainText("Quiet week.")
    dialog.accept()

    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = saved_state(service).checkin(THIS_WEEK)
    assert saved == WeeklyCheckIn(
        THIS_WEEK,
        30.0,
        12.0,
        note="Quiet week.",
        answers=(ReflectionAnswer(first, "Sprint planning: Hannah could run it."),),
    )  # the unanswered prompt is not saved as an empty reflection
    assert second not in {a.prompt for a in saved.answers}


def test_the_next_week_does_not_repeat_prompts_answered_the_week_before(
    qtbot, service: Altitude, ctx: AppContext
) -> None:
    # What this week would ask if nothing had been answered yet ...
    unanswered = make_dialog(qtbot, ctx).reflections.prompts()
    # ... was asked and answered last week.
    answers = tuple(ReflectionAnswer(p, "Answered.") for p in unanswered)
    service.record_checkin(WeeklyCheckIn(LAST_WEEK, 20, 20, answers=answers))

    this = make_dialog(qtbot, ctx).reflections.prompts()

    assert len(this) == 2
    assert not set(this) & set(unanswered)


def test_prompts_rotate_from_one_week_to_the_next(
    qtbot, service: Altitude, ctx: AppContext
) -> None:
    shown = []
    for week in (IsoWeek(2026, 45), IsoWeek(2026, 46), LAST_WEEK):
        dialog = make_dialog(qtbot, ctx, week)
        prompts = dialog.reflections.prompts()
        for prompt in prompts:
            dialog.reflections.answer(prompt, "Yes.")
        dialog.hours.set_values(20, 20)
        dialog.accept()
        shown.append(prompts)

    for earlier, later in pairwise(shown):
        assert not set(earlier) & set(later)


def test_hours_on_delegated_items_are_flagged_live_and_bring_the_boomerang_prompt(
    qtbot, sample_service: Altitude, ctx: AppContext
) -> None:
    dialog = make_dialog(qtbot, ctx)
    usual = dialog.reflections.prompts()
    dialog.reflections.answer(usual[1], "Kept while the prompts change.")
    assert dialog.items.boomerang_text() == ""
    assert BOOMERANG_PROMPT not in usual

    dialog.items.set_expanded(True)
    dialog.items.box(REVIEWS).setValue(3)

    assert dialog.items.boomerang_text() == (
        "↩ You spent 3 h on Reviewing every pull request on the payments services, "
        "delegated to Priya Raman in the week of 7 Sept 2026."
    )
    assert dialog.reflections.prompts()[0] == BOOMERANG_PROMPT
    assert usual[1] in dialog.reflections.prompts()  # what was typed is not thrown away

    dialog.items.box(REVIEWS).setValue(0)
    assert dialog.items.boomerang_text() == ""
    assert BOOMERANG_PROMPT not in dialog.reflections.prompts()


def test_the_delegation_due_gets_its_checkin_logged(
    qtbot, sample_service: Altitude, ctx: AppContext
) -> None:
    before = sample_service.state
    dialog = make_dialog(qtbot, ctx)
    assert [r.delegation_id for r in dialog.delegations.rows] == [1, 2]  # both due Monday
    row = dialog.delegations.row_for(2)
    qtbot.mouseClick(row.done, Qt.MouseButton.LeftButton)
    row.note.setText("Three escalations, all within SLA without me.")
    row.on_track.setChecked(False)
    dialog.hours.set_values(22, 20)
    dialog.accept()

    after = saved_state(sample_service)
    escalations = after.delegation(2)
    assert escalations.checkins[-1] == DelegationCheckIn(
        date(2026, 11, 23), "Three escalations, all within SLA without me.", False
    )
    assert escalations.next_checkin == date(2026, 11, 30)  # a 7-day cadence
    assert after.delegation(1) == before.delegation(1)  # not ticked, not logged
    assert after.checkin(THIS_WEEK) is not None


def test_reopening_a_past_week_loads_it_and_correcting_it_replaces_it(
    qtbot, sample_service: Altitude, ctx: AppContext
) -> None:
    original = sample_service.state.checkin(LAST_WEEK)
    dialog = make_dialog(qtbot, ctx)
    dialog.picker.setCurrentIndex(dialog.picker.index_of(LAST_WEEK))

    assert dialog.week == LAST_WEEK
    assert dialog.hours.split().total_hours == 42.0
    assert dialog.items.is_expanded()
    assert dict(dialog.items.item_hours()) == dict(original.item_hours)
    assert dialog.note.toPlainText() == original.note
    assert dialog.reflections.prompts() == [a.prompt for a in original.answers]

    dialog.hours.set_values(20, 22)  # still 42 h, so the items still add up
    dialog.note.setPlainText("Corrected: one more hour went to the roadmap.")
    dialog.accept()

    state = saved_state(sample_service)
    corrected = state.checkin(LAST_WEEK)
    assert (corrected.execution_hours, corrected.strategy_hours) == (20.0, 22.0)
    assert corrected.note == "Corrected: one more hour went to the roadmap."
    assert corrected.answers == original.answers
    assert len(state.checkins) == len(sample_service.state.checkins) == 12


def test_switching_weeks_with_unsaved_entries_asks_first(
    qtbot, sample_service: Altitude, dialogs: ScriptedDialogs
) -> None:
    dialogs.answer_confirm = False
    dialog = make_dialog(qtbot, AppContext(sample_service, dialogs))
    dialog.hours.set_values(10, 10)
    dialog.picker.setCurrentIndex(dialog.picker.index_of(LAST_WEEK))

    assert [kind for kind, _, _ in dialogs.calls] == ["confirm"]
    assert dialog.week == THIS_WEEK
    assert dialog.picker.week() == THIS_WEEK
    assert dialog.hours.split().total_hours == 20.0


def test_undo_restores_the_previous_state_in_the_database(
    qtbot, sample_service: Altitude, ctx: AppContext
) -> None:
    before = sample_service.state
    dialog = make_dialog(qtbot, ctx)
    dialog.hours.set_values(20, 22)
    dialog.delegations.row_for(1).done.click()
    dialog.accept()
    assert ctx.undo_stack.undoText() == "Check-in 23\u201329 Nov"
    saved = saved_state(sample_service)
    assert saved.checkin(THIS_WEEK) is not None
    assert saved.delegation(1) != before.delegation(1)

    ctx.undo_stack.undo()

    restored = saved_state(sample_service)
    assert restored.checkin(THIS_WEEK) is None
    assert restored.delegation(1) == before.delegation(1)
    assert restored.checkins == before.checkins

    ctx.undo_stack.redo()
    assert saved_state(sample_service) == saved


def test_undo_of_a_correction_puts_the_old_week_back(
    qtbot, sample_service: Altitude, ctx: AppContext
) -> None:
    original = sample_service.state.checkin(LAST_WEEK)
    dialog = make_dialog(qtbot, ctx, LAST_WEEK)
    dialog.hours.set_values(20, 22)
    dialog.accept()
    assert saved_state(sample_service).checkin(LAST_WEEK) != original

    ctx.undo_stack.undo()

    assert saved_state(sample_service).checkin(LAST_WEEK) == original


def test_undo_of_a_new_week_removes_it(qtbot, service: Altitude, ctx: AppContext) -> None:
    dialog = make_dialog(qtbot, ctx)
    dialog.hours.set_values(25, 15)
    dialog.accept()
    assert saved_state(service).checkin(THIS_WEEK) is not None

    ctx.undo_stack.undo()

    assert saved_state(service).checkins == ()


def test_show_checkin_opens_without_blocking_and_saving_closes_it(
    qtbot, sample_service: Altitude, ctx: AppContext
) -> None:
    dialog = show_checkin(ctx, None, LAST_WEEK)
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.week == LAST_WEEK

    dialog.accept()

    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_saving_an_unchanged_week_adds_no_undo_step(
    qtbot, sample_service: Altitude, ctx: AppContext
) -> None:
    dialog = make_dialog(qtbot, ctx, LAST_WEEK)
    dialog.accept()

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert ctx.undo_stack.count() == 0


def test_the_hours_hint_names_the_last_logged_week_by_its_dates(sample_service) -> None:  # type: ignore[no-untyped-def]
    from altitude.ui.checkins.hints import hours_hint

    state = sample_service.state
    this_week = IsoWeek(2026, 48)
    last = max(c.week for c in state.checkins if c.week < this_week)
    assert last == IsoWeek(2026, 47)
    hint = hours_hint(state, this_week)
    assert hint.startswith("Last logged, 16\u201322 Nov: ")
    assert hours_hint(state, last) == "This week is logged; saving replaces it."
