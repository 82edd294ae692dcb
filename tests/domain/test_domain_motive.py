"""The monthly motive check and the note about control, said once."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from altitude.domain.entities import (
    Delegation,
    PlanState,
    ReflectionAnswer,
    Status,
    WeeklyCheckIn,
    new_plan,
)
from altitude.domain.guidance.motive import (
    CONTROL_NOTE_PROMPT,
    MOTIVE_PROMPT,
    ControlNote,
    ControlSign,
    Motive,
    control_note,
    control_sign,
    motive_check,
)
from altitude.domain.weeks import IsoWeek

PLAN = new_plan("Analyst", "Team lead", date(2026, 9, 7), 20, 50)
WEEK = IsoWeek(2026, 48)


def week_with(weeks_before: int, *answers: ReflectionAnswer) -> WeeklyCheckIn:
    return WeeklyCheckIn(WEEK + -weeks_before, 30, 10, answers=answers)


def motive(value: Motive) -> ReflectionAnswer:
    return ReflectionAnswer(MOTIVE_PROMPT, value.value)


def delegation(level: int, status: Status = Status.OWNED, id_: int = 1) -> Delegation:
    reason = "Late again" if status == Status.TAKEN_BACK else ""
    return Delegation(
        "Forecast", date(2026, 9, 14), level=level, status=status, taken_back_reason=reason, id=id_
    )


def test_the_motive_check_is_asked_once_a_month() -> None:
    assert motive_check(PlanState(plan=PLAN), WEEK).due  # never asked
    for before, due in [(1, False), (2, False), (3, False), (4, True), (5, True)]:
        state = PlanState(plan=PLAN, checkins=(week_with(before, motive(Motive.LIKED)),))
        assert motive_check(state, WEEK).due is due, before
    # a week that only answered other prompts does not count
    other = week_with(1, ReflectionAnswer("What did you hold onto?", "The forecast."))
    assert motive_check(PlanState(plan=PLAN, checkins=(other,)), WEEK).due


def test_earlier_answers_are_read_latest_first_and_unknown_words_ignored() -> None:
    checkins = (
        week_with(8, motive(Motive.CONTROL)),
        week_with(4, ReflectionAnswer(MOTIVE_PROMPT, "world domination")),
        week_with(12, motive(Motive.LIKED)),
        week_with(0, motive(Motive.OWN_WINS)),  # this week's own: apart
    )
    check = motive_check(PlanState(plan=PLAN, checkins=checkins), WEEK)
    assert check.earlier == (Motive.CONTROL, Motive.LIKED)


def test_the_signs_of_control_are_take_backs_or_mostly_low_levels() -> None:
    assert control_sign(PlanState(plan=PLAN)) is None
    assert control_sign(PlanState(delegations=(delegation(5),))) is None
    taken = delegation(5, Status.TAKEN_BACK)
    assert control_sign(PlanState(delegations=(taken,))) == ControlSign.TAKEN_BACK
    low = (delegation(2, id_=1), delegation(1, id_=2), delegation(6, id_=3))
    assert control_sign(PlanState(delegations=low)) == ControlSign.LOW_LEVELS
    half = (delegation(2, id_=1), delegation(5, id_=2))
    assert control_sign(PlanState(delegations=half)) is None  # most, not half


def test_the_note_speaks_when_control_keeps_coming_back_with_a_sign() -> None:
    taken = (delegation(4, Status.TAKEN_BACK),)
    once = PlanState(plan=PLAN, delegations=taken, checkins=(week_with(5, motive(Motive.CONTROL)),))
    check = motive_check(once, WEEK)
    assert control_note(check, None) is None  # one "control" is not a pattern
    assert control_note(check, Motive.THROUGH_OTHERS) is None
    assert control_note(check, Motive.CONTROL) == ControlNote(2, 2, ControlSign.TAKEN_BACK)

    checkins = (
        week_with(9, motive(Motive.CONTROL)),
        week_with(5, motive(Motive.CONTROL)),
        week_with(1, motive(Motive.LIKED)),
    )
    check = motive_check(replace(once, checkins=checkins), WEEK)
    assert control_note(check, None) == ControlNote(2, 3, ControlSign.TAKEN_BACK)
    # this week's answer is the latest: two of the last three are still "control"
    assert control_note(check, Motive.LIKED) is None  # liked, liked, control


def test_without_a_sign_of_control_the_note_stays_silent() -> None:
    checkins = (week_with(5, motive(Motive.CONTROL)), week_with(9, motive(Motive.CONTROL)))
    state = PlanState(plan=PLAN, delegations=(delegation(6),), checkins=checkins)
    check = motive_check(state, WEEK)
    assert check.sign is None
    assert control_note(check, Motive.CONTROL) is None


def test_the_note_said_in_another_week_is_never_said_again() -> None:
    said = ReflectionAnswer(CONTROL_NOTE_PROMPT, "A note, once: …")
    checkins = (
        week_with(9, motive(Motive.CONTROL), said),
        week_with(5, motive(Motive.CONTROL)),
    )
    state = PlanState(plan=PLAN, delegations=(delegation(1),), checkins=checkins)
    check = motive_check(state, WEEK)
    assert check.said
    assert control_note(check, Motive.CONTROL) is None
    # the week it was said in is not "another week"
    assert not motive_check(state, WEEK + -9).said
