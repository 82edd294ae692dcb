"""A chart on screen: a "Loading chart…" placeholder until matplotlib has loaded, then a canvas.

The window must never wait for the chart library (~0.5 s to import): nothing here imports
matplotlib or ``altitude.charts`` at module level. The first time a canvas is shown it
schedules the import with ``QTimer.singleShot(0, …)``, so the window paints first, and then
swaps the placeholder for a ``FigureCanvasQTAgg`` over one Figure that every redraw reuses.

A chart is described by a *builder*, ``builder(figure, palette)``, and a *key* (the data it
shows). The builder runs again only when the key changed or the theme flipped, and only
while the canvas is visible: a hidden chart catches up when it is shown. Qt's canvas
renders at the screen's device pixel ratio, so charts stay sharp on HiDPI screens.

A chart given a ``PictureStore`` (the dashboard's trajectory) keeps its last live drawing
and, at the next start-up, paints that picture in the placeholder's place without importing
matplotlib — only while the picture's key matches what would be drawn now: the data it
was drawn from, the theme, the language, the device pixel ratio and the size. Anything
that needs a live figure (other data, a resize, another theme or language, a hover, the
context menu, an export) loads matplotlib, and the live canvas replaces the picture.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import (
    QCoreApplication,
    QCryptographicHash,
    QEvent,
    QLocale,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QShowEvent,
)
from PySide6.QtWidgets import QLabel, QMenu, QSizePolicy, QVBoxLayout, QWidget

from altitude.atomic_files import write_atomic
from altitude.errors import AltitudeError
from altitude.ui import watch_paints
from altitude.ui.shared.context import AppContext

if TYPE_CHECKING:
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

    from altitude.charts.style import Palette

Builder = Callable[["Figure", "Palette"], object]
FILTERS = "PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"
MIN_HEIGHT = 220  # pixels: below this a chart's title, axis and legend collide
LOAD_FALLBACK_MS = 300  # load even if the placeholder is never painted (e.g. covered)
KEEP_PICTURE_MS = 500  # after the last live draw: a resize being dragged is not kept each step
PICTURE_FORMAT = 1  # raise when a chart's drawing changes, so older pictures are not shown
_log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("ChartCanvas", text)


def chart_library_loaded() -> bool:
    """Whether matplotlib's Qt canvas is imported (tests check start-up stays without it)."""
    import sys

    return "matplotlib.backends.backend_qtagg" in sys.modules


class PictureStore(Protocol):
    """Where a chart keeps its last drawing (``ui.dashboard.chart_cache.PictureFile``)."""

    def read(self, key: str, ratio: float) -> tuple[QPixmap, QSize] | None:
        """The picture kept under ``key`` and the size it was drawn at, or None."""

    def write(self, key: str, picture: QPixmap, size: QSize) -> bool:
        """Keep ``picture`` (drawn at ``size``) under ``key``."""


class _Placeholder(QLabel):
    """ "Loading chart…", or the chart's kept picture when one fits; says when it has been
    painted (True: with the picture), i.e. the window is on screen."""

    painted = Signal(bool)
    hovered = Signal()  # the pointer moved over the picture (a cursor at rest is no hover)

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.kept: tuple[QPixmap, QSize] | None = None

    def set_picture(self, picture: tuple[QPixmap, QSize] | None) -> None:
        self.kept = picture
        # Reachable like the live canvas (for the menu key) only while it stands in for it.
        has = picture is not None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if has else Qt.FocusPolicy.NoFocus)
        self.setMouseTracking(has)
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        super().mouseMoveEvent(event)
        if self.kept is not None:
            self.hovered.emit()

    def shows_chart_picture(self) -> bool:
        """The picture was drawn at this very size and pixel ratio (and is painted as is);
        ``altitude.ui.diagnostics`` reports its paint as the chart's."""
        if self.kept is None:
            return False
        pixmap, size = self.kept
        return size == self.size() and pixmap.devicePixelRatio() == self.devicePixelRatioF()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        fits = self.shows_chart_picture()
        if fits and self.kept is not None:
            painter = QPainter(self)
            painter.drawPixmap(0, 0, self.kept[0])
            painter.end()
        else:  # never a picture of another size: "Loading chart…" until the live one
            super().paintEvent(event)
        self.painted.emit(fits)


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
        self.pictures: PictureStore | None = None
        self._drawn_from: object = None  # what the picture's key digests (see set_builder)
        self._kept: tuple[str, QSize] | None = None
        self._keep_timer: QTimer | None = None

        self.setAccessibleName(accessible_name)
        self.setMinimumHeight(MIN_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.placeholder = _Placeholder(tr("Loading chart…"))
        watch_paints(self.placeholder)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setProperty("role", "caption")
        self.placeholder.setAccessibleName(accessible_name)
        self.placeholder.hovered.connect(self._hovered)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.placeholder)

        self.save_action = QAction(tr("Save chart as PNG / SVG / PDF…"), self)
        self.save_action.setEnabled(False)
        self.save_action.triggered.connect(self.save_as)
        ctx.dark_changed.connect(self._dark_changed)

    # ------------------------------------------------------------ drawing

    def set_builder(self, builder: Builder, key: object = None, drawn_from: object = None) -> None:
        """Draw with ``builder`` from now on; redraw if ``key`` differs (None: always).
        ``drawn_from``: exactly what the drawing depends on, when ``key`` holds more (its
        ``repr`` is digested into the kept picture's key); ``key`` by default."""
        self._builder = builder
        self._drawn_from = key if drawn_from is None else drawn_from
        if key is None or key != self._key:
            self._key = key
            self._stale = True
        if self.placeholder.kept is not None:
            self._offer_picture()  # other data: the picture no longer fits
        self._refresh()

    def is_loaded(self) -> bool:
        return self.canvas is not None

    def _dark_changed(self, _dark: bool) -> None:
        if self.placeholder.kept is not None:
            self._offer_picture()
        self._refresh()

    # ------------------------------------------------------------ the kept picture

    def use_pictures(self, pictures: PictureStore) -> None:
        """Keep each live drawing in ``pictures`` and start from the kept one when it fits."""
        self.pictures = pictures

    def picture_key(self) -> str:
        """Everything but the size a kept picture must match to be shown (its size is
        checked as it is painted): a digest of the data, the theme, the language (the
        translated name says which translation is installed) and the pixel ratio."""
        # Qt's SHA-256 (the same digest as hashlib's): hashlib would load OpenSSL at start-up
        sha256 = QCryptographicHash.Algorithm.Sha256
        data = QCryptographicHash.hash(repr(self._drawn_from).encode(), sha256).toHex()
        return json.dumps(
            {
                "format": PICTURE_FORMAT,
                "chart": self.accessibleName(),
                "language": QLocale().name(),
                "dark": self.ctx.dark,
                "ratio": self.devicePixelRatioF(),
                "data": bytes(data.data()).decode("ascii"),
            },
            sort_keys=True,
        )

    def _offer_picture(self) -> None:
        """Give the placeholder the kept picture of what would be drawn now, or none."""
        picture = None
        if self.pictures is not None and self._builder is not None and self.canvas is None:
            picture = self.pictures.read(self.picture_key(), self.devicePixelRatioF())
        self.placeholder.set_picture(picture)

    def _keep_picture(self) -> None:
        """After a live draw: keep what is on screen, if it shows the current data."""
        canvas = self.canvas
        if canvas is None or self.pictures is None or not canvas.isVisible():
            return
        if self._stale or self._drawn_dark != self.ctx.dark or canvas.size() != self.size():
            return
        kept = (self.picture_key(), self.size())
        if kept != self._kept and self.pictures.write(kept[0], canvas.grab(), kept[1]):
            self._kept = kept

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and self.placeholder.kept is not None:
            self._offer_picture()  # another language: the picture's texts are not

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
            # Import once the window has painted its placeholder, never before; not at
            # all while the placeholder paints the kept picture.
            self._load_scheduled = True
            self._offer_picture()
            self.placeholder.painted.connect(self._placeholder_painted)
            QTimer.singleShot(LOAD_FALLBACK_MS, self, self._load_unless_pictured)

    def _placeholder_painted(self, pictured: bool) -> None:
        if not pictured:
            QTimer.singleShot(0, self, self.load)

    def _load_unless_pictured(self) -> None:
        if not self.placeholder.shows_chart_picture():
            self.load()

    def _load_for_use(self) -> None:
        """Something needs the live figure (a hover, the menu, an export): load it now."""
        if self.canvas is None and self.placeholder.kept is not None:
            self.load()

    def _hovered(self) -> None:
        if self.canvas is None:
            QTimer.singleShot(0, self, self.load)  # a hover: the live chart, as it reacts

    def load(self) -> None:
        """Import matplotlib and put the figure canvas in the placeholder's place."""
        if self.canvas is not None:
            return
        os.environ.setdefault("QT_API", "pyside6")  # the binding we run on, never PyQt
        if self._load_scheduled:
            self.placeholder.painted.disconnect(self._placeholder_painted)
            self._load_scheduled = False
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from altitude.charts.style import new_figure, palette

        self.figure = new_figure(palette(self.ctx.dark))
        canvas = FigureCanvasQTAgg(self.figure)  # type: ignore[no-untyped-call]
        canvas.setAccessibleName(self.accessibleName())
        canvas.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable, for the menu key
        canvas.mpl_connect("draw_event", self._painted)
        watch_paints(canvas)
        self._layout.replaceWidget(self.placeholder, canvas)
        self.placeholder.hide()
        self.placeholder.set_picture(None)
        self.canvas = canvas
        self.save_action.setEnabled(True)
        self.loaded.emit()
        self._refresh()

    def _painted(self, _event: Any) -> None:
        self.painted.emit()
        if self.pictures is not None:
            if self._keep_timer is None:
                self._keep_timer = QTimer(self)
                self._keep_timer.setSingleShot(True)
                self._keep_timer.setInterval(KEEP_PICTURE_MS)
                self._keep_timer.timeout.connect(self._keep_picture)
            self._keep_timer.start()  # again: the last of several draws is kept

    # ------------------------------------------------------------ saving

    def context_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.save_action)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt's name
        self._load_for_use()
        if self.figure is None:
            return
        menu = self.context_menu()
        menu.exec(event.globalPos())
        menu.deleteLater()

    def save_as(self) -> Path | None:
        """Ask for a file name and save the chart as shown; the path, or None."""
        self._load_for_use()
        if self.figure is None:
            return None
        chosen = self.ctx.dialogs.save_path(tr("Save chart"), f"{self.file_stem}.png", tr(FILTERS))
        if chosen is None:
            return None
        # Imported when saving: the File menu's export code is not needed for a first paint.
        from altitude.charts.export import FORMATS, export_figure
        from altitude.ui.exporting import describe, with_suffix

        path = with_suffix(chosen, ".png")

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
