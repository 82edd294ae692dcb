"""The window icon's PNGs are the SVG's drawing, and the app's icon is made of them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_pngs_match_a_fresh_drawing_of_the_svg() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "freeze" / "window_icons.py"), "--check"],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr


def test_the_window_icon_has_every_size_and_needs_no_svg_engine(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSize

    from altitude.ui.app import ICON_SIZES, window_icon

    icon = window_icon()
    assert not icon.isNull()
    assert sorted(s.width() for s in icon.availableSizes()) == sorted(ICON_SIZES)
    assert icon.pixmap(QSize(32, 32)).size() == QSize(32, 32)
    maps = Path("/proc/self/maps")
    if maps.exists():  # Linux: the SVG icon engine was never loaded for it
        assert "qsvgicon" not in maps.read_text()
