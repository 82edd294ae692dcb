"""What the Reviews page and the guided review say, in the user's language.

The figures come from ``domain.arcs.review_context``; only the wording lives here. Lists
are cut to a few names and "and N more" so a ten-year plan stays readable.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from altitude.domain.arcs.narrative_diff import PartChange
from altitude.domain.arcs.review_context import (
    Growth,
    HandOvers,
    MilestoneState,
    NarrativeChange,
    Period,
    Standing,
    part_said,
)
from altitude.domain.arcs.stakeholders import BossTopic
from altitude.domain.metrics import Track, format_hours
from altitude.i18n import settled
from altitude.ui.shared.fields import format_day

LISTED = 5  # names shown before "and N more"


def tr(text: str) -> str:
    return QCoreApplication.translate("Reviews", text)


def trn(text: str, n: int) -> str:
    """A count's words: ``%n`` and the plural form for ``n`` (Qt's numerus forms)."""
    return settled(text, n, QCoreApplication.translate("Reviews", text, None, n))


def state_name(state: MilestoneState) -> str:
    return {
        MilestoneState.DONE: tr("Done"),
        MilestoneState.OVERDUE: tr("Overdue"),
        MilestoneState.DUE: tr("Due this week"),
        MilestoneState.UPCOMING: tr("Upcoming"),
    }[state]


def topic_name(topic: BossTopic) -> str:
    return {
        BossTopic.SITUATION: tr("The situation"),
        BossTopic.EXPECTATIONS: tr("Expectations"),
        BossTopic.RESOURCES: tr("Resources"),
        BossTopic.STYLE: tr("Working style"),
        BossTopic.DEVELOPMENT: tr("Personal development"),
    }[topic]


def part_name(part: str) -> str:
    return {
        "diagnosis": tr("Diagnosis"),
        "guiding_policy": tr("Guiding policy"),
        "will_not": tr("What we will not do"),
        "actions": tr("Actions"),
        "press_release": tr("Press release"),
    }.get(part, part)


def listing(values: Sequence[str], listed: int = LISTED) -> str:
    """One entry a line, indented under the line that names the list; past ``listed``,
    "and 12 more". Entries are often whole sentences: commas would run them together."""
    shown = ["    \u2013 " + " ".join(v.split()) for v in values[:listed]]
    rest = len(values) - listed
    if rest > 0:
        shown.append("    " + tr("and {0} more").format(rest))
    return "\n" + "\n".join(shown)


def period_text(period: Period) -> str:
    first, last = format_day(period.first), format_day(period.last)
    if period.since_review:
        return tr("Since the last review: {0} to {1}").format(first, last)
    return tr("Since the plan's start: {0} to {1}").format(first, last)


def standing_text(standing: Standing, milestone_day: int) -> str:
    planned = round(standing.planned)
    if standing.actual is None:
        return tr(
            "No weeks logged yet, so there is no share to compare. The plan expects {0}% of "
            "the week on strategy by day {1}."
        ).format(planned, milestone_day)
    verdict = {
        Track.AHEAD: tr("ahead of the plan"),
        Track.ON_TRACK: tr("on track"),
        Track.BEHIND: tr("behind the plan"),
    }[standing.track or Track.ON_TRACK]
    return tr(
        "Over your last {0} logged weeks, {1}% of the week went to strategy. The plan "
        "expects {2}% by day {3}: you are {4}{5}."
    ).format(
        standing.weeks, round(standing.actual), planned, milestone_day, verdict,
        tr(" ({0:+} points)").format(round(standing.gap or 0)) if round(standing.gap or 0) else "",
    )  # fmt: skip


def hand_over_lines(moved: HandOvers) -> list[str]:
    lines = [
        tr("Handed over: {0}").format(listing([d.outcome for d in moved.started]))
        if moved.started
        else tr("Nothing new was handed over in this period.")
    ]
    lines.append(
        tr("Owned by your team now: {0}, {1} a week off your desk.").format(
            trn("%n hand-over(s)", len(moved.owned)),
            format_hours(moved.hours_owned),
        )
    )
    if moved.boomerangs:
        titles = sorted({b.item_title for b in moved.boomerangs})
        lines.append(
            tr("Came back to you: {0} on delegated work: {1}").format(
                format_hours(moved.boomerang_hours), listing(titles)
            )
        )
    else:
        lines.append(tr("Nothing delegated came back to you."))
    if moved.taken_back:
        lines.append(tr("Taken back: {0}").format(listing([d.outcome for d in moved.taken_back])))
    return lines


def growth_lines(growth: Growth) -> list[str]:
    lines = [
        tr("Decisions recorded: {0}{1}").format(
            len(growth.decided), listing(growth.decided) if growth.decided else ""
        ),
        tr("Decisions reviewed: {0}{1}").format(
            len(growth.reviewed), listing(growth.reviewed) if growth.reviewed else ""
        ),
        tr("Feedback logged: {0}").format(len(growth.feedback)),
    ]
    responses = [r for r in growth.feedback if r.strip()]
    if responses:
        lines.append(tr("What you said you would do about it: {0}").format(listing(responses)))
    return lines


def quoted(entries: Sequence[str]) -> str:
    """Each entry in the language's quotation marks (“…”, „…“, « … »)."""
    return ", ".join(tr("“{0}”").format(entry) for entry in entries)


def part_line(part: PartChange) -> str:
    said = part_said(part)
    if said.now is not None:
        return tr("{0}, now: “{1}”").format(part_name(part.part), said.now)
    words = []
    if said.added:
        words.append(tr("added {0}").format(quoted(said.added)))
    if said.dropped:
        words.append(tr("dropped {0}").format(quoted(said.dropped)))
    return f"{part_name(part.part)}: {'; '.join(words)}"


def narrative_lines(change: NarrativeChange) -> list[str]:
    if change.now is None:
        return [tr("No strategic narrative yet: write one on the Narrative page.")]
    if not change.parts:
        return [
            tr("Unchanged in this period (your latest version is from {0}).").format(
                format_day(change.now.written_on)
            )
        ]
    first = (
        tr("First written on {0}.").format(format_day(change.now.written_on))
        if change.before is None
        else tr("Revised on {0}, against the version of {1}:").format(
            format_day(change.now.written_on), format_day(change.before.written_on)
        )
    )
    return [first, *(part_line(p) for p in change.parts)]
