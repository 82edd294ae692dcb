"""Fixtures for GUI tests: a fresh data dir per test, a fixed clock, scripted dialogs."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from altitude.compat.pyside_none_refcount import keep_none_alive
from altitude.services import Altitude
from altitude.ui.shared.dialogs import ScriptedDialogs

keep_none_alive()  # before any widget test: PySide6 6.12 under-counts None on Python 3.11

TODAY = date(2026, 11, 23)  # a Monday


@pytest.fixture(autouse=True)
def _english_dates() -> Iterator[None]:
    """Texts name months ("the week of 7 Sep 2026"): the same on any machine's locale."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


@pytest.fixture(autouse=True)
def _delete_closed_widgets() -> Iterator[None]:
    """pytest-qt's closed widgets are only deleted by the event loop: flush them per test."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def service(tmp_path: Path) -> Iterator[Altitude]:
    svc = Altitude.open(tmp_path / "data")
    svc.clock = lambda: TODAY
    yield svc
    svc.close()


@pytest.fixture
def sample_service(service: Altitude) -> Altitude:
    service.load_sample()
    return service


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()


@pytest.fixture
def window_for(qtbot, dialogs: ScriptedDialogs):  # type: ignore[no-untyped-def]
    """window_for(service) -> a shown MainWindow over that service."""
    from altitude.ui.app import build_window

    def make(svc: Altitude):  # type: ignore[no-untyped-def]
        window = build_window(svc, dialogs)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        return window

    return make


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for exports (the data folder sits beside it in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder
