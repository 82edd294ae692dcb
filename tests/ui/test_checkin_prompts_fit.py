"""The check-in asks what the plan's state calls for, the motive check once a month, and
the note about control once."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from altitude.domain.entities import (
    Delegation,
    Person,
    ReflectionAnswer,
    Status,
    WeeklyCheckIn,
    new_plan,
)
from altitude.domain.guidance.motive import CONTROL_NOTE_PROMPT, MOTIVE_PROMPT, Motive
from altitude.domain.prompts import ABOVE_PATH_PROMPT, review_prompt, take_back_prompt
from altitude.domain.weeks import IsoWeek
from altitude.services import Altitude
from altitude.ui.checkins.dialog import CheckinDialog
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.dialogs import ScriptedDialogs

TODAY = date(2026, 11, 23)  # the conftest clock: Monday of week 48
WEEK = IsoWeek(2026, 48)
START = date(2026, 10, 5)  # day 49 today: no milestone within a week (30: 4 Nov, 60: 4 Dec)


@pytest.fixture
def ctx(service: Altitude, dialogs: ScriptedDialogs) -> AppContext:
    service.start_plan(new_plan("Account executive", "Sales team lead", START, 20, 60))
    return AppContext(service, dialogs)


def make_dialog(qtbot, ctx: AppContext, week: IsoWeek | None = None) -> CheckinDialog:  # type: ignore[no-untyped-def]
    dialog = CheckinDialog(ctx, week)
    qtbot.addWidget(dialog)
    return dialog


def take_back(service: Altitude, level: int = 3) -> Delegation:
    maya = service.add_person(Person("Maya Chen", "Senior rep")).result
    d = Delegation("The weekly forecast", START, owner_id=maya.id, status=Status.OWNED, level=level)
    saved = service.add_delegation(d).result
    assert saved.id is not None
    return service.take_back(saved.id, "Late twice before the board call.").result


def motive_week(service: Altitude, weeks_before: int, motive: Motive) -> None:
    answers = (ReflectionAnswer(MOTIVE_PROMPT, motive.value),)
    service.record_checkin(WeeklyCheckIn(WEEK + -weeks_before, 30, 10, answers=answers))


def test_a_take_back_leads_the_prompts_and_its_answer_is_kept(
    qtbot, ctx: AppContext, service: Altitude
) -> None:  # type: ignore[no-untyped-def]
    take_back(service)
    dialog = make_dialog(qtbot, ctx)
    prompts = dialog.reflections.prompts()
    asked = take_back_prompt("The weekly forecast")
    assert prompts[0] == asked and len(prompts) == 2  # and one rotating prompt
    dialog.hours.set_values(30, 10)
    dialog.reflections.answer(asked, "I did not trust the numbers yet.")
    dialog.accept()
    assert ReflectionAnswer(asked, "I did not trust the numbers yet.") in (
        service.state.checkin(WEEK).answers  # type: ignore[union-attr]
    )
    # next week it is not asked again
    assert asked not in make_dialog(qtbot, ctx, WEEK + 1).reflections.prompts()


def test_hours_above_the_glide_path_bring_their_question_live(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, ctx)
    assert ABOVE_PATH_PROMPT not in dialog.reflections.prompts()
    usual = dialog.reflections.prompts()
    dialog.hours.set_values(35, 5)  # 12.5%: under the path (about 32%)
    assert dialog.reflections.prompts() == usual
    dialog.hours.set_values(20, 20)  # 50%: above it
    assert dialog.reflections.prompts()[0] == ABOVE_PATH_PROMPT
    dialog.hours.set_values(35, 5)
    assert ABOVE_PATH_PROMPT not in dialog.reflections.prompts()


def test_a_milestone_near_asks_about_its_review(qtbot, service: Altitude, dialogs) -> None:  # type: ignore[no-untyped-def]
    service.start_plan(new_plan("Nurse", "Charge nurse", date(2026, 10, 27), 20, 60))
    dialog = make_dialog(qtbot, AppContext(service, dialogs))  # day 27: day 30 on Thursday
    assert dialog.reflections.prompts()[0] == review_prompt(30)


def test_the_motive_check_is_a_choice_kept_with_the_answers(
    qtbot, ctx: AppContext, service: Altitude
) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, ctx)
    motive = dialog.reflections.motive
    assert motive.isVisibleTo(dialog)
    assert motive.choice.accessibleName() == "Which satisfaction are you after this month?"
    items = [motive.choice.itemText(i) for i in range(motive.choice.count())]
    assert items[1:] == ["Being liked", "My own wins", "Impact through others", "Control"]
    motive.choice.setCurrentIndex(motive.choice.findData(Motive.THROUGH_OTHERS.value))
    dialog.hours.set_values(30, 10)
    dialog.accept()
    saved = service.state.checkin(WEEK)
    assert saved is not None
    assert ReflectionAnswer(MOTIVE_PROMPT, "impact through others") in saved.answers
    assert MOTIVE_PROMPT not in dialog.reflections.prompts()  # not a text prompt

    reopened = make_dialog(qtbot, ctx)  # the week shows its own choice again
    assert reopened.reflections.motive.chosen() == Motive.THROUGH_OTHERS
    assert make_dialog(qtbot, ctx, WEEK + 1).reflections.motive.isHidden()  # next week
    assert not make_dialog(qtbot, ctx, WEEK + 4).reflections.motive.isHidden()  # a month on


def test_control_with_a_take_back_is_noted_kindly_once_and_never_again(
    qtbot, ctx: AppContext, service: Altitude
) -> None:  # type: ignore[no-untyped-def]
    take_back(service)
    motive_week(service, 4, Motive.CONTROL)
    dialog = make_dialog(qtbot, ctx)
    motive = dialog.reflections.motive
    assert motive.note.isHidden()  # one "control" is not a pattern
    motive.choice.setCurrentIndex(motive.choice.findData(Motive.LIKED.value))
    assert motive.note.isHidden()
    qtbot.keyClicks(motive.choice, "Control")  # typed, as a keyboard user picks
    assert motive.chosen() == Motive.CONTROL
    assert motive.note.isVisibleTo(dialog)
    note = motive.note.text()
    assert "“control” was your answer in each of your last 2 motive checks" in note
    assert "you took work back" in note
    assert "McClelland and Burnham" in note and "Power Is the Great Motivator" in note
    dialog.hours.set_values(30, 10)
    dialog.accept()
    saved = service.state.checkin(WEEK)
    assert saved is not None
    assert ReflectionAnswer(CONTROL_NOTE_PROMPT, note) in saved.answers  # remembered

    again = make_dialog(qtbot, ctx)  # the week it was said in still shows it
    assert again.reflections.motive.note.text() == note
    later = make_dialog(qtbot, ctx, WEEK + 4)  # another month, "control" again
    choice = later.reflections.motive.choice
    choice.setCurrentIndex(choice.findData(Motive.CONTROL.value))
    assert later.reflections.motive.note.isHidden()  # said once: never again
    assert later.reflections.motive.note_text() == ""


def test_low_levels_are_a_sign_too_and_without_a_sign_nothing_is_said(
    qtbot, ctx: AppContext, service: Altitude
) -> None:  # type: ignore[no-untyped-def]
    maya = service.add_person(Person("Maya Chen")).result
    d = service.add_delegation(Delegation("Forecast", START, owner_id=maya.id, level=5)).result
    motive_week(service, 4, Motive.CONTROL)
    dialog = make_dialog(qtbot, ctx)
    choice = dialog.reflections.motive.choice
    choice.setCurrentIndex(choice.findData(Motive.CONTROL.value))
    assert dialog.reflections.motive.note.isHidden()  # level 5: they decide, no sign

    service.set_level(d.id, 2)  # type: ignore[arg-type]
    dialog = make_dialog(qtbot, ctx)
    choice = dialog.reflections.motive.choice
    choice.setCurrentIndex(choice.findData(Motive.CONTROL.value))
    assert "level 1 or 2" in dialog.reflections.motive.note.text()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert service.state.checkin(WEEK) is None  # cancelled: nothing said, nothing kept
