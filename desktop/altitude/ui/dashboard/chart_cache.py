"""The dashboard's trajectory chart as last drawn, kept for the next start-up.

Drawing the chart live needs matplotlib and numpy (~0.5 s and ~60 MiB before a line is
on screen). The last live drawing is kept as a PNG in the data folder, next to the plan,
written 0600 through the one atomic writer; the next start-up paints it at once and
imports matplotlib only when something needs a live figure (see ``ChartCanvas``).

The PNG carries its key in a text chunk: what the picture was drawn from (a digest of the
data the chart draws), the theme, the language, the device pixel ratio and this format's
version; its own pixel size is the size it was drawn at. A picture whose key differs, or a
file that cannot be read as one (damaged, cut short, from another version), is ignored
and replaced after the next live drawing: it never reaches the screen and never becomes
an error a user sees.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QImage, QPixmap

from altitude.atomic_files import write_bytes_atomic
from altitude.errors import AltitudeError

FILE_NAME = "dashboard-chart.png"
TEXT_KEY = "altitude-picture"  # the PNG text chunk holding the key
TEXT_SIZE = "altitude-size"  # and the one with the size it was drawn at, "WIDTHxHEIGHT"
_log = logging.getLogger(__name__)


class PictureFile:
    """One chart's last drawing, in one file; ``read`` and ``write`` as ``ChartCanvas``
    asks (its ``PictureStore``)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.writes = 0  # how many pictures were kept (tests; a cache hit writes none)

    @classmethod
    def beside(cls, database: Path) -> PictureFile:
        return cls(database.parent / FILE_NAME)

    def read(self, key: str, ratio: float) -> tuple[QPixmap, QSize] | None:
        """The picture kept under ``key``, at ``ratio`` device pixels per pixel, and the
        size it was drawn at; None when there is none, or none that is whole and fits."""
        try:
            data = self.path.read_bytes()
        except OSError:
            return None  # none yet, or unreadable: drawn live and kept again
        image = QImage.fromData(QByteArray(data))  # PNG, by its header
        if image.isNull() or image.text(TEXT_KEY) != key:
            return None
        size = _size(image.text(TEXT_SIZE))
        expected = None if size is None else QSize(round(size.width() * ratio),
                                                   round(size.height() * ratio))  # fmt: skip
        if size is None or image.size() != expected:
            return None  # damaged, or not what its key says
        image.setDevicePixelRatio(ratio)
        return QPixmap.fromImage(image), size

    def write(self, key: str, picture: QPixmap | QImage, size: QSize) -> bool:
        """Keep ``picture`` under ``key``; False (logged, never shown) if it can't be."""
        image = picture if isinstance(picture, QImage) else picture.toImage()
        image.setText(TEXT_KEY, key)
        image.setText(TEXT_SIZE, f"{size.width()}x{size.height()}")
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # PySide6 6.12 wants the format as str, its stubs say bytes
        if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
            return False
        try:
            write_bytes_atomic(self.path, bytes(buffer.data().data()))
        except AltitudeError:  # a full disk, a read-only folder: the next start draws live
            _log.warning("could not keep the chart's picture in %s", self.path, exc_info=True)
            return False
        self.writes += 1
        return True


def _size(text: str) -> QSize | None:
    width, _, height = text.partition("x")
    if not (width.isdigit() and height.isdigit()):
        return None
    return QSize(int(width), int(height))
