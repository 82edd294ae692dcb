"""The benchmarks' and smoke tests' probes: nothing unless an environment variable asks."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from altitude.ui import diagnostics, watch_paints
from altitude.ui.diagnostics import PaintProbe, install_from_env
from altitude.ui.main_window import MainWindow


def probes(app: QApplication) -> list[PaintProbe]:
    return [child for child in app.children() if isinstance(child, PaintProbe)]


def test_without_the_variables_nothing_is_installed(qapp: QApplication) -> None:
    before = probes(qapp)
    assert install_from_env(qapp, {"HOME": "/nowhere"}) == []
    assert install_from_env(qapp, {"ALTITUDE_REPORT_SHOWN": " ", "ALTITUDE_QUIT_AFTER": ""}) == []
    assert probes(qapp) == before


def test_report_shown_installs_the_paint_probe(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(diagnostics, "_probe", None)  # whatever this test installs, undone
    before = probes(qapp)
    assert install_from_env(qapp, {"ALTITUDE_REPORT_SHOWN": "1"}) == ["ALTITUDE_REPORT_SHOWN"]
    [probe] = [p for p in probes(qapp) if p not in before]
    assert diagnostics._probe is probe


def test_the_probe_reports_the_window_it_is_given_and_not_the_application(
    qapp: QApplication,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Only the widgets handed over are watched: a filter on the whole application made
    PySide build a Python type for every C++ class it met (~50 ms, ~2 MiB at start-up)."""
    monkeypatch.setattr(diagnostics, "_probe", None)
    install_from_env(qapp, {"ALTITUDE_REPORT_SHOWN": "1"})
    probe = diagnostics._probe
    assert probe is not None
    window = MainWindow()  # hands itself over
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: "window " in capsys.readouterr().out, timeout=3000)
    other = Pictured()
    qtbot.addWidget(other)
    other.show()
    qtbot.waitExposed(other)
    other.repaint()
    qtbot.wait(50)
    assert "chart:Test chart" not in capsys.readouterr().out  # not handed over: not watched
    watch_paints(other)
    other.repaint()
    qtbot.waitUntil(lambda: "chart:Test chart " in capsys.readouterr().out, timeout=3000)


class Pictured(QWidget):
    def pictured_chart(self) -> str:
        return "Test chart"
