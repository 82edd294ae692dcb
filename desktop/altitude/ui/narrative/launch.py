"""Open the narrative's editor from anywhere (the page, the weekly check-in).

It is prefilled from the latest version and saves a new one through ``ctx.perform``:
one undoable step, whoever opened it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from altitude.domain.arcs.narrative import NarrativeVersion, latest
from altitude.ui.narrative.editor import NarrativeEditor, blank_version
from altitude.ui.narrative.wording import tr
from altitude.ui.shared.context import AppContext


def editor_for(ctx: AppContext, parent: QWidget | None = None) -> NarrativeEditor:
    """The editor, not yet shown; closing deletes it."""
    state, service, today = ctx.state, ctx.service, ctx.today()
    start = latest(state.narratives) or blank_version(today)
    first = not state.narratives

    def save(version: NarrativeVersion) -> bool:
        text = tr("Write the narrative") if first else tr("Revise the narrative")
        return ctx.perform(text, lambda: service.write_narrative(version))

    horizon = state.plan.horizon_end if state.plan is not None else None
    return NarrativeEditor(
        state, today, start, save, service.narrative_hours, horizon, parent,
        check=service.narrative_problem,
    )  # fmt: skip


def show_editor(ctx: AppContext, parent: QWidget | None = None) -> NarrativeEditor:
    """Open the editor without blocking and return it (tests drive it as it is)."""
    editor = editor_for(ctx, parent)
    editor.finished.connect(lambda _r: editor.deleteLater())
    editor.open()
    return editor
