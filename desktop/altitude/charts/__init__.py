"""Chart builders (matplotlib Figures, no pyplot, no Qt) and the PDF report.

Names are re-exported lazily: importing ``altitude.charts`` costs nothing, and matplotlib
loads on first use of a builder, so the window can appear before the chart library.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from altitude.charts.delegation import freed_figure
    from altitude.charts.export import ExportError, export_figure
    from altitude.charts.hours import hours_figure
    from altitude.charts.matrix import matrix_figure
    from altitude.charts.report import ReportError, write_report
    from altitude.charts.style import Palette, empty_state, new_figure, palette
    from altitude.charts.trajectory import trajectory_figure

_EXPORTS = {
    "ExportError": "export",
    "Palette": "style",
    "ReportError": "report",
    "empty_state": "style",
    "export_figure": "export",
    "freed_figure": "delegation",
    "hours_figure": "hours",
    "matrix_figure": "matrix",
    "new_figure": "style",
    "palette": "style",
    "trajectory_figure": "trajectory",
    "write_report": "report",
}

__all__ = [
    "ExportError",
    "Palette",
    "ReportError",
    "empty_state",
    "export_figure",
    "freed_figure",
    "hours_figure",
    "matrix_figure",
    "new_figure",
    "palette",
    "trajectory_figure",
    "write_report",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'altitude.charts' has no attribute {name!r}")
    return getattr(import_module(f"altitude.charts.{module}"), name)
