"""The narrative's words: the kernel's parts, its hints, the hours behind an action.

The hints are the domain's ``narrative.checks`` (Rumelt's hallmarks of bad strategy),
worded here through ``tr()``; each belongs beside one part of the kernel, so the page and
the editor show it where the writing needs it — a nudge, never a refusal.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from altitude.domain.arcs.narrative import (
    MAX_ACTIONS,
    MIN_ACTIONS,
    Finding,
    Hint,
    NarrativeVersion,
    checks,
    fluff_in,
)
from altitude.i18n import formats

PARTS = ("diagnosis", "guiding_policy", "will_not", "actions", "press_release")


def tr(text: str) -> str:
    return QCoreApplication.translate("Narrative", text)


def part_title(part: str) -> str:
    return {
        "diagnosis": tr("Diagnosis"),
        "guiding_policy": tr("Guiding policy"),
        "will_not": tr("We will not"),
        "actions": tr("Coherent actions"),
        "press_release": tr("Press release from the future"),
    }[part]


def part_question(part: str) -> str:
    """What each part answers, in plain words (shown under its title)."""
    return {
        "diagnosis": tr("What is really going on? A couple of sentences."),
        "guiding_policy": tr("How you will deal with it: the approach, not the target."),
        "will_not": tr("What the policy rules out, one per line."),
        "actions": tr(
            "{0} to {1} steps that carry the policy out, each tied to the work doing it."
        ).format(MIN_ACTIONS, MAX_ACTIONS),
        "press_release": tr("Optional: the announcement you would like to read at the horizon."),
    }[part]


def hint_text(finding: Finding) -> str:
    return {
        Hint.NO_DIAGNOSIS: tr("No diagnosis yet: what is really going on?"),
        Hint.GOAL_AS_STRATEGY: tr(
            "This reads like a goal (where to get to); say how you will get there."
        ),
        Hint.NOTHING_RULED_OUT: tr("Nothing is ruled out yet: what will you not do?"),
        Hint.FLUFF: tr("Words that sound deep but say little: {0}.").format(finding.detail),
        Hint.TOO_FEW_ACTIONS: tr("Name {0} to {1} coherent actions.").format(
            MIN_ACTIONS, MAX_ACTIONS
        ),
        Hint.TOO_MANY_ACTIONS: tr(
            "More than {0} actions is a list, not a focus: which matter most?"
        ).format(MAX_ACTIONS),
        Hint.ACTION_WITHOUT_HOURS: tr("No hours go to “{0}” in your recent weeks.").format(
            finding.detail
        ),
    }[finding.hint]


def hints_by_part(
    version: NarrativeVersion, hours: Sequence[float] | None = None
) -> dict[str, list[str]]:
    """The hints, worded, keyed by the part they concern ("action:<n>" for one action).

    Fluff is shown beside each part that uses it (naming that part's words), rather than
    once for the whole text, so the writer sees where to look.
    """
    found: dict[str, list[str]] = {}

    def put(part: str, finding: Finding) -> None:
        found.setdefault(part, []).append(hint_text(finding))

    for finding in checks(version, hours):
        if finding.hint is Hint.NO_DIAGNOSIS:
            put("diagnosis", finding)
        elif finding.hint is Hint.GOAL_AS_STRATEGY:
            put("guiding_policy", finding)
        elif finding.hint is Hint.NOTHING_RULED_OUT:
            put("will_not", finding)
        elif finding.hint in (Hint.TOO_FEW_ACTIONS, Hint.TOO_MANY_ACTIONS):
            put("actions", finding)
    own_texts = {"diagnosis": [version.diagnosis], "guiding_policy": [version.guiding_policy]}
    for index, action in enumerate(version.actions):
        own_texts[f"action:{index}"] = [action.action]
    for part, texts in own_texts.items():
        words = fluff_in(texts)
        if words:
            put(part, Finding(Hint.FLUFF, ", ".join(words)))
    if hours is not None:
        for index, (action, spent) in enumerate(zip(version.actions, hours, strict=True)):
            if spent <= 0:
                put(f"action:{index}", Finding(Hint.ACTION_WITHOUT_HOURS, action.action))
    return found


def hours_text(hours: float) -> str:
    """The hours a week behind an action; none said gently, as a question to look at."""
    if hours <= 0:
        return tr("0 h — nothing in your recent weeks goes to this")
    shown = formats.short_number(hours, 1)
    return tr("{0} h a week").format(shown)


def hint_count(version: NarrativeVersion, hours: Sequence[float] | None = None) -> int:
    return sum(len(v) for v in hints_by_part(version, hours).values())
