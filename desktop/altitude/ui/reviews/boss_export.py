"""Boss sheet (PDF)…: the one-page "conversation with your boss" for a review.

Written through the export machinery every other file uses (``ui.exporting``'s naming
and wording; ``atomic_files`` underneath: whole or not at all, readable by the user alone).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from altitude.domain.arcs.review_context import review_context
from altitude.errors import AltitudeError
from altitude.ui.exporting import describe, with_suffix
from altitude.ui.shared.context import AppContext


def tr(text: str) -> str:
    return QCoreApplication.translate("Reviews", text)


def export_boss_sheet(ctx: AppContext, milestone_day: int) -> Path | None:
    """Ask for a .pdf name and write the sheet of the day's review there; the path, or None."""
    state = ctx.state
    plan = state.plan
    if plan is None:
        return None
    chosen = ctx.dialogs.save_path(
        tr("Boss sheet"), f"boss-sheet-day-{milestone_day}.pdf", tr("PDF document (*.pdf)")
    )
    if chosen is None:
        return None
    path = with_suffix(chosen, ".pdf")
    review = next((r for r in state.reviews if r.milestone_day == milestone_day), None)
    on = review.held_on if review is not None else ctx.today()
    from altitude.charts.arcs.boss_sheet import SheetFor, write_boss_sheet  # lazy: fpdf2

    try:
        write_boss_sheet(path, plan, SheetFor(review_context(state, milestone_day, on), review))
    except AltitudeError as exc:
        ctx.dialogs.error(tr("Boss sheet not written"), describe(exc, path))
        return None
    ctx.status_message.emit(tr("Boss sheet written to {0}").format(path))
    return path
