"""The PDF report for a mentor or coach: the plan, the charts, the inventory, the ledger.

``write_report`` renders every page in memory, then writes the bytes whole or not at all
(``altitude.atomic_files``), so a failure never leaves half a report.
Charts are the same builders the screen uses, drawn in the light palette at 150 dpi.

Each chart is drawn once, straight into pixels that go into the PDF as they are:
``savefig`` would draw it twice (a layout pass, then pixels: our fixed-margin layout needs
no such pass), encode a PNG, and fpdf2 would decode it again before compressing it its
own way. That was more than half the report's time on a ten-year plan.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from altitude.atomic_files import write_bytes_atomic
from altitude.charts import report_growth as growth
from altitude.charts import report_sections as parts
from altitude.charts.arcs import report_narrative
from altitude.charts.arcs import report_reviews as arcs_reviews
from altitude.charts.arcs.boss_sheet import TITLE as BOSS_TITLE
from altitude.charts.arcs.narrative_arc import ArcPoint, narrative_arc_figure
from altitude.charts.delegation import freed_figure
from altitude.charts.hours import hours_figure
from altitude.charts.matrix import matrix_figure
from altitude.charts.report_pdf import ReportDocument
from altitude.charts.style import Palette, palette
from altitude.charts.trajectory import trajectory_figure
from altitude.domain.entities import REPORT_SECTIONS, PlanState, WeeklyCheckIn
from altitude.domain.growth.decision_stats import Bin
from altitude.domain.prompts import FEEDBACK_PROMPTS
from altitude.errors import AltitudeError, FileWriteError
from altitude.i18n import translate, translate_marked

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from PIL.Image import Image

Progress = Callable[[int, int], None]


def tr(text: str) -> str:
    return translate("Report", text)


REPORT_DPI = 150  # sharp on paper; 200 cost ~40% more time for no visible gain

# The parts a user can choose (``domain.entities.REPORT_SECTIONS``; the default is all).
# ``plan`` is the plan itself, the summary at a glance and the recent reflections.


class ReportError(FileWriteError):
    """The report could not be written.

    ``str()`` is one line for the user; ``filename`` and ``strerror`` are set as for any
    OSError, so callers that describe OSErrors generically say the same thing.
    """

    def __str__(self) -> str:
        return f"Can't write the report to {self.path}: {self.reason}"


class SectionsError(AltitudeError):
    """Report sections that do not exist, or none at all: one line naming the valid ones."""


def chosen_sections(names: Iterable[str]) -> tuple[str, ...]:
    """``names`` (any order, repeats, spaces and case ignored) in the report's order.

    Raises SectionsError naming every valid section when one is unknown or none is given.
    """
    wanted = [n.strip().casefold() for n in names if n.strip()]
    valid = ", ".join(REPORT_SECTIONS)
    unknown = [n for n in wanted if n not in REPORT_SECTIONS]
    if unknown:
        raise SectionsError(f"unknown report section '{unknown[0]}'; the sections are {valid}")
    if not wanted:
        raise SectionsError(f"choose at least one report section: {valid}")
    return tuple(n for n in REPORT_SECTIONS if n in wanted)


def write_report(
    state: PlanState,
    path: Path,
    today: date,
    *,
    progress: Progress | None = None,
    sections: Iterable[str] = REPORT_SECTIONS,
) -> int:
    """Write the report to ``path`` as a PDF and return its number of pages.

    Only the ``sections`` asked for are drawn; the rest of the plan's text is not read, so
    it cannot end up in the file. ``progress(step, total)`` is called after each part
    (``step`` runs 1..total). Raises SectionsError for an unknown section and ReportError,
    leaving no file behind, when ``path`` can't be written.
    """
    chosen = chosen_sections(sections)
    path = Path(path)
    _check_target(path)
    state = visible(state, chosen)
    # cover, parts (charts: two), the file; a section without a part yet draws nothing
    total = 2 + sum(name in _PARTS for name in chosen) + ("charts" in chosen)
    step = 0

    def advance() -> None:
        nonlocal step
        step += 1
        if progress is not None:
            progress(step, total)

    sheet_alone = chosen == ("boss",)  # `--sections boss`: the one page, no cover
    doc = ReportDocument(
        f"Altitude · {translate_marked('Report', BOSS_TITLE)}"
        if sheet_alone
        else tr("Altitude · transition report")
    )
    if not sheet_alone:
        parts.cover(doc, state, today, with_plan="plan" in chosen)
    advance()
    light = palette(dark=False)
    for name, part in _PARTS.items():  # the reflections (plan) after the ledger, as before
        if name in chosen:
            part(doc, state, today, light, advance)
    data = bytes(doc.output())
    write_bytes_atomic(path, data, ReportError)
    advance()
    return doc.page_no()


def visible(state: PlanState, chosen: Sequence[str]) -> PlanState:
    """What the chosen sections may show: the journal and the feedback log are emptied when
    left out, and with them the answers to the weekly feedback question, so no part of the
    report (not even the summary on the cover) can print their text."""
    if "decisions" not in chosen:
        state = replace(state, journal=())
    if "feedback" not in chosen:
        state = replace(state, themes=(), feedback=(), checkins=_without_asks(state.checkins))
    return state


def _without_asks(checkins: tuple[WeeklyCheckIn, ...]) -> tuple[WeeklyCheckIn, ...]:
    """The check-ins without their answers about whom you asked for feedback."""
    return tuple(
        replace(c, answers=tuple(a for a in c.answers if a.prompt not in FEEDBACK_PROMPTS))
        for c in checkins
    )


Advance = Callable[[], None]


def _plan(
    doc: ReportDocument, state: PlanState, today: date, light: Palette, advance: Advance
) -> None:
    # Whom you asked for feedback is the feedback section's (and left out with it).
    recent = parts.recent_reflections(replace(state, checkins=_without_asks(state.checkins)))
    if recent:
        doc.add_page()
        parts.reflections(doc, recent)
    advance()


def _charts(
    doc: ReportDocument, state: PlanState, today: date, light: Palette, advance: Advance
) -> None:
    if state.checkins:  # with none, both charts would only say so: the cover does already
        doc.add_page()
        doc.heading(tr("Execution and strategy, week by week"))
        doc.paragraph(_trajectory_caption(state), muted=True, size=9)
        doc.figure(_pixels(trajectory_figure(state.plan, state.checkins, today, light)))
        advance()
        doc.figure(_pixels(hours_figure(state.checkins, light)))
    else:
        advance()
    advance()


def _inventory(
    doc: ReportDocument, state: PlanState, today: date, light: Palette, advance: Advance
) -> None:
    if state.items:
        doc.add_page()
        doc.heading(tr("What I do today, weighed"))
        doc.figure(_pixels(matrix_figure(state.items, light)))
        parts.inventory_table(doc, state)
    advance()


def _delegations(
    doc: ReportDocument, state: PlanState, today: date, light: Palette, advance: Advance
) -> None:
    if state.delegations:
        doc.add_page()
        doc.heading(tr("Delegation ledger"))
        parts.delegation_table(doc, state)
        doc.figure(_pixels(freed_figure(state.delegations, light, today)))
    advance()


def _decisions(
    doc: ReportDocument, state: PlanState, today: date, light: Palette, advance: Advance
) -> None:
    if state.journal:
        growth.decisions(doc, state, today, chart=lambda bins: _calibration_pixels(bins, light))
    advance()


def _feedback(
    doc: ReportDocument, state: PlanState, today: date, light: Palette, advance: Advance
) -> None:
    if state.themes or state.feedback:
        growth.feedback(doc, state, today)
    advance()


def _narrative(
    doc: ReportDocument, state: PlanState, today: date, light: Palette, advance: Advance
) -> None:
    def arc(points: Sequence[ArcPoint]) -> Image:
        return _pixels(narrative_arc_figure(points, light, plan=state.plan, today=today))

    report_narrative.narrative(doc, state, today, chart=arc)
    advance()


def _relationships(
    doc: ReportDocument, state: PlanState, today: date, light: Palette, advance: Advance
) -> None:
    if state.stakeholders:
        from altitude.charts.arcs.report_relationships import relationships

        relationships(doc, state, today, light, _pixels)
    advance()


def _functions(
    doc: ReportDocument, state: PlanState, today: date, light: Palette, advance: Advance
) -> None:
    if state.functions:
        from altitude.charts.arcs.report_functions import functions

        functions(doc, state, today, light, _pixels)
    advance()


def _reviews(
    doc: ReportDocument, state: PlanState, today: date, light: Palette, advance: Advance
) -> None:
    arcs_reviews.reviews(doc, state, today)
    advance()


def _boss(
    doc: ReportDocument, state: PlanState, today: date, light: Palette, advance: Advance
) -> None:
    arcs_reviews.boss(doc, state, today)  # one page, whatever the plan holds
    advance()


_PARTS: dict[str, Callable[[ReportDocument, PlanState, date, Palette, Advance], None]] = {
    "charts": _charts,
    "inventory": _inventory,
    "delegations": _delegations,
    "plan": _plan,  # the cover holds the plan itself; its reflections come here
    "decisions": _decisions,
    "feedback": _feedback,
    "narrative": _narrative,
    "relationships": _relationships,
    "functions": _functions,
    "reviews": _reviews,
    "boss": _boss,
}


def _trajectory_caption(state: PlanState) -> str:
    caption = tr(
        "The blue line is the share of each week spent on strategy; the orange area above it "
        "is execution."
    )
    if state.plan is None:
        return (
            caption + " " + tr("With a plan, the target glide path and a projection appear here.")
        )
    return (
        caption
        + " "
        + tr(
            "The dashed line is the plan's glide path inside its tolerance band; the dotted "
            "line projects the recent trend."
        )
    )


def _calibration_pixels(bins: Sequence[Bin], light: Palette) -> Image | None:
    """The journal's calibration chart, when this build has it (``charts.growth``, the
    Decisions page's); without it the report's table of the bins says the same."""
    try:
        module = import_module("altitude.charts.growth.decisions")
    except ImportError:
        return None
    figure: Figure = module.calibration_figure(bins, light)
    return _pixels(figure)


def _pixels(fig: Figure) -> Image:
    """The chart drawn once at the report's dpi, as an RGB image (what savefig would give)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from PIL import Image

    fig.set_dpi(REPORT_DPI)
    canvas = FigureCanvasAgg(fig)
    canvas.draw()  # type: ignore[no-untyped-call]
    width, height = canvas.get_width_height(physical=True)
    buffer = canvas.buffer_rgba()  # type: ignore[no-untyped-call]
    rgba = Image.frombuffer("RGBA", (width, height), buffer, "raw", "RGBA", 0, 1)
    return rgba.convert("RGB")  # the figure is opaque: the alpha channel says nothing


def _check_target(path: Path) -> None:
    """Fail before the slow part when the target can obviously not be written."""
    if path.is_dir():
        raise ReportError(path, "it is a folder; give a file name")
    if not path.parent.is_dir():
        raise ReportError(path, f"the folder {path.parent} does not exist")
