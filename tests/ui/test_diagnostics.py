"""The benchmarks' and smoke tests' probes: nothing unless an environment variable asks."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from altitude.ui.diagnostics import PaintProbe, install_from_env


def probes(app: QApplication) -> list[PaintProbe]:
    return [child for child in app.children() if isinstance(child, PaintProbe)]


def test_without_the_variables_nothing_is_installed(qapp: QApplication) -> None:
    before = probes(qapp)
    assert install_from_env(qapp, {"HOME": "/nowhere"}) == []
    assert install_from_env(qapp, {"ALTITUDE_REPORT_SHOWN": " ", "ALTITUDE_QUIT_AFTER": ""}) == []
    assert probes(qapp) == before


def test_report_shown_installs_the_paint_probe(qapp: QApplication) -> None:
    before = probes(qapp)
    assert install_from_env(qapp, {"ALTITUDE_REPORT_SHOWN": "1"}) == ["ALTITUDE_REPORT_SHOWN"]
    [probe] = [p for p in probes(qapp) if p not in before]
    qapp.removeEventFilter(probe)
    probe.deleteLater()
