"""The dashboard as it was last shown, painted in the frame while the plan opens.

When the window closes on the dashboard, the page's last drawing is kept beside the plan
(``window-page.bin``: raw pixels, see ``frame_shell``; 0600, through the one atomic
writer), keyed by what the page was
drawn from: the plan file itself as the store left it at close (its and its write-ahead
log's inode, size and modification time, read after the final checkpoint), the day it
showed, the theme, the language, the pixel ratio and the app's version; the picture's own
pixel size is the page's size. At the next start the frame reads the same facts, which
costs a ``stat`` and no import of the store, and paints the picture in the page's place
until the plan has been opened, checked and drawn live over it.

Any write to the plan between the two (the CLI, a restore, an import, a crash after a
write) changes the file's facts, so the picture is not shown; nor at another window size,
theme, language, pixel ratio or day. A picture that can't be read whole is ignored and
replaced at the next close. The store's check on open is unchanged: the picture is only
ever of a file the previous session opened, checked and closed.
"""

from __future__ import annotations

import contextlib
import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from altitude import __version__
from altitude.paths import database_path
from altitude.ui.dashboard.frame_shell import DASHBOARD, RawPicture, key_text

if TYPE_CHECKING:  # read before the first paint: no widget classes (~1 ms apiece)
    from PySide6.QtWidgets import QWidget

FILE_NAME = "window-page.bin"  # raw pixels (frame_shell): a PNG took ~20 ms to decode
EARLIER_FILE_NAME = "window-page.png"  # kept by earlier builds; removed at the next close
__all__ = ["DASHBOARD", "draw_page", "page_key", "pictures", "read_page"]


def plan_file_facts(folder: Path) -> list[list[int] | None]:
    """The plan file and its write-ahead log as they are now: any write changes them."""
    facts: list[list[int] | None] = []
    base = database_path(folder)
    for path in (base, base.with_name(base.name + "-wal")):
        try:
            info = os.stat(path)
        except OSError:
            facts.append(None)
            continue
        facts.append([info.st_ino, info.st_size, info.st_mtime_ns])
    return facts


def page_key(folder: Path, today: date, dark: bool, language: str, ratio: float) -> str | None:
    """The key a picture of the dashboard must carry to be shown now; None when there is
    no plan file to speak of."""
    facts = plan_file_facts(folder)
    if facts[0] is None:
        return None
    return key_text(
        {
            "version": __version__,
            "plan": facts,
            "day": today.isoformat(),
            "dark": dark,
            "language": language,
            "ratio": ratio,
        }
    )


def pictures(folder: Path) -> RawPicture:
    return RawPicture(Path(folder) / FILE_NAME)


def read_page(folder: Path, key: str | None, ratio: float) -> tuple[QImage, QSize] | None:
    """The kept dashboard under ``key`` and the size it was drawn at, or None."""
    kept = None if key is None else pictures(folder).read(key)
    if kept is None:
        return None
    image, head = kept
    try:
        size = QSize(*(int(v) for v in head["size"]))
    except (ValueError, KeyError, TypeError):
        return None
    drawn = QSize(round(size.width() * ratio), round(size.height() * ratio))
    if image.size() != drawn or image.devicePixelRatio() != ratio:
        return None  # not what its key says
    return image, size


def write_page(folder: Path, key: str, image: QImage, size: QSize) -> bool:
    return pictures(folder).write(key, image, size=[size.width(), size.height()])


def draw_page(page: QWidget) -> tuple[QImage, QSize]:
    """``page`` drawn as on screen (shown or not), in one image: no pixmap, no copy."""
    ratio = page.devicePixelRatioF()
    size = page.size()
    image = QImage(round(size.width() * ratio), round(size.height() * ratio),
                   QImage.Format.Format_ARGB32_Premultiplied)  # fmt: skip
    image.setDevicePixelRatio(ratio)
    image.fill(0)  # transparent where the page leaves the window's background
    page.render(image)
    return image, size


def forget_page(folder: Path) -> None:
    """No picture for the next start (the window did not close on the dashboard)."""
    pictures(folder).forget()
    with contextlib.suppress(OSError):  # the PNG an earlier release kept, if any
        os.unlink(Path(folder) / EARLIER_FILE_NAME)
