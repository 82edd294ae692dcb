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

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from altitude.atomic_files import write_bytes_atomic
from altitude.charts import report_sections as sections
from altitude.charts.delegation import freed_figure
from altitude.charts.hours import hours_figure
from altitude.charts.matrix import matrix_figure
from altitude.charts.report_pdf import ReportDocument
from altitude.charts.style import palette
from altitude.charts.trajectory import trajectory_figure
from altitude.domain.entities import PlanState
from altitude.errors import FileWriteError

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from PIL.Image import Image

Progress = Callable[[int, int], None]
REPORT_DPI = 150  # sharp on paper; 200 cost ~40% more time for no visible gain
_STEPS = 6  # cover, trajectory, weekly hours, inventory, delegations, reflections + write


class ReportError(FileWriteError):
    """The report could not be written.

    ``str()`` is one line for the user; ``filename`` and ``strerror`` are set as for any
    OSError, so callers that describe OSErrors generically say the same thing.
    """

    def __str__(self) -> str:
        return f"Can't write the report to {self.path}: {self.reason}"


def write_report(
    state: PlanState,
    path: Path,
    today: date,
    *,
    progress: Progress | None = None,
) -> int:
    """Write the report to ``path`` as a PDF and return its number of pages.

    ``progress(step, total)`` is called after each part (``step`` runs 1..total).
    Raises ReportError, leaving no file behind, when ``path`` can't be written.
    """
    path = Path(path)
    _check_target(path)
    total = _STEPS + 1
    step = 0

    def advance() -> None:
        nonlocal step
        step += 1
        if progress is not None:
            progress(step, total)

    doc = ReportDocument("Altitude · transition report")
    sections.cover(doc, state, today)
    advance()

    light = palette(dark=False)
    if state.checkins:  # with none, both charts would only say so: the cover does already
        doc.add_page()
        doc.heading("Execution and strategy, week by week")
        doc.paragraph(_trajectory_caption(state), muted=True, size=9)
        doc.figure(_pixels(trajectory_figure(state.plan, state.checkins, today, light)))
        advance()
        doc.figure(_pixels(hours_figure(state.checkins, light)))
        advance()
    else:
        advance()
        advance()

    if state.items:
        doc.add_page()
        doc.heading("What I do today, weighed")
        doc.figure(_pixels(matrix_figure(state.items, light)))
        sections.inventory_table(doc, state)
    advance()

    if state.delegations:
        doc.add_page()
        doc.heading("Delegation ledger")
        sections.delegation_table(doc, state)
        doc.figure(_pixels(freed_figure(state.delegations, light, today)))
    advance()

    recent = sections.recent_reflections(state)
    if recent:
        doc.add_page()
        sections.reflections(doc, recent)
    advance()

    data = bytes(doc.output())
    write_bytes_atomic(path, data, ReportError)
    advance()
    return doc.page_no()


def _trajectory_caption(state: PlanState) -> str:
    caption = (
        "The blue line is the share of each week spent on strategy; the orange area above it "
        "is execution."
    )
    if state.plan is None:
        return caption + " With a plan, the target glide path and a projection appear here."
    return caption + (
        " The dashed line is the plan's glide path inside its tolerance band; the dotted line "
        "projects the recent trend."
    )


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
