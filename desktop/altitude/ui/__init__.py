"""The GUI (PySide6 widgets); ``app.run_gui`` starts it."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QObject


def watch_paints(widget: QObject) -> None:
    """Hand ``widget`` to the benchmarks' paint probe, when one runs (``ui.diagnostics``,
    imported only then): its first paint is a figure they report."""
    probe = sys.modules.get("altitude.ui.diagnostics")
    if probe is not None:
        probe.watch(widget)
