"""The contract every sidebar page follows."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from altitude.domain.entities import PlanState
from altitude.ui.shared.context import AppContext


class Page(QWidget):
    """A page shows state and emits intent; it redraws in ``show_state``.

    Subclasses set ``title`` (translated, for the sidebar) and may override
    ``new_item`` (Ctrl+N) and ``show_state``.
    """

    title = "Page"
    icon = ""  # file name under resources/icons/

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        ctx.state_changed.connect(self.show_state)

    def show_state(self, state: PlanState) -> None:
        """Redraw from ``state``; called after every saved change."""

    def new_item(self) -> None:
        """Ctrl+N on this page. Pages with nothing to add leave it alone."""
