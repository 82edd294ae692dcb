"""The rotating reflection prompts and the standing question asked every week."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from altitude.domain.prompts import (
    FEEDBACK_PROMPT,
    FEEDBACK_PROMPTS,
    STANDING_PROMPTS,
    prompts_for_week,
)
from altitude.domain.weeks import IsoWeek
from altitude.paths import load_json_resource

ROTATING = [p["text"] for p in load_json_resource("prompts.json")["prompts"]]


def test_the_standing_question_asks_whom_you_asked_for_feedback() -> None:
    assert STANDING_PROMPTS == ("Whom did you ask for feedback this week?",)
    assert FEEDBACK_PROMPT in FEEDBACK_PROMPTS
    # the rotating prompt that asked the same thing is one of the ones it replaces
    assert "Whose feedback did you ask for?" in ROTATING
    assert "Whose feedback did you ask for?" in FEEDBACK_PROMPTS


@given(st.integers(2020, 2035), st.integers(1, 52), st.integers(1, 3))
def test_a_week_never_offers_the_feedback_question_as_a_rotating_prompt(
    year: int, number: int, count: int
) -> None:
    chosen = prompts_for_week(IsoWeek(year, number), ROTATING, [], count)
    assert len(chosen) == count
    assert not set(chosen) & FEEDBACK_PROMPTS
    assert set(chosen) <= set(ROTATING)
