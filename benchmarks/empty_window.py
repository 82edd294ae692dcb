"""The start-up floor: an empty PySide6 QMainWindow, measured exactly like the app.

Run by benchmarks/run.py with the same interpreter, environment and window size as the
app. It prints ``window <time.monotonic()>`` after its first paint, the way
``altitude.ui.diagnostics`` does for the app (copied here so this script imports
nothing of ours), then quits ALTITUDE_REPORT_SHOWN milliseconds after that paint.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

WIDTH, HEIGHT = 1180, 760  # the main window's default size


class PaintProbe(QObject):
    def __init__(self, app: QApplication, quit_after_ms: int) -> None:
        super().__init__(app)
        self.seen = False
        self.quit_after_ms = quit_after_ms

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if not self.seen and event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
            self.seen = True
            QTimer.singleShot(0, lambda: print(f"window {time.monotonic():.6f}", flush=True))
            QTimer.singleShot(self.quit_after_ms, QApplication.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    # On the window, as the app's probe watches its window (not the whole application)
    window.installEventFilter(PaintProbe(app, int(os.environ.get("ALTITUDE_REPORT_SHOWN", "1"))))
    window.setWindowTitle("Empty")
    window.resize(WIDTH, HEIGHT)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
