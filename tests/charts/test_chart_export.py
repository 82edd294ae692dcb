"""export_figure writes the format its suffix names."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from chart_states import TODAY, rich_state
from matplotlib.figure import Figure

from altitude.charts.export import PNG_DPI, ExportError, export_figure
from altitude.charts.style import palette
from altitude.charts.trajectory import trajectory_figure


@pytest.fixture
def fig() -> Figure:
    state = rich_state()
    return trajectory_figure(state.plan, state.checkins, TODAY, palette(False))


def test_png_is_a_png_at_200_dpi(fig: Figure, tmp_path: Path) -> None:
    path = export_figure(fig, tmp_path / "chart.png")
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])  # the IHDR chunk
    inches = fig.get_size_inches()
    assert (width, height) == (round(inches[0] * PNG_DPI), round(inches[1] * PNG_DPI))


def test_svg_and_pdf_by_suffix_in_any_case(fig: Figure, tmp_path: Path) -> None:
    svg = export_figure(fig, tmp_path / "chart.SVG").read_text(encoding="utf-8")
    assert "<svg" in svg
    assert export_figure(fig, str(tmp_path / "chart.pdf")).read_bytes()[:5] == b"%PDF-"


def test_other_suffixes_are_refused_with_a_clear_message(fig: Figure, tmp_path: Path) -> None:
    for name in ("chart.jpg", "chart"):
        with pytest.raises(ExportError, match=r"use \.png, \.svg or \.pdf"):
            export_figure(fig, tmp_path / name)
        assert not (tmp_path / name).exists()


def test_export_does_not_change_the_figure(fig: Figure, tmp_path: Path) -> None:
    size, dpi = tuple(fig.get_size_inches()), fig.dpi
    export_figure(fig, tmp_path / "chart.png")
    assert tuple(fig.get_size_inches()) == size and fig.dpi == dpi
