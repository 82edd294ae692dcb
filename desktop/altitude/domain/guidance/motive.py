"""The once-a-month motive check, and the note about control it can lead to, once.

McClelland & Burnham ("Power Is the Great Motivator", Harvard Business Review, 1976)
studied managers and found three kinds: *affiliative* managers, who most want to be
liked; *personal-power* managers, who want power for themselves; and *institutional*
managers, who want influence for the organisation's sake and hold that wish in check. The
last built the most effective teams. Individual achievement ("my own wins"), their other
motive, made good specialists but not good managers of others.

So once a month the check-in asks which satisfaction the user is after (``MOTIVES``). The
answer is a reflection like any other: ``ReflectionAnswer(MOTIVE_PROMPT, "control")``
in the week's check-in.

**The note, once.** When "control" is the answer in at least ``CONTROL_AT_LEAST`` of the
last ``CONTROL_OF`` motive checks (this week's choice counting as the latest), *and*
either a delegation was taken back or most open delegations sit at level
``LOW_LEVEL`` or below (on the 1-7 scale: "I decide"), the check-in says so, kindly, with
the source. It is said once: the note is saved with that week's answers
(``ReflectionAnswer(CONTROL_NOTE_PROMPT, <the note>)``) and no other week shows it again.
Reopening the week it was said in shows it there still. A week not saved said nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from altitude.domain.entities import PlanState, ReflectionAnswer, Status
from altitude.domain.metrics import OPEN
from altitude.domain.weeks import IsoWeek

MOTIVE_PROMPT = "Which satisfaction are you after this month?"
CONTROL_NOTE_PROMPT = "A note from Altitude about control"
MONTH_WEEKS = 4  # asked when none of the three weeks before answered it
CONTROL_AT_LEAST = 2
CONTROL_OF = 3
LOW_LEVEL = 2


class Motive(StrEnum):
    """McClelland & Burnham's motives, in plain words (the stored answer is the value)."""

    LIKED = "being liked"  # affiliation
    OWN_WINS = "my own wins"  # achievement
    THROUGH_OTHERS = "impact through others"  # institutional power
    CONTROL = "control"  # personal power


MOTIVES: tuple[Motive, ...] = tuple(Motive)


class ControlSign(StrEnum):
    """What, besides the answers, shows control: why the note speaks."""

    TAKEN_BACK = "taken-back"
    LOW_LEVELS = "low-levels"


@dataclass(frozen=True, slots=True)
class MotiveCheck:
    """What the week's check-in needs to ask the motive question and judge the note."""

    due: bool  # ask this week (or the week already answered it)
    earlier: tuple[Motive, ...]  # earlier weeks' answers, the latest first
    sign: ControlSign | None  # take-backs or low levels, if any
    said: bool  # the note was saved with another week's check-in


def motive_check(state: PlanState, week: IsoWeek) -> MotiveCheck:
    """The motive check for ``week``'s check-in (its own saved answers aside)."""
    others = [c for c in state.checkins if c.week != week]
    answers = {c.week: motive_of(c.answers) for c in others}
    earlier = tuple(
        m for _w, m in sorted(answers.items(), key=lambda p: p[0], reverse=True) if m is not None
    )
    recent = any(m is not None and 0 < week - w < MONTH_WEEKS for w, m in answers.items())
    said = any(a.prompt == CONTROL_NOTE_PROMPT for c in others for a in c.answers)
    return MotiveCheck(due=not recent, earlier=earlier, sign=control_sign(state), said=said)


def motive_of(answers: Sequence[ReflectionAnswer]) -> Motive | None:
    """The motive a week's answers chose, if it was asked and answered."""
    values = {m.value: m for m in Motive}
    return next(
        (values[a.answer] for a in answers if a.prompt == MOTIVE_PROMPT and a.answer in values),
        None,
    )


def control_sign(state: PlanState) -> ControlSign | None:
    """A delegation taken back; else most open delegations at a low level; else None."""
    if any(d.status == Status.TAKEN_BACK for d in state.delegations):
        return ControlSign.TAKEN_BACK
    open_ = [d for d in state.delegations if d.status in OPEN]
    low = [d for d in open_ if d.level <= LOW_LEVEL]
    if open_ and len(low) * 2 > len(open_):
        return ControlSign.LOW_LEVELS
    return None


@dataclass(frozen=True, slots=True)
class ControlNote:
    """What the note says: "control" ``count`` times in the last ``of`` checks, and why."""

    count: int
    of: int
    sign: ControlSign


def control_note(check: MotiveCheck, chosen: Motive | None) -> ControlNote | None:
    """The note to show, with ``chosen`` this week's answer (None: not answered yet);
    None when it is not due (said before, no sign of control, or too few "control")."""
    if check.said or check.sign is None:
        return None
    latest = (((chosen,) if chosen is not None else ()) + check.earlier)[:CONTROL_OF]
    count = latest.count(Motive.CONTROL)
    if count < CONTROL_AT_LEAST:
        return None
    return ControlNote(count, len(latest), check.sign)
