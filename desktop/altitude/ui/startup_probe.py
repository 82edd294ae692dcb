"""ALTITUDE_REPORT_SHOWN=MS: print when the main window, then each chart, first painted.

For benchmarks/run.py (start-up and first-chart times). Each line is ``<what> <seconds>``
with ``time.monotonic()``, a clock shared by every process on the machine, so a parent can
subtract the moment it started the app. ``<what>`` is ``window`` for the main window,
``chart:<accessible name>`` for each matplotlib canvas. The app quits MS milliseconds
after the window's first paint (``1``: never), whatever start-up took. Nothing runs
unless the variable is set.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

ENV = "ALTITUDE_REPORT_SHOWN"


class PaintProbe(QObject):
    """Watches every paint event of the application (an app-wide event filter)."""

    def __init__(self, app: QApplication, quit_after_ms: int = 0) -> None:
        super().__init__(app)
        self._seen: set[str] = set()
        self._quit_after_ms = quit_after_ms

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            what = self._name(watched)
            if what is not None and what not in self._seen:
                self._seen.add(what)
                # After the paint has been handled (and the window flushed), not before.
                QTimer.singleShot(0, lambda: _report(what))
                if what == "window" and self._quit_after_ms > 1:
                    QTimer.singleShot(self._quit_after_ms, _close_all)
        return False

    @staticmethod
    def _name(watched: QObject) -> str | None:
        if isinstance(watched, QMainWindow):
            return "window"
        backend = sys.modules.get("matplotlib.backends.backend_qtagg")
        if backend is not None and isinstance(watched, backend.FigureCanvasQTAgg):
            name = watched.accessibleName() or watched.objectName() or type(watched).__name__
            return f"chart:{name}"
        return None


def _report(what: str) -> None:
    print(f"{what} {time.monotonic():.6f}", flush=True)


def _close_all() -> None:
    for widget in QApplication.topLevelWidgets():
        widget.close()
    QApplication.quit()


def install_from_env(app: QApplication) -> None:
    value = os.environ.get(ENV, "").strip()
    if value:
        app.installEventFilter(PaintProbe(app, int(value) if value.isdigit() else 1))
