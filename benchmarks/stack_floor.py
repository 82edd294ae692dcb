"""The stack floor: what PySide6 + matplotlib cost before any Altitude code runs.

An empty QMainWindow the size of the app's, then, once it has painted (as the app loads its
charts), matplotlib's QtAgg canvas of 900x500 px with one line of 520 points. Run by
benchmarks/run.py like empty_window.py: same interpreter, environment and marks
(``window <time.monotonic()>`` after the window's first paint, ``chart:Stack floor chart
<time>`` after the canvas's), and it quits ALTITUDE_REPORT_SHOWN milliseconds after the
window's first paint.

A floor must be a lower bound, so this does what any PySide6 app can do to stay small:
PySide6 (6.5 and later) looks at the source of every module imported after it for the word
"PySide6" with ``inspect.getsource``, which keeps each file's lines in ``linecache`` for the
life of the process: matplotlib and numpy's sources, ~21 MiB of peak memory here (this
script peaked at 135 MiB without the workaround, 113 MiB with it; the empty window at 51).
``altitude.compat.pyside_sources`` asks the same question without the cache (the one
module of ours this script imports: it is what any PySide6 app can do).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QVBoxLayout, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "desktop"))  # a checkout
from altitude.compat.pyside_sources import read_sources_plainly

WIDTH, HEIGHT = 1180, 760  # the main window's default size
CHART_SIZE = (900, 500)  # pixels, as the chart benchmark draws the trajectory
CHART_NAME = "Stack floor chart"
POINTS = 520  # ten years of weeks


class PaintProbe(QObject):
    """Prints the first paint of the window and of the canvas (as altitude.ui.diagnostics)."""

    def __init__(self, app: QApplication, quit_after_ms: int) -> None:
        super().__init__(app)
        self.seen: set[str] = set()
        self.quit_after_ms = quit_after_ms

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.Paint:
            return False
        what = _name(watched)
        if what is not None and what not in self.seen:
            self.seen.add(what)
            QTimer.singleShot(0, lambda: print(f"{what} {time.monotonic():.6f}", flush=True))
            if what == "window":
                QTimer.singleShot(0, lambda: show_chart(watched, self))  # type: ignore[arg-type]
                QTimer.singleShot(self.quit_after_ms, QApplication.quit)
        return False


def _name(watched: QObject) -> str | None:
    if isinstance(watched, QMainWindow):
        return "window"
    backend = sys.modules.get("matplotlib.backends.backend_qtagg")
    if backend is not None and isinstance(watched, backend.FigureCanvasQTAgg):
        return f"chart:{CHART_NAME}"
    return None


def show_chart(window: QMainWindow, probe: QObject) -> None:
    """Import matplotlib now, as the app does after its first paint, and draw one line."""
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

    figure = Figure()
    figure.add_subplot().plot(range(POINTS), [week % 52 for week in range(POINTS)])
    canvas = FigureCanvasQTAgg(figure)  # type: ignore[no-untyped-call]
    canvas.setAccessibleName(CHART_NAME)
    canvas.installEventFilter(probe)
    canvas.setFixedSize(*CHART_SIZE)
    body = QWidget()
    QVBoxLayout(body).addWidget(canvas)
    window.setCentralWidget(body)


def main() -> int:
    os.environ.setdefault("QT_API", "pyside6")  # matplotlib must use the binding we run on
    read_sources_plainly()
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    probe = PaintProbe(app, int(os.environ.get("ALTITUDE_REPORT_SHOWN", "1")))
    window.installEventFilter(probe)  # the window and the canvas, as the app's probe watches
    window.setWindowTitle("Stack floor")
    window.resize(WIDTH, HEIGHT)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
