"""File menu: export the report (PDF), export the plan (JSON or CSV), import a plan (JSON).

The report's sections are chosen first (``ui.report_dialog``), ticked as the plan's last
report had them; the choice is saved with the plan's settings once a file name is given.

Every file is written whole or not at all (``altitude.atomic_files``), readable by the
user alone. The report is drawn on the GUI thread behind a window-modal
progress dialog: matplotlib's font caches are not safe to share with a second thread while
the screen's charts may redraw, and the report takes only a couple of seconds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog, QWidget

from altitude.atomic_files import write_bytes_atomic
from altitude.errors import AltitudeError, FileWriteError
from altitude.services.exchange_actions import checked_import, read_file
from altitude.ui.shared.context import AppContext

if TYPE_CHECKING:
    from altitude.ui.main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("Exporting", text)


# ------------------------------------------------------------------ files


def describe(error: AltitudeError, path: Path) -> str:
    """One line for the user: where, and what went wrong."""
    if isinstance(error, FileWriteError):
        return tr("Can't write {0}: {1}").format(path, error.reason)
    return str(error)


def with_suffix(path: Path, suffix: str) -> Path:
    """``path`` as chosen, with ``suffix`` added when it has none (file dialogs may not)."""
    return path if path.suffix else path.with_name(path.name + suffix)


# ------------------------------------------------------------------ report


class _Cancelled(AltitudeError):
    """The user cancelled the report: raised from the progress callback to stop drawing."""


def remembered_sections(ctx: AppContext) -> tuple[str, ...]:
    """The sections the plan's last report held (all, until a choice is made)."""
    return tuple(ctx.state.settings.report_sections)


def remember_sections(ctx: AppContext, chosen: Sequence[str]) -> None:
    """Save the choice with the plan's settings, undoable like any settings change."""
    settings = ctx.state.settings
    if tuple(chosen) == tuple(settings.report_sections):
        return  # nothing changed: no empty step on the undo stack
    new = replace(settings, report_sections=tuple(chosen))
    ctx.perform(tr("Choose the report's sections"), lambda: ctx.service.update_settings(new))


def open_report_export(ctx: AppContext, parent: QWidget | None = None) -> QDialog:
    """File → Export report…: the sections dialog, without blocking; Export… writes the
    report (``export_report``) and remembers the choice. Returns the dialog."""
    from altitude.ui.report_dialog import ReportSectionsDialog  # its form: when asked for

    dialog = ReportSectionsDialog(remembered_sections(ctx), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: export_report(ctx, parent, dialog.chosen()))
    dialog.open()
    return dialog


def export_report(
    ctx: AppContext, parent: QWidget | None = None, sections: Sequence[str] | None = None
) -> Path | None:
    """Ask for a .pdf name and write the report there; the path, or None if not written.

    ``sections``: the parts to include (default: the plan's remembered choice); once a
    file name is chosen they are remembered for the next report.
    """
    chosen_sections = tuple(sections) if sections is not None else remembered_sections(ctx)
    chosen = ctx.dialogs.save_path(
        tr("Export report"), "altitude-report.pdf", tr("PDF document (*.pdf)")
    )
    if chosen is None:
        return None
    remember_sections(ctx, chosen_sections)
    path = chosen if chosen.suffix.lower() == ".pdf" else chosen.with_name(chosen.name + ".pdf")
    progress = QProgressDialog(
        tr("Drawing the charts and writing the report…"), tr("Cancel"), 0, 1, parent
    )
    progress.setWindowTitle(tr("Export report"))
    progress.setAccessibleName(tr("Report export progress"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.setAutoReset(False)
    progress.setValue(0)
    QApplication.processEvents()

    def step(done: int, total: int) -> None:
        progress.setMaximum(total)
        progress.setValue(done)
        QApplication.processEvents()
        if done < total and progress.wasCanceled():  # the last step is the written file
            raise _Cancelled

    try:
        from altitude.charts.report import write_report  # lazy: matplotlib is heavy

        pages = write_report(ctx.state, path, ctx.today(), progress=step, sections=chosen_sections)
    except _Cancelled:
        ctx.status_message.emit(tr("Report export cancelled; nothing was written."))
        return None
    except AltitudeError as exc:
        message = (
            tr("Can't write the report to {0}: {1}").format(path, exc.reason)
            if isinstance(exc, FileWriteError)
            else str(exc)
        )
        ctx.dialogs.error(tr("Report not exported"), message)
        return None
    finally:
        progress.close()
        progress.deleteLater()
    ctx.status_message.emit(tr("Report exported to {0} ({1} pages)").format(path, pages))
    return path


# ------------------------------------------------------------------ plan


def export_plan(ctx: AppContext) -> Path | None:
    """The whole plan as JSON, or the weekly check-ins as CSV, chosen by the file's suffix."""
    chosen = ctx.dialogs.save_path(
        tr("Export plan"),
        "altitude-plan.json",
        tr("The whole plan, JSON (*.json);;Weekly check-ins, CSV (*.csv)"),
    )
    if chosen is None:
        return None
    path = with_suffix(chosen, ".json")
    suffix = path.suffix.lower()
    if suffix not in (".json", ".csv"):
        message = tr(
            "Can't export as {0}: end the name in .json (the whole plan) or .csv (the "
            "weekly check-ins)."
        )
        ctx.dialogs.error(tr("Plan not exported"), message.format(path.suffix))
        return None
    text = ctx.service.export_json() if suffix == ".json" else ctx.service.export_csv()
    try:
        write_bytes_atomic(path, text.encode("utf-8"))
    except AltitudeError as exc:
        ctx.dialogs.error(tr("Plan not exported"), describe(exc, path))
        return None
    ctx.status_message.emit(tr("Exported to {0}").format(path))
    return path


def import_plan(ctx: AppContext) -> bool:
    """Replace the plan with a JSON file's, after checking it all and asking; True if done.

    A bad file changes nothing. ``import_json`` backs up the plan it replaces; the undo
    history is cleared, as its steps belong to the replaced plan.
    """
    path = ctx.dialogs.open_path(tr("Import plan"), tr("Altitude plan (*.json);;All files (*)"))
    if path is None:
        return False
    try:
        data = read_file(path)
        incoming = checked_import(data, path.name)
    except AltitudeError as exc:
        _not_imported(ctx, exc)
        return False
    question = tr(
        "“{0}” holds {1} inventory items, {2} delegations and {3} weekly check-ins. Importing "
        "it replaces your current plan, inventory, team, delegations and check-ins. Your "
        "current plan is backed up first; undo starts afresh."
    ).format(path.name, len(incoming.items), len(incoming.delegations), len(incoming.checkins))
    if not ctx.dialogs.confirm(tr("Replace your plan?"), question):
        return False
    try:
        ctx.service.import_json(data, path.name, replace_existing=True)
    except AltitudeError as exc:
        _not_imported(ctx, exc)
        return False
    ctx.undo_stack.clear()
    ctx.refresh(tr("Imported {0}").format(path.name))
    return True


def _not_imported(ctx: AppContext, error: AltitudeError) -> None:
    ctx.dialogs.error(
        tr("Plan not imported"), tr("{0}\n\nNothing was changed.").format(str(error) or error)
    )


# ------------------------------------------------------------------ menu


def install_exporting(window: MainWindow) -> list[QAction]:
    """File → Export report… (Ctrl+P), Export plan…, Import plan…; returns the actions."""
    ctx = window.ctx
    report = QAction(tr("Export &report…"), window)
    report.setShortcut(QKeySequence("Ctrl+P"))
    report.setToolTip(tr("A PDF for a mentor or coach; you choose what goes in (Ctrl+P)"))
    report.triggered.connect(lambda: open_report_export(ctx, window))
    plan = QAction(tr("&Export plan…"), window)
    plan.setToolTip(tr("Save the whole plan as JSON, or the check-ins as CSV"))
    plan.triggered.connect(lambda: export_plan(ctx))
    imported = QAction(tr("&Import plan…"), window)
    imported.setToolTip(tr("Replace the plan with one exported before"))
    imported.triggered.connect(lambda: import_plan(ctx))
    actions = [report, plan, imported]
    for action in actions:
        window.add_file_action(action)
    return actions
