"""The seven delegation levels (after Jurgen Appelo's delegation poker)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Level:
    number: int
    name: str
    meaning: str


LEVELS: tuple[Level, ...] = (
    Level(1, "Tell", "I decide and tell them."),
    Level(2, "Sell", "I decide and explain why, to win them over."),
    Level(3, "Consult", "I ask for their input, then I decide."),
    Level(4, "Agree", "We decide together."),
    Level(5, "Advise", "They decide; I offer my advice."),
    Level(6, "Inquire", "They decide and tell me afterwards."),
    Level(7, "Delegate", "They decide; I don't need to know."),
)

MIN_LEVEL = 1
MAX_LEVEL = 7


def level(number: int) -> Level:
    if not MIN_LEVEL <= number <= MAX_LEVEL:
        raise ValueError(f"delegation level must be 1 to 7, not {number}")
    return LEVELS[number - 1]
