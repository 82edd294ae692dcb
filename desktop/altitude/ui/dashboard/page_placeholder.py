"""A page's place in the frame until the page is built (``MainWindow``).

Apart from ``frame_picture``, which is read before the first paint: a QLabel subclass
makes PySide create the types of QLabel and its bases (~7 ms here, benchmarks/RESULTS.md,
round five), which only the built frame needs.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel

from altitude.ui.dashboard.frame_shell import PICTURED_CHART


class PagePlaceholder(QLabel):
    """A page's place until it is built: "Opening your plan…", or the dashboard's kept
    picture, painted only while it fits this very size and pixel ratio."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.setProperty("role", "caption")
        self.setContentsMargins(16, 12, 16, 12)  # where the page's title will be
        self.setStyleSheet("qproperty-alignment: 'AlignLeft | AlignTop';")  # no Qt enums yet
        self.kept: tuple[QImage, QSize] | None = None
        self.blank = False  # while the frame is kept: its place for the picture (frame_shell)

    def keep(self, picture: tuple[QImage, QSize] | None) -> None:
        self.kept = picture
        self.update()

    def shows_picture(self) -> bool:
        if self.kept is None:
            return False
        image, size = self.kept
        return size == self.size() and image.devicePixelRatio() == self.devicePixelRatioF()

    def pictured_chart(self) -> str | None:
        """The chart this placeholder's paint puts on screen (altitude.ui.diagnostics)."""
        return PICTURED_CHART if self.shows_picture() else None

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        if self.blank:
            return  # as under a picture: what is behind it, and nothing of its own
        if self.shows_picture() and self.kept is not None:
            painter = QPainter(self)
            painter.drawImage(0, 0, self.kept[0])
            painter.end()
        else:  # never a picture of another size: the words until the page is built
            super().paintEvent(event)
