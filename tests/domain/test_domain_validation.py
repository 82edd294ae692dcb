"""Validation: one message per field, keyed by the attribute name, that a person can act on."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date, timedelta

import pytest

from altitude.domain.entities import (
    Decision,
    Delegation,
    DelegationCheckIn,
    Factors,
    InventoryItem,
    LevelChange,
    LevelStep,
    Milestone,
    Mode,
    Person,
    Plan,
    ReflectionAnswer,
    Settings,
    Status,
    WeeklyCheckIn,
    new_plan,
)
from altitude.domain.validation import (
    MAX_TEXT,
    MAX_TITLE,
    ValidationError,
    check,
    validate_checkin,
    validate_delegation,
    validate_item,
    validate_person,
    validate_plan,
    validate_settings,
)
from altitude.domain.weeks import IsoWeek

START = date(2026, 1, 5)
BAD_NUMBERS = [math.nan, math.inf, -math.inf]


def plan(**changes: object) -> Plan:
    return replace(new_plan("Engineer", "Engineering manager", START, 20, 50), **changes)  # type: ignore[arg-type]


def item(**changes: object) -> InventoryItem:
    return replace(InventoryItem("Code reviews", 6, Mode.EXECUTION), **changes)  # type: ignore[arg-type]


def delegation(**changes: object) -> Delegation:
    return replace(Delegation("Releases ship without me", START), **changes)  # type: ignore[arg-type]


def checkin(**changes: object) -> WeeklyCheckIn:
    return replace(WeeklyCheckIn(IsoWeek(2026, 3), 30, 12), **changes)  # type: ignore[arg-type]


# ----------------------------------------------------------------------------- errors


def test_check_raises_with_every_message() -> None:
    check({})
    with pytest.raises(ValidationError) as caught:
        check({"hours": "Too many.", "title": "Missing."})
    assert caught.value.errors == {"hours": "Too many.", "title": "Missing."}
    assert str(caught.value) == "hours: Too many.; title: Missing."
    assert isinstance(caught.value, ValueError)


# ----------------------------------------------------------------------------- plan


def test_a_sensible_plan_is_valid() -> None:
    assert validate_plan(plan()) == {}
    assert validate_plan(plan(target_share=10)) == {}  # aiming lower is allowed


@pytest.mark.parametrize("field", ["current_role", "new_role"])
def test_roles_are_required_one_line_titles(field: str) -> None:
    assert field in validate_plan(plan(**{field: "   "}))
    assert field in validate_plan(plan(**{field: "x" * (MAX_TITLE + 1)}))
    assert field in validate_plan(plan(**{field: "Team\nlead"}))
    assert validate_plan(plan(**{field: "x" * MAX_TITLE})) == {}


def test_the_plan_must_end_after_it_starts_and_within_three_years() -> None:
    assert validate_plan(plan(horizon_end=START)) == {
        "horizon_end": "The plan must end after it starts."
    }
    long = plan(horizon_end=START + timedelta(days=1097), milestones=())
    assert validate_plan(long) == {"horizon_end": "Keep the plan to three years or less."}
    assert validate_plan(plan(horizon_end=START + timedelta(days=1096), milestones=())) == {}


@pytest.mark.parametrize("value", [-1, 100.5, *BAD_NUMBERS])
@pytest.mark.parametrize("field", ["baseline_share", "target_share"])
def test_shares_are_percentages(field: str, value: float) -> None:
    assert validate_plan(plan(**{field: value})) == {
        field: "A share of the week must be between 0 and 100%."
    }


@pytest.mark.parametrize(
    "milestones",
    [
        (Milestone(30, 30), Milestone(30, 40)),  # not strictly rising
        (Milestone(60, 30), Milestone(30, 40)),
        (Milestone(0, 30),),
        (Milestone(91, 30),),  # past the 90-day horizon
        (Milestone(30, 101),),
        (Milestone(30, math.nan),),
        (Milestone(30, 30, "Day\x0030"),),
    ],
)
def test_bad_milestones_are_reported_under_milestones(milestones: tuple[Milestone, ...]) -> None:
    assert list(validate_plan(plan(milestones=milestones))) == ["milestones"]


def test_identity_statements() -> None:
    assert validate_plan(plan(identity=("Operate at altitude",) * 12)) == {}
    assert validate_plan(plan(identity=("Operate at altitude",) * 13)) == {
        "identity": "Choose at most 12 statements of who to become."
    }
    assert list(validate_plan(plan(identity=("Decide", " ")))) == ["identity"]
    assert list(validate_plan(plan(identity=("x" * (MAX_TITLE + 1),)))) == ["identity"]


def test_motive_is_free_text_with_newlines_but_bounded() -> None:
    assert validate_plan(plan(motive="To grow people.\n\tAnd\nmyself.")) == {}
    assert list(validate_plan(plan(motive="x" * (MAX_TEXT + 1)))) == ["motive"]
    assert list(validate_plan(plan(motive="bell\x07"))) == ["motive"]
    assert list(validate_plan(plan(motive="lone \ud800 surrogate"))) == ["motive"]


def test_tolerance() -> None:
    assert list(validate_plan(plan(tolerance=-1))) == ["tolerance"]
    assert list(validate_plan(plan(tolerance=math.nan))) == ["tolerance"]


# ----------------------------------------------------------------------------- items


def test_a_sensible_item_is_valid() -> None:
    assert validate_item(item()) == {}
    assert validate_item(item(hours=100, notes="Line one\nline two")) == {}


@pytest.mark.parametrize("hours", [0, -1, 100.01, *BAD_NUMBERS])
def test_item_hours_are_more_than_zero_and_at_most_100(hours: float) -> None:
    assert validate_item(item(hours=hours)) == {
        "hours": "Hours per week must be more than 0 and at most 100."
    }


def test_item_title_is_required() -> None:
    assert validate_item(item(title="")) == {"title": "Give the item a title."}
    assert validate_item(item(title=" \t ")) == {"title": "Give the item a title."}


@pytest.mark.parametrize(
    ("factors", "message"),
    [
        (Factors(leverage=0), "Rate leverage from 1 to 5."),
        (Factors(only_you=6), "Rate only-you from 1 to 5."),
        (Factors(risk=2.5), "Rate risk from 1 to 5."),  # type: ignore[arg-type]
        (Factors(growth=True), "Rate growth from 1 to 5."),
        (Factors(attachment=math.nan), "Rate attachment from 1 to 5."),  # type: ignore[arg-type]
    ],
)
def test_factors_are_whole_numbers_from_1_to_5(factors: Factors, message: str) -> None:
    assert validate_item(item(factors=factors)) == {"factors": message}


def test_item_mode_and_decision_must_be_known() -> None:
    assert list(validate_item(item(mode="sideways"))) == ["mode"]
    assert list(validate_item(item(decision="maybe"))) == ["decision"]
    assert validate_item(item(mode="strategy", decision="keep")) == {}


# ----------------------------------------------------------------------------- people


def test_person() -> None:
    assert validate_person(Person("Sam", role="Engineer", growth_goal="Lead releases")) == {}
    assert validate_person(Person(" ")) == {"name": "Give the person a name."}
    assert list(validate_person(Person("Sam", role="r" * (MAX_TITLE + 1)))) == ["role"]
    assert list(validate_person(Person("Sam", notes="n" * (MAX_TEXT + 1)))) == ["notes"]


# ----------------------------------------------------------------------------- delegations


def test_a_sensible_delegation_is_valid() -> None:
    full = delegation(
        level=5,
        cadence_days=14,
        hours_freed=3.5,
        status=Status.TAKEN_BACK,
        taken_back_reason="The client escalated.",
        checkins=(DelegationCheckIn(START, "Going well", True),),
        level_plan=(LevelStep(0, 3), LevelStep(4, 5), LevelStep(8, 7)),
        level_history=(LevelChange(START, 3),),
    )
    assert validate_delegation(full) == {}


def test_delegation_outcome_is_required() -> None:
    assert validate_delegation(delegation(outcome="")) == {
        "outcome": "Describe the outcome you hand over."
    }


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"level": 0}, "level"),
        ({"level": 8}, "level"),
        ({"cadence_days": 0}, "cadence_days"),
        ({"cadence_days": 366}, "cadence_days"),
        ({"hours_freed": -0.5}, "hours_freed"),
        ({"hours_freed": math.inf}, "hours_freed"),
        ({"status": "lost"}, "status"),
        ({"status": Status.TAKEN_BACK}, "taken_back_reason"),
        ({"status": Status.TAKEN_BACK, "taken_back_reason": "  "}, "taken_back_reason"),
        ({"level_plan": (LevelStep(2, 3), LevelStep(2, 4))}, "level_plan"),
        ({"level_plan": (LevelStep(-1, 3),)}, "level_plan"),
        ({"level_plan": (LevelStep(0, 9),)}, "level_plan"),
        ({"level_history": (LevelChange(START, 0),)}, "level_history"),
        ({"checkins": (DelegationCheckIn(START, "x" * (MAX_TEXT + 1), True),)}, "checkins"),
        ({"success_measure": "\x1b[31m"}, "success_measure"),
    ],
)
def test_delegation_rules(changes: dict[str, object], field: str) -> None:
    assert list(validate_delegation(delegation(**changes))) == [field]


def test_taken_back_asks_why() -> None:
    errors = validate_delegation(delegation(status=Status.TAKEN_BACK))
    assert errors == {"taken_back_reason": "Say why you took it back; it is how you learn."}


# ----------------------------------------------------------------------------- check-ins


def test_a_sensible_checkin_is_valid() -> None:
    assert validate_checkin(checkin()) == {}
    assert validate_checkin(checkin(execution_hours=0, strategy_hours=0)) == {}
    full = checkin(
        item_hours=((1, 20.0), (2, 22.0)),
        note="Good week.",
        answers=(ReflectionAnswer("What did you take back?", "Nothing.\nReally."),),
    )
    assert validate_checkin(full, item_ids=[1, 2, 3]) == {}


@pytest.mark.parametrize("hours", [-1, 100.5, *BAD_NUMBERS])
@pytest.mark.parametrize("field", ["execution_hours", "strategy_hours"])
def test_each_kind_of_hours_is_0_to_100(field: str, hours: float) -> None:
    assert validate_checkin(checkin(**{field: hours})) == {
        field: "Hours must be between 0 and 100."
    }


def test_a_week_holds_at_most_112_hours() -> None:
    assert validate_checkin(checkin(execution_hours=60, strategy_hours=52)) == {}
    assert validate_checkin(checkin(execution_hours=60, strategy_hours=53)) == {
        "total_hours": "Execution and strategy together can be at most 112 h a week."
    }


def test_item_hours_must_add_up_to_the_week() -> None:
    errors = validate_checkin(checkin(item_hours=((1, 30.0), (2, 1.0))))
    assert errors == {
        "item_hours": "The hours per item add up to 31 h, but the week has 42 h; make them match."
    }
    assert validate_checkin(checkin(item_hours=((1, 30.0), (2, 12.005)))) == {}


@pytest.mark.parametrize(
    ("item_hours", "message"),
    [
        (((1, 42.0), (1, 0.0)), "Each item can appear only once."),
        (((1, -2.0), (2, 44.0)), "Hours per item must be between 0 and 100."),
        (((1, math.nan),), "Hours per item must be between 0 and 100."),
        (((9, 42.0),), "One of the items is no longer in your inventory; remove its hours."),
    ],
)
def test_item_hours_rules(item_hours: tuple[tuple[int, float], ...], message: str) -> None:
    assert validate_checkin(checkin(item_hours=item_hours), item_ids=[1, 2]) == {
        "item_hours": message
    }


def test_item_ids_are_only_checked_when_known() -> None:
    assert validate_checkin(checkin(item_hours=((9, 42.0),))) == {}


def test_checkin_text() -> None:
    assert list(validate_checkin(checkin(note="x" * (MAX_TEXT + 1)))) == ["note"]
    long_answer = (ReflectionAnswer("Prompt", "x" * (MAX_TEXT + 1)),)
    assert list(validate_checkin(checkin(answers=long_answer))) == ["answers"]


# ----------------------------------------------------------------------------- settings


def test_settings() -> None:
    assert validate_settings(Settings()) == {}
    assert validate_settings(Settings(checkin_weekday=6, first_day_of_week=0, backups_kept=1)) == {}
    bad = Settings(checkin_weekday=7, first_day_of_week=-1, theme="neon", backups_kept=0)  # type: ignore[arg-type]
    assert set(validate_settings(bad)) == {
        "checkin_weekday",
        "first_day_of_week",
        "theme",
        "backups_kept",
    }
    assert list(validate_settings(Settings(backups_kept=101))) == ["backups_kept"]


def test_decisions_are_accepted_as_their_values() -> None:
    assert validate_item(item(decision=Decision.COACH)) == {}


def test_milestone_message_names_the_horizon() -> None:
    assert validate_plan(plan(milestones=(Milestone(91, 30),))) == {
        "milestones": "Milestone days must rise one after another, from day 1 to day 90."
    }
