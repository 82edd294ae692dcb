"""The report's cross-functional map: the functions' table and the coverage heat map.

Written only when the ``functions`` section is asked for: per function what it is measured
on, how the team moves it, whom I learn from, what is still unclear and whether I could
explain its goals to my boss (1-5); the functions not worked with for 60 days named; then
the heat map of the months.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from altitude.charts.arcs.coverage import coverage_figure
from altitude.charts.report_growth import day
from altitude.charts.report_pdf import ReportDocument
from altitude.charts.report_sections import TABLE_ROWS
from altitude.charts.style import Palette
from altitude.domain.arcs.functions import UNTOUCHED_DAYS, coverage, untouched
from altitude.domain.entities import PlanState
from altitude.i18n import translate


def tr(text: str) -> str:
    return translate("Report", text)


def trn(text: str, n: int) -> str:
    return translate("Report", text, None, n)


if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from PIL.Image import Image


def functions(
    doc: ReportDocument,
    state: PlanState,
    today: date,
    light: Palette,
    pixels: Callable[[Figure], Image],
) -> None:
    doc.add_page()
    doc.heading(tr("Other functions"))
    doc.paragraph(
        tr(
            "How the other functions work and how my team moves their numbers; "
            '"could explain" is whether I could explain their goals to my boss, 1 to 5.'
        ),
        muted=True,
        size=9,
    )
    names = {p.id: p.name for p in state.stakeholders}
    rows = [
        (
            f.name,
            f.measured_on or "—",
            f.how_we_move_it or "—",
            names.get(f.learn_from_id, "—"),
            f.still_unclear or "—",
            str(f.could_explain),
            day(f.last_touch) if f.last_touch else tr("never"),
        )
        for f in state.functions[:TABLE_ROWS]
    ]
    doc.table_of(
        (tr("Function"), tr("Measured on"), tr("How my team moves it"), tr("I learn from"),
         tr("Still unclear"), tr("Could explain"), tr("Last worked with")),
        rows,
        (24, 32, 34, 24, 30, 14, doc.epw - 158),
        size=8,
    )  # fmt: skip
    if len(state.functions) > TABLE_ROWS:
        more = len(state.functions) - TABLE_ROWS
        doc.paragraph(trn("%n more are not listed.", more), muted=True, size=9)
    stale = untouched(state.functions, today)
    if stale:
        doc.paragraph(
            tr("Not worked with for {0} days or more: {1}.").format(
                UNTOUCHED_DAYS, ", ".join(f.name for f in stale)
            )
        )
    first = state.plan.start_date if state.plan is not None else today
    touched = [t.on for f in state.functions for t in f.touches]
    cov = coverage(state.functions, min([first, *touched]), max([today, *touched]))
    doc.figure(pixels(coverage_figure(cov, light)))
