"""A chart on screen: a "Loading chart…" placeholder until matplotlib has loaded, then a canvas.

The window must never wait for the chart library (~0.5 s to import): nothing here imports
matplotlib or ``altitude.charts`` at module level. The first time a canvas is shown it
schedules the import with ``QTimer.singleShot(0, …)``, so the window paints first, and then
swaps the placeholder for a ``FigureCanvasQTAgg`` over one Figure that every redraw reuses.

A chart is described by a *builder*, ``builder(figure, palette)``, and a *key* (the data it
shows). The builder runs again only when the key changed or the theme flipped, and only
while the canvas is visible: a hidden chart catches up when it is shown. Qt's canvas
renders at the screen's device pixel ratio, so charts stay sharp on HiDPI screens.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QMenu, QSizePolicy, QVBoxLayout, QWidget

from altitude.atomic_files import write_atomic
from altitude.errors import AltitudeError
from altitude.ui.exporting import describe, with_suffix
from altitude.ui.shared.context import AppContext

if TYPE_CHECKING:
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

    from altitude.charts.style import Palette

Builder = Callable[["Figure", "Palette"], object]
FILTERS = "PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"
MIN_HEIGHT = 220  # pixels: below this a chart's title, axis and legend collide
LOAD_FALLBACK_MS = 300  # load even if the placeholder is never painted (e.g. covered)
_log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("ChartCanvas", text)


def chart_library_loaded() -> bool:
    """Whether matplotlib's Qt canvas is imported (tests check start-up stays without it)."""
    import sys

    return "matplotlib.backends.backend_qtagg" in sys.modules


class _Placeholder(QLabel):
    """ "Loading chart…"; says when it has been painted, i.e. the window is on screen."""

    painted = Signal()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        self.painted.emit()


class ChartCanvas(QWidget):
    loaded = Signal()  # the placeholder made way for the figure canvas
    drawn = Signal()  # the builder ran: the figure holds new content
    painted = Signal()  # matplotlib rendered the figure (its draw_event)

    def __init__(
        self,
        ctx: AppContext,
        accessible_name: str,
        file_stem: str = "altitude-chart",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.file_stem = file_stem
        self.figure: Figure | None = None
        self.canvas: FigureCanvasQTAgg | None = None
        self.builds = 0  # how many times a builder ran; redraws are not free
        self._builder: Builder | None = None
        self._key: object = None
        self._stale = False
        self._drawn_dark: bool | None = None
        self._load_scheduled = False

        self.setAccessibleName(accessible_name)
        self.setMinimumHeight(MIN_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.placeholder = _Placeholder(tr("Loading chart…"))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setProperty("role", "caption")
        self.placeholder.setAccessibleName(accessible_name)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.placeholder)

        self.save_action = QAction(tr("Save chart as PNG / SVG / PDF…"), self)
        self.save_action.setEnabled(False)
        self.save_action.triggered.connect(self.save_as)
        ctx.dark_changed.connect(self._dark_changed)

    # ------------------------------------------------------------ drawing

    def set_builder(self, builder: Builder, key: object = None) -> None:
        """Draw with ``builder`` from now on; redraw if ``key`` differs (None: always)."""
        self._builder = builder
        if key is None or key != self._key:
            self._key = key
            self._stale = True
        self._refresh()

    def is_loaded(self) -> bool:
        return self.canvas is not None

    def _dark_changed(self, _dark: bool) -> None:
        self._refresh()

    def _refresh(self) -> None:
        if self.figure is None or self._builder is None or not self.isVisible():
            return  # drawn on load or when shown
        dark = self.ctx.dark
        if not self._stale and self._drawn_dark == dark:
            return
        from altitude.charts.style import empty_state, palette

        colours = palette(dark)
        try:
            self._builder(self.figure, colours)
        except Exception:  # a chart bug must not take the window down with it
            _log.exception("drawing %s failed", self.accessibleName())
            empty_state(self.figure, tr("This chart could not be drawn."), colours)
        self._stale, self._drawn_dark = False, dark
        self.builds += 1
        if self.canvas is not None:
            self.canvas.draw_idle()  # type: ignore[no-untyped-call]
        self.drawn.emit()

    # ------------------------------------------------------------ loading

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.canvas is not None:
            self._refresh()
        elif not self._load_scheduled:
            # Import once the window has painted its placeholder, never before.
            self._load_scheduled = True
            self.placeholder.painted.connect(self._placeholder_painted)
            QTimer.singleShot(LOAD_FALLBACK_MS, self, self.load)

    def _placeholder_painted(self) -> None:
        self.placeholder.painted.disconnect(self._placeholder_painted)
        QTimer.singleShot(0, self, self.load)

    def load(self) -> None:
        """Import matplotlib and put the figure canvas in the placeholder's place."""
        if self.canvas is not None:
            return
        os.environ.setdefault("QT_API", "pyside6")  # the binding we run on, never PyQt
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from altitude.charts.style import new_figure, palette

        self.figure = new_figure(palette(self.ctx.dark))
        canvas = FigureCanvasQTAgg(self.figure)  # type: ignore[no-untyped-call]
        canvas.setAccessibleName(self.accessibleName())
        canvas.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable, for the menu key
        canvas.mpl_connect("draw_event", self._painted)
        self._layout.replaceWidget(self.placeholder, canvas)
        self.placeholder.hide()
        self.canvas = canvas
        self.save_action.setEnabled(True)
        self.loaded.emit()
        self._refresh()

    def _painted(self, _event: Any) -> None:
        self.painted.emit()

    # ------------------------------------------------------------ saving

    def context_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.save_action)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt's name
        if self.figure is None:
            return
        menu = self.context_menu()
        menu.exec(event.globalPos())
        menu.deleteLater()

    def save_as(self) -> Path | None:
        """Ask for a file name and save the chart as shown; the path, or None."""
        if self.figure is None:
            return None
        chosen = self.ctx.dialogs.save_path(tr("Save chart"), f"{self.file_stem}.png", tr(FILTERS))
        if chosen is None:
            return None
        path = with_suffix(chosen, ".png")
        from altitude.charts.export import FORMATS, export_figure

        if path.suffix.lower() not in FORMATS:
            message = tr("Can't save a chart as {0}: use .png, .svg or .pdf.").format(path.suffix)
            self.ctx.dialogs.error(tr("Chart not saved"), message)
            return None
        figure = self.figure
        try:
            write_atomic(path, lambda temp: export_figure(figure, temp))
        except AltitudeError as exc:
            self.ctx.dialogs.error(tr("Chart not saved"), describe(exc, path))
            return None
        finally:
            if self.canvas is not None:  # saving renders at another size: repaint ours
                self.canvas.draw_idle()  # type: ignore[no-untyped-call]
        self.ctx.status_message.emit(tr("Chart saved to {0}").format(path))
        return path
