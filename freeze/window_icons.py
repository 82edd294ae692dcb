"""Render the window icon's PNGs from resources/icons/altitude.svg.

    python freeze/window_icons.py          # write resources/icons/altitude-<size>.png
    python freeze/window_icons.py --check  # exit 1 if they differ from a fresh render

The app sets its window icon from these PNGs, not from the SVG: an SVG icon loads Qt's
SVG icon engine and QtSvg at every start-up (~2.3 MiB and ~7 ms, benchmarks/RESULTS.md),
for an icon drawn at a handful of fixed sizes. The SVG stays the source (and the desktop
entry's icon); tests/test_window_icons.py keeps the PNGs in step with it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "altitude.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_path(size: int, folder: Path = SVG.parent) -> Path:
    return folder / f"altitude-{size}.png"


def render(size: int) -> bytes:
    """The SVG drawn at ``size`` x ``size`` pixels, as PNG bytes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(["icons"])
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def main(argv: list[str]) -> int:
    stale = []
    for size in SIZES:
        fresh = render(size)
        path = png_path(size)
        if "--check" in argv:
            from PySide6.QtGui import QImage

            if not path.is_file() or QImage(str(path)) != QImage.fromData(fresh):
                stale.append(path.name)
        else:
            path.write_bytes(fresh)
    if stale:
        print(f"window icons differ from {SVG.name}: {', '.join(stale)}; "
              "run python freeze/window_icons.py", file=sys.stderr)  # fmt: skip
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
