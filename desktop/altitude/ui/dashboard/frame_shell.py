"""The window's frame as last painted, shown before the frame's widgets are built.

The frame (sidebar, menus, toolbar, no plan yet: ``MainWindow``) looks the same at every
start with the same window size, pixel ratio, theme, language, page, font and release:
nothing of the plan is in it. Its first paint is kept beside the plan
(``window-frame.bin``, 0600, through the one atomic writer) with the dashboard's place left
blank, and the next start paints that picture, with the dashboard's own kept picture
(``frame_picture``) in that place, before any of the frame's widgets exist. PySide makes a
Python type, with its enums, for each Qt class the first time it is used, and the frame's
widgets, stylesheet and imports took ~90 ms before its first paint (benchmarks/RESULTS.md,
round five). The widgets are built just after that paint, before the plan is opened, and
nothing is painted in between, so the same pixels stay on screen until the plan is live.

The shell is used only when both pictures fit: the dashboard's under its key (the plan
file as last closed, the day, and the rest), the frame's under this one, at the window's
very size. Otherwise the frame is built and painted as before, and kept for next time.
Raw pixels rather than PNG: decoding a window-sized PNG takes ~15-20 ms here, reading the
raw file a millisecond or two. A file cut short, damaged (its CRC-32) or made under
another key is never painted.

Keys and headers are Python literals (``repr``, read back by ``ast.literal_eval``) rather
than JSON: PySide's own start has imported ``ast`` already, and ``json`` (its decoder's
patterns compiled on import) cost ~5 ms before the first paint. On POSIX the pixels are
mapped from the file rather than read into fresh memory (~2.5 ms less per picture); the
files are only ever replaced by a rename, never rewritten in place, so a mapping always
holds the whole file it was made on.
"""

from __future__ import annotations

import ast
import contextlib
import logging
import mmap
import os
import zlib
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QWidget

from altitude import __version__
from altitude.atomic_files import write_bytes_atomic
from altitude.errors import AltitudeError

if TYPE_CHECKING:  # only named: PySide makes a class's type, and its enums, when first
    # imported (QPaintEvent: ~3-4 ms here, before the first paint)
    from PySide6.QtGui import QPaintEvent

FILE_NAME = "window-frame.bin"
MAGIC = b"ALTITUDE-PICTURE 2\n"  # then one line (the header, a Python literal), the pixels
MAX_HEADER = 16384  # bytes: a header is a few hundred; a longer first line is damage
PICTURED_CHART = "Trajectory chart"  # the chart the dashboard's picture holds
DASHBOARD = 0  # the sidebar row whose page is kept between sessions
_log = logging.getLogger(__name__)


def key_text(facts: dict[str, object]) -> str:
    """A key as one string, the same for the same facts whatever their order."""
    return repr(sorted(facts.items()))


def frame_key(size: QSize, ratio: float, dark: bool, language: str, row: int, font: str) -> str:
    """What a kept frame must have been painted under to be shown now."""
    return key_text(
        {
            "version": __version__,
            "size": [size.width(), size.height()],
            "ratio": ratio,
            "dark": dark,
            "language": language,
            "row": row,
            "font": font,
        }
    )


class RawPicture:
    """One kept picture in one file: ``MAGIC``, a line of JSON (its key, its layout, a
    CRC-32 of the pixels and what the caller adds), then the pixels as Qt holds them."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def read(self, key: str) -> tuple[QImage, dict[str, Any]] | None:
        """The picture kept under ``key`` and its header; None: none, another key, cut
        short, damaged. The image is made on the file's bytes, without a copy."""
        try:
            data = _contents(self.path)
        except (OSError, ValueError):  # none there, or empty (mmap refuses an empty file)
            return None
        found = _header(data, key)
        if found is None:
            return None
        head, end = found
        try:
            names = ("width", "height", "line", "format")
            width, height, line, kind = (int(head[n]) for n in names)
            ratio, crc = float(head["ratio"]), int(head["crc"])
        except (ValueError, KeyError, TypeError):  # not this header
            return None
        pixels = memoryview(data)[end + 1 :]
        if width <= 0 or height <= 0 or len(pixels) != line * height or zlib.crc32(pixels) != crc:
            return None
        try:
            image = QImage(pixels, width, height, line, QImage.Format(kind))
        except ValueError:  # not a format this Qt knows
            return None
        if image.isNull():
            return None
        image.setDevicePixelRatio(ratio)
        # Its bytes must outlive it: a QImage made on a buffer does not own it.
        return image, {**head, "pixels": pixels}

    def has(self, key: str) -> bool:
        """Whether the file's header is under ``key`` (its pixels unread and unchecked:
        ``read`` checks them before any paint)."""
        try:
            with open(self.path, "rb") as kept:
                start = kept.read(16384)
        except OSError:
            return False
        return _header(start, key) is not None

    def write(self, key: str, image: QImage, **extra: object) -> bool:
        """Keep ``image`` under ``key``; False (logged, never shown) if it can't be."""
        pixels = bytes(image.constBits())
        head = {
            **extra,
            "key": key,
            "width": image.width(),
            "height": image.height(),
            "line": image.bytesPerLine(),
            "format": image.format().value,
            "ratio": image.devicePixelRatio(),
            "crc": zlib.crc32(pixels),
        }
        data = MAGIC + repr(head).encode() + b"\n" + pixels
        try:
            write_bytes_atomic(self.path, data)
        except AltitudeError:  # a full disk, a read-only folder: drawn again next time
            _log.warning("could not keep a picture in %s", self.path, exc_info=True)
            return False
        return True

    def forget(self) -> None:
        with contextlib.suppress(OSError):  # none there: nothing to forget
            os.unlink(self.path)


def _contents(path: Path) -> bytes | mmap.mmap:
    """The file's bytes: mapped on POSIX (Windows could not replace a file still mapped)."""
    if os.name != "posix":
        return path.read_bytes()
    with open(path, "rb") as kept:
        return mmap.mmap(kept.fileno(), 0, access=mmap.ACCESS_READ)


def _header(data: bytes | mmap.mmap, key: str) -> tuple[dict[str, Any], int] | None:
    """The header at the start of ``data`` and where it ends, if it is under ``key``."""
    end = data.find(b"\n", len(MAGIC), len(MAGIC) + MAX_HEADER)
    if data[: len(MAGIC)] != MAGIC or end < 0:
        return None
    try:
        head = ast.literal_eval(data[len(MAGIC) : end].decode("utf-8"))
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):  # not a literal
        return None
    if not isinstance(head, dict) or head.get("key") != key:
        return None
    return head, end


class KeptFrame(NamedTuple):
    image: QImage  # the whole window, the dashboard's place blank
    page: QRect  # where the dashboard's picture goes, in the window's coordinates
    pixels: memoryview  # the image's memory (a QImage made on bytes does not own them)


def frame_file(folder: Path) -> RawPicture:
    return RawPicture(Path(folder) / FILE_NAME)


def read_frame(folder: Path, key: str) -> KeptFrame | None:
    """The frame kept under ``key``, or None."""
    kept = frame_file(folder).read(key)
    if kept is None:
        return None
    image, head = kept
    try:
        x, y, w, h = (int(v) for v in head["page"])
    except (ValueError, KeyError, TypeError):
        return None
    return KeptFrame(image, QRect(x, y, w, h), head["pixels"])


def write_frame(folder: Path, key: str, image: QImage, page: QRect) -> bool:
    """Keep ``image`` (the frame with the dashboard's place blank) under ``key``."""
    return frame_file(folder).write(
        key, image, page=[page.x(), page.y(), page.width(), page.height()]
    )


def forget_frame(folder: Path) -> None:
    frame_file(folder).forget()


class FrameShell(QWidget):
    """The window's whole inside until the frame is built: the kept frame, with the
    dashboard's kept picture in its place. Painted only at the very size both were made
    for; the window builds its frame the moment its size is another (``MainWindow``)."""

    def __init__(self, frame: KeptFrame, page: tuple[QImage, QSize]) -> None:
        super().__init__()
        self.frame: KeptFrame | None = frame
        self.page: tuple[QImage, QSize] | None = page

    def release(self) -> None:
        """Let go of the pixels at once (replaced: ``deleteLater`` would keep them through
        the plan's opening, the peak of the start's memory); the dashboard's picture lives
        on in the page's placeholder until the page is built."""
        self.frame = None
        self.page = None

    def size_fits(self, size: QSize) -> bool:
        if self.frame is None:
            return False
        ratio = self.frame.image.devicePixelRatio()
        image = self.frame.image.size()
        return QSize(round(image.width() / ratio), round(image.height() / ratio)) == size

    def fits(self) -> bool:
        return self.size_fits(self.size())

    def pictured_chart(self) -> str | None:
        """The chart this shell's paint puts on screen (altitude.ui.diagnostics)."""
        return PICTURED_CHART if self.fits() else None

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        if self.frame is None or self.page is None or not self.fits():
            return  # the frame is being built at this size: never a picture of another
        painter = QPainter(self)
        painter.drawImage(0, 0, self.frame.image)
        painter.drawImage(self.frame.page.topLeft(), self.page[0])
        painter.end()


def page_fits(frame: KeptFrame, page: tuple[QImage, QSize]) -> bool:
    """Whether the dashboard's picture was drawn at the size of its place in the frame."""
    return page[1] == frame.page.size()
