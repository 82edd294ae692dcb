"""The report's strategic narrative: the latest kernel, the hours behind each action, the
hints, what changed since the previous version, and the arc.

Written only when the ``narrative`` section is asked for (``report.write_report``). The
hours are the same as on the Narrative page (``action_hours``: the recent check-ins' split
by item and what the delegates carry); the changes use the CLI's marks, ``[-removed-]``
and ``{+added+}``, readable in black and white.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from altitude.charts.arcs.narrative_arc import ArcPoint, arc_points
from altitude.charts.report_pdf import ReportDocument
from altitude.domain.arcs.action_hours import hours_per_action
from altitude.domain.arcs.narrative import NarrativeAction, NarrativeVersion, checks
from altitude.domain.arcs.narrative_diff import narrative_diff
from altitude.domain.entities import PlanState
from altitude.i18n import QT_TRANSLATE_NOOP, formats, translate, translate_marked

if TYPE_CHECKING:
    from PIL.Image import Image

PART_TITLES = {  # translated where printed
    "diagnosis": QT_TRANSLATE_NOOP("Report", "Diagnosis"),
    "guiding_policy": QT_TRANSLATE_NOOP("Report", "Guiding policy"),
    "will_not": QT_TRANSLATE_NOOP("Report", "We will not"),
    "actions": QT_TRANSLATE_NOOP("Report", "Coherent actions"),
    "press_release": QT_TRANSLATE_NOOP("Report", "Press release"),
}
Chart = Callable[[Sequence[ArcPoint]], "Image"]


def tr(text: str) -> str:
    return translate("Report", text)


def day(value: date) -> str:
    return formats.day(value)


def hours_text(hours: float) -> str:
    if hours <= 0:
        return tr("0 h: nothing in the recent weeks")
    return tr("{0} h a week").format(formats.short_number(hours, 1))


def linked_work(action: NarrativeAction, state: PlanState) -> str:
    names = [i.title for link in action.items if (i := state.item(link.item_id)) is not None]
    names += [
        tr("delegated: {0}").format(d.outcome)
        for link in action.delegations
        if (d := state.delegation(link.delegation_id)) is not None
    ]
    return ", ".join(names) or tr("not tied to any work yet")


def narrative(
    doc: ReportDocument, state: PlanState, today: date, chart: Chart | None = None
) -> None:
    """The section; nothing is written when the plan has no narrative."""
    versions = sorted(state.narratives, key=lambda v: (v.written_on, v.id or 0))
    if not versions:
        return
    latest = versions[-1]
    doc.add_page()
    doc.heading(tr("Strategic narrative"))
    doc.paragraph(
        tr(
            "Version {0}, written {1}, as Rumelt's kernel: a diagnosis of what is going on, a "
            "guiding policy, and coherent actions that carry it out. Revisited monthly; every "
            "version is kept."
        ).format(len(versions), day(latest.written_on)),
        muted=True,
        size=9,
    )
    doc.facts(
        [
            (tr("Diagnosis"), latest.diagnosis or tr("(not written)")),
            (tr("Guiding policy"), latest.guiding_policy or tr("(not written)")),
            (tr("We will not"), "; ".join(latest.will_not) or tr("(nothing ruled out)")),
        ]
    )
    hours = hours_per_action(latest, state.checkins, state.delegations)
    if latest.actions:
        rows = [
            (a.action, linked_work(a, state), hours_text(h))
            for a, h in zip(latest.actions, hours, strict=True)
        ]
        widths = (doc.epw * 0.4, doc.epw * 0.38, doc.epw * 0.22)
        doc.table_of((tr("Coherent action"), tr("Work behind it"), tr("Hours")), rows, widths)
    _hints(doc, latest, hours)
    _changes(doc, versions)
    if latest.press_release.strip():
        on = latest.release_on or (state.plan.horizon_end if state.plan else latest.written_on)
        doc.heading(tr("Press release, dated {0}").format(day(on)), 11)
        doc.paragraph(latest.press_release, italic=True)
    if chart is not None and len(versions) > 1:
        doc.figure(chart(arc_points(versions, state.checkins, state.delegations, today)))


def _hints(doc: ReportDocument, latest: NarrativeVersion, hours: Sequence[float]) -> None:
    doc.heading(tr("Hints"), 11)
    found = checks(latest, hours)
    if found:
        doc.bullets([f.words().translated() for f in found])
    else:
        doc.paragraph(tr("None: the kernel shows none of the hallmarks of bad strategy checked."))


def _changes(doc: ReportDocument, versions: Sequence[NarrativeVersion]) -> None:
    if len(versions) < 2:
        doc.heading(tr("What changed"), 11)
        doc.paragraph(tr("This is the first version: nothing to compare yet."), muted=True)
        return
    previous, latest = versions[-2], versions[-1]
    doc.heading(
        tr("What changed since version {0} ({1})").format(
            len(versions) - 1, day(previous.written_on)
        ),
        11,
    )
    changes = narrative_diff(previous, latest)
    if not changes:
        doc.paragraph(tr("No changes: it still holds as written."))
        return
    doc.paragraph(tr("Removed words are marked [-like this-], added ones {+like this+}."),
                  muted=True, size=9)  # fmt: skip
    doc.facts([(translate_marked("Report", PART_TITLES[c.part]), c.plain()) for c in changes])
