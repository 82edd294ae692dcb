"""The feedback log's records and rules: who said it, your own rating first, what is due."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest

from altitude.domain.growth.described import FORMAT_VERSION
from altitude.domain.growth.feedback import (
    FeedbackEntry,
    FeedbackTheme,
    SelfRating,
    SourceKind,
    ThemeOrigin,
    themes_from_identity,
)
from altitude.domain.growth.feedback_prompts import ASKS, FEEDFORWARD_ASK, WEEKLY_ASK
from altitude.domain.growth.feedback_rules import (
    RATE_YOURSELF_FIRST,
    follow_ups_due,
    self_rating_due,
    validate_feedback_entry,
    validate_theme,
)
from altitude.domain.records import fields_of

DAY = date(2026, 4, 1)


def theme(*ratings: tuple[date, int]) -> FeedbackTheme:
    rated = tuple(SelfRating(on, r) for on, r in ratings)
    return FeedbackTheme("Delegates outcomes, not tasks", ThemeOrigin.IDENTITY, rated, id=1)


def feedback(**changes: Any) -> FeedbackEntry:
    base = FeedbackEntry(
        SourceKind.PEER,
        DAY,
        "Share the plan before the meeting, starting next week.",
        name="Alex (Finance)",
        theme_id=1,
        situation="Tuesday's budget review",
        behaviour="The numbers came on screen with no notice",
        impact="Finance could not check them",
        ask="Send them the day before",
        feedforward=("Send a one-page summary", "Ask which numbers matter to them"),
        follow_up_on=DAY + timedelta(days=14),
        rating=3,
    )
    return replace(base, **changes)


def test_every_field_is_described_and_new_in_format_3() -> None:
    for cls in (FeedbackEntry, FeedbackTheme, SelfRating):
        assert all(f.spec.since == FORMAT_VERSION for f in fields_of(cls))


def test_a_whole_entry_is_valid() -> None:
    assert validate_feedback_entry(feedback(), theme((DAY, 4))) == {}
    assert validate_feedback_entry(feedback(person_id=2, name="")) == {}


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": " "}, "name"),
        ({"response": ""}, "response"),
        ({"rating": 6}, "rating"),
        ({"rating": 0}, "rating"),
        ({"theme_id": None}, "theme_id"),  # a rating needs its theme
        ({"feedforward": ("one", "two", "three")}, "feedforward"),
        ({"follow_up_on": DAY - timedelta(days=1)}, "follow_up_on"),
        ({"followed_up_on": DAY - timedelta(days=1)}, "followed_up_on"),
    ],
)
def test_the_rules_name_the_field(changes: dict[str, Any], field: str) -> None:
    errors = validate_feedback_entry(feedback(**changes))
    assert list(errors) == [field] and errors[field].endswith(".")


def test_you_rate_yourself_before_logging_what_others_said() -> None:
    assert validate_feedback_entry(feedback(), theme()) == {"theme_id": RATE_YOURSELF_FIRST}


def test_self_ratings_are_one_a_day_in_date_order() -> None:
    assert validate_theme(theme((DAY, 3), (DAY + timedelta(1), 4))) == {}
    assert "self_ratings" in validate_theme(theme((DAY, 3), (DAY, 4)))
    assert "self_ratings" in validate_theme(theme((DAY, 9)))


def test_self_rating_is_asked_again_every_90_days() -> None:
    assert self_rating_due(theme(), DAY)
    rated = theme((DAY, 3))
    assert not self_rating_due(rated, DAY + timedelta(days=89))
    assert self_rating_due(rated, DAY + timedelta(days=90))


def test_follow_ups_due_are_the_open_ones_whose_date_has_come() -> None:
    later = feedback(follow_up_on=DAY + timedelta(days=3))
    soon = feedback(follow_up_on=DAY + timedelta(days=1))
    done = feedback(follow_up_on=DAY, followed_up_on=DAY)
    none = feedback(follow_up_on=None)
    assert follow_ups_due([later, done, none, soon], DAY + timedelta(days=3)) == [soon, later]


def test_themes_come_from_the_plans_identity_once() -> None:
    existing = (theme(),)
    made = themes_from_identity(
        ["  delegates outcomes,  not tasks", "Asks before telling", "asks before telling", ""],
        existing,
    )
    assert [(t.title, t.origin) for t in made] == [("Asks before telling", ThemeOrigin.IDENTITY)]


# The character words that make feedback point at the self (Kluger & DeNisi, 1996).
CHARACTER = re.compile(
    r"\b(you are|you're|are you|i am|i'm|am i|kind of person|personality|character)\b",
    re.IGNORECASE,
)


def test_prompts_are_about_behaviour_and_tasks_never_character() -> None:
    for prompt in (*ASKS, FEEDFORWARD_ASK, WEEKLY_ASK):
        assert not CHARACTER.search(prompt), prompt
        assert prompt.endswith("?")
    assert WEEKLY_ASK == "Whom did you ask for feedback this week?"
