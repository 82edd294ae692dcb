"""Probes for the benchmarks and the smoke tests, off unless an environment variable asks.

Only benchmarks/ (start-up and first-chart times) and the tests that start the real app
(tests/packaging, tests/reliability, tests/ui/test_main_window.py) set these; a user never
does. Unset, nothing is installed, nothing is printed and nothing is written.

- ``ALTITUDE_REPORT_SHOWN=MS``: print when the main window, then each chart, first
  painted. Each line is ``<what> <seconds>`` with ``time.monotonic()``, a clock shared by
  every process on the machine, so a parent can subtract the moment it started the app.
  ``<what>`` is ``window`` for the main window (its frame, before the plan is opened),
  ``page:<class>`` for each page built from the opened plan, ``chart:<accessible name>``
  for each matplotlib canvas, or for the kept picture painted in its place at start-up
  (``ui.shared.chart_canvas``; its accessible name is the canvas's), or for the frame's
  picture of the dashboard as last closed (``ui.dashboard.frame_picture``), or for the
  frame's own kept picture that holds it (``ui.dashboard.frame_shell``). The app quits MS
  milliseconds after the window's first paint (``1``: never), whatever start-up took.
  Read by benchmarks/run.py. The probe watches only the widgets named above, each handing
  itself over (``altitude.ui.watch_paints``): a Python filter on the whole application
  would have every widget's event pass through Python, and PySide then makes a Python type
  (with its enums) for every C++ class it meets: ~50 ms and ~2 MiB that only the probe,
  never a user, paid (benchmarks/RESULTS.md, round four).
- ``ALTITUDE_QUIT_AFTER=MS``: after MS milliseconds, print ``window: <class>: <title>`` for
  each visible window, then close them all (smoke tests of the wheel and the frozen app).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

REPORT_SHOWN = "ALTITUDE_REPORT_SHOWN"
QUIT_AFTER = "ALTITUDE_QUIT_AFTER"


class PaintProbe(QObject):
    """Watches the paint events of the widgets given to ``watch`` (an event filter on each)."""

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
        # A page built from the opened plan (and live), e.g. page:DashboardPage
        pages = sys.modules.get("altitude.ui.shared.page_base")
        if pages is not None and isinstance(watched, pages.Page):
            return f"page:{type(watched).__name__}"
        # The frame's picture of the dashboard as last closed, which holds its chart
        pictured = getattr(watched, "pictured_chart", None)
        if callable(pictured) and isinstance(name := pictured(), str):
            return f"chart:{name}"
        # A chart's kept picture, painted at its size before matplotlib is loaded
        shows_picture = getattr(watched, "shows_chart_picture", None)
        if isinstance(watched, QWidget) and callable(shows_picture) and shows_picture():
            return f"chart:{watched.accessibleName()}"
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


def _report_windows_and_quit(app: QApplication) -> None:
    for widget in app.topLevelWidgets():
        if widget.isVisible() and widget.windowTitle():
            print(f"window: {type(widget).__name__}: {widget.windowTitle()}", flush=True)
    for widget in app.topLevelWidgets():
        widget.close()
    app.quit()


_probe: PaintProbe | None = None  # the one ALTITUDE_REPORT_SHOWN installed


def watch(widget: QObject) -> None:
    """Report ``widget``'s first paint, if the paint probe is installed."""
    if _probe is not None:
        widget.installEventFilter(_probe)


def install_from_env(app: QApplication, environ: Mapping[str, str] = os.environ) -> list[str]:
    """Install the probes the environment asks for; returns their variables' names."""
    global _probe
    installed = []
    shown = environ.get(REPORT_SHOWN, "").strip()
    if shown:
        _probe = PaintProbe(app, int(shown) if shown.isdigit() else 1)
        installed.append(REPORT_SHOWN)
    delay = environ.get(QUIT_AFTER, "").strip()
    if delay:
        QTimer.singleShot(int(delay), lambda: _report_windows_and_quit(app))
        installed.append(QUIT_AFTER)
    return installed
