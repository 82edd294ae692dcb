"""The strategic narrative, written as Rumelt's kernel, kept as dated versions.

Richard Rumelt (*Good Strategy Bad Strategy*, 2011): a strategy's kernel is a
**diagnosis** of what is really going on, a **guiding policy** for dealing with it (and so
what we will *not* do), and **coherent actions** that carry the policy out. Its hallmarks
of bad strategy — fluff, failure to face the challenge (no diagnosis), mistaking goals for
strategy, bad strategic objectives — are what ``checks`` looks for, each as a gentle hint,
never a block. The optional press release from the future follows Amazon's PR/FAQ (Bryar &
Carr, *Working Backwards*): write the announcement of the finished result first.

A narrative is revisited monthly; each revision is a new version (never an edit of an old
one), so the arc is the versions on a timeline and ``narrative_diff`` says what changed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from altitude.domain.arcs.described import (
    FORMAT_VERSION,
    ActionDelegationLink,
    ActionItemLink,
)
from altitude.domain.growth.described import new_in_format
from altitude.domain.records import day, line, lines, record_id, records, text
from altitude.i18n import QT_TRANSLATE_NOOP
from altitude.i18n.sentence import Sentence, problem

MIN_ACTIONS = 3  # Rumelt's coherent actions: a handful, each carrying the policy out
MAX_ACTIONS = 5
MAX_WILL_NOT = 10
REVISIT_DAYS = 30  # "revisited monthly": the check-in asks once a month has passed

# Words that make strategy sound deep without saying anything (Rumelt's "fluff"). Kept
# short and documented on purpose: a hint, not a style police. Matched as whole words.
FLUFF_WORDS = (
    "synergy",
    "synergies",
    "leverage",
    "best-in-class",
    "world-class",
    "paradigm",
    "holistic",
    "robust",
    "seamless",
    "cutting-edge",
    "game-changing",
    "next-generation",
    "value-added",
    "empower",
    "excellence",
    "customer-centric",
    "win-win",
    "transformational",
)

# A guiding policy that is only a target ("grow revenue 20%", "be the best team") is a
# goal presented as the strategy: it says where, not how.
_GOAL_START = re.compile(
    r"^\s*(?:to\s+)?(?:increase|grow|reach|achieve|hit|double|triple|deliver|improve|"
    r"reduce|cut|become|be\s+the|be\s+a|maximi[sz]e|minimi[sz]e|win)\b",
    re.IGNORECASE,
)
_NUMBER_TARGET = re.compile(r"\d+\s*(?:%|percent|k\b|m\b|x\b)", re.IGNORECASE)


@new_in_format(FORMAT_VERSION)
@dataclass(frozen=True, slots=True)
class NarrativeAction:
    """One coherent action, tied to the work that carries it (so its hours can be counted)."""

    action: str = line(QT_TRANSLATE_NOOP("Validation", "Say the action in a few words."))
    items: tuple[ActionItemLink, ...] = records(ActionItemLink, doc="Inventory items doing it.")
    delegations: tuple[ActionDelegationLink, ...] = records(
        ActionDelegationLink, doc="Delegated outcomes doing it."
    )


@new_in_format(FORMAT_VERSION)
@dataclass(frozen=True, slots=True)
class NarrativeVersion:
    """The narrative as written on one day; a revision is a new version."""

    written_on: date = day(QT_TRANSLATE_NOOP("Validation", "Choose the date of this version."))
    diagnosis: str = text(
        QT_TRANSLATE_NOOP("Validation", "The diagnosis"),
        doc="What is really going on, in a couple of sentences.",
    )
    guiding_policy: str = text(
        QT_TRANSLATE_NOOP("Validation", "The guiding policy"), doc="How you will deal with it."
    )
    will_not: tuple[str, ...] = lines(
        QT_TRANSLATE_NOOP("Validation", "Each thing you will not do needs some words."),
        MAX_WILL_NOT,
        problem(
            "Validation",
            QT_TRANSLATE_NOOP("Validation", "List at most {0} things you will not do."),
            MAX_WILL_NOT,
        ),
        column="will_not",
        doc="What the policy rules out.",
    )
    actions: tuple[NarrativeAction, ...] = records(NarrativeAction, doc="3 to 5 coherent actions.")
    press_release: str = text(
        QT_TRANSLATE_NOOP("Validation", "The press release"),
        doc="Optional: the announcement at the horizon.",
    )
    release_on: date | None = day(
        QT_TRANSLATE_NOOP("Validation", "Choose the date of the press release."),
        default=None,
        optional=True,
    )
    id: int | None = record_id()


class Hint(StrEnum):
    """What ``checks`` can say; the GUI words them (through tr()), the CLI prints them."""

    NO_DIAGNOSIS = "no-diagnosis"
    GOAL_AS_STRATEGY = "goal-as-strategy"
    NOTHING_RULED_OUT = "nothing-ruled-out"
    FLUFF = "fluff"
    TOO_FEW_ACTIONS = "too-few-actions"
    TOO_MANY_ACTIONS = "too-many-actions"
    ACTION_WITHOUT_HOURS = "action-without-hours"


@dataclass(frozen=True, slots=True)
class Finding:
    hint: Hint
    detail: str = ""  # the fluff words found, or the action with no hours

    def words(self) -> Sentence:
        """The hint as a sentence: the report translates it, the CLI prints it in English."""
        parts: dict[Hint, tuple[str, tuple[str | int, ...]]] = {
            Hint.NO_DIAGNOSIS: (
                QT_TRANSLATE_NOOP(
                    "Narrative", "There is no diagnosis yet: what is really going on?"
                ),
                (),
            ),
            Hint.GOAL_AS_STRATEGY: (
                QT_TRANSLATE_NOOP(
                    "Narrative", "The guiding policy reads like a goal; say how you will get there."
                ),
                (),
            ),
            Hint.NOTHING_RULED_OUT: (
                QT_TRANSLATE_NOOP("Narrative", "Nothing is ruled out: what will you not do?"),
                (),
            ),
            Hint.FLUFF: (
                QT_TRANSLATE_NOOP("Narrative", "Words that sound deep but say little: {0}."),
                (self.detail,),
            ),
            Hint.TOO_FEW_ACTIONS: (
                QT_TRANSLATE_NOOP("Narrative", "Name {0} to {1} coherent actions."),
                (MIN_ACTIONS, MAX_ACTIONS),
            ),
            Hint.TOO_MANY_ACTIONS: (
                QT_TRANSLATE_NOOP(
                    "Narrative", "More than {0} actions is a list, not a focus: which matter most?"
                ),
                (MAX_ACTIONS,),
            ),
            Hint.ACTION_WITHOUT_HOURS: (
                QT_TRANSLATE_NOOP("Narrative", "No hours go to “{0}” in your recent weeks."),
                (self.detail,),
            ),
        }
        template, values = parts[self.hint]
        return Sentence("Narrative", template, values)

    def english(self) -> str:
        return self.words().english()


def fluff_in(texts: Iterable[str]) -> list[str]:
    """The fluff words used, each once, in the order of ``FLUFF_WORDS``."""
    words = {w for t in texts for w in re.findall(r"[a-z]+(?:-[a-z]+)*", t.casefold())}
    return [w for w in FLUFF_WORDS if w in words]


def reads_like_goal(policy: str) -> bool:
    stripped = policy.strip()
    if not stripped:
        return False
    return bool(_GOAL_START.match(stripped)) or (
        bool(_NUMBER_TARGET.search(stripped)) and len(stripped.split()) <= 12
    )


def checks(version: NarrativeVersion, hours: Sequence[float] | None = None) -> list[Finding]:
    """Rumelt's hallmarks of bad strategy, as hints. ``hours`` gives each action's recent
    hours a week (``action_hours``); without it the no-hours check is not made."""
    found: list[Finding] = []
    if not version.diagnosis.strip():
        found.append(Finding(Hint.NO_DIAGNOSIS))
    if reads_like_goal(version.guiding_policy):
        found.append(Finding(Hint.GOAL_AS_STRATEGY))
    if not version.will_not:
        found.append(Finding(Hint.NOTHING_RULED_OUT))
    texts = [version.diagnosis, version.guiding_policy, *(a.action for a in version.actions)]
    fluff = fluff_in(texts)
    if fluff:
        found.append(Finding(Hint.FLUFF, ", ".join(fluff)))
    if len(version.actions) < MIN_ACTIONS:
        found.append(Finding(Hint.TOO_FEW_ACTIONS))
    elif len(version.actions) > MAX_ACTIONS:
        found.append(Finding(Hint.TOO_MANY_ACTIONS))
    if hours is not None:
        for action, spent in zip(version.actions, hours, strict=True):
            if spent <= 0:
                found.append(Finding(Hint.ACTION_WITHOUT_HOURS, action.action))
    return found


def latest(versions: Iterable[NarrativeVersion]) -> NarrativeVersion | None:
    return max(versions, key=lambda v: (v.written_on, v.id or 0), default=None)


def revision_due(versions: Iterable[NarrativeVersion], today: date) -> date | None:
    """When the narrative should be revisited: a month after its latest version (None
    when there is none yet; the check-in then asks for a first one)."""
    last = latest(versions)
    return None if last is None else last.written_on + timedelta(days=REVISIT_DAYS)
