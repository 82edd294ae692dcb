"""The frame paints the dashboard as it was last closed, and never over other data.

A session that closes on the dashboard keeps its picture, keyed by the plan file as the
store left it (``ui.dashboard.frame_picture``); the next start's frame shows it only while the file,
the day, the theme, the language, the pixel ratio and the size are what it was made for.
"""

from __future__ import annotations

import os
import stat
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSize

from altitude.services import Altitude
from altitude.ui.app import Startup, show_frame
from altitude.ui.bug_hook import BugHook
from altitude.ui.dashboard.frame_picture import FILE_NAME, page_key, plan_file_facts
from altitude.ui.dashboard.page_placeholder import PagePlaceholder
from altitude.ui.main_window import MainWindow
from altitude.ui.shared.dialogs import ScriptedDialogs
from altitude.ui.single_instance import SingleInstance

TODAY = date(2026, 11, 23)


def _start(folder: Path, today: date = TODAY) -> Startup:
    instance, hook = SingleInstance(folder), BugHook(ScriptedDialogs())
    return Startup(_App(), folder, lambda: today, instance, hook, False)  # type: ignore[arg-type]


class _App:
    def exit(self, code: int = 0) -> None:
        raise AssertionError(f"the start ended with {code}")


def _session(qtbot, folder: Path, page: int = 0, today: date = TODAY) -> None:  # type: ignore[no-untyped-def]
    """Open the plan into a window as the app does, show ``page``, close it all."""
    start = _start(folder, today)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1000, 700)
    assert start.open_into(window, applied_dark=False)
    window.show_page(page)
    qtbot.waitExposed(window)
    window.close()
    start.close()


def _frame(qtbot, folder: Path, today: date = TODAY, dark: bool = False) -> PagePlaceholder:  # type: ignore[no-untyped-def]
    window = show_frame(dark, folder, today)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    qtbot.waitExposed(window)
    place = window.stack.widget(0)
    assert isinstance(place, PagePlaceholder)
    return place


@pytest.fixture
def folder(tmp_path: Path, qtbot) -> Path:  # type: ignore[no-untyped-def]
    folder = tmp_path / "data"
    svc = Altitude.open(folder)
    svc.load_sample()
    svc.close()
    _session(qtbot, folder)
    return folder


def test_closing_on_the_dashboard_keeps_it_and_the_next_frame_shows_it(qtbot, folder) -> None:  # type: ignore[no-untyped-def]
    kept = folder / FILE_NAME
    assert kept.exists() and stat.S_IMODE(kept.stat().st_mode) == 0o600
    place = _frame(qtbot, folder)
    assert place.shows_picture() and place.pictured_chart() == "Trajectory chart"


def test_a_write_while_the_app_was_closed_is_never_shown_from_the_picture(qtbot, folder) -> None:  # type: ignore[no-untyped-def]
    before = plan_file_facts(folder)
    svc = Altitude.open(folder)  # the CLI, say
    svc.clock = lambda: TODAY
    last = svc.state.checkins[-1]
    svc.record_checkin(replace(last, note=last.note + " (and more)"))
    svc.close()
    assert plan_file_facts(folder) != before
    place = _frame(qtbot, folder)
    assert place.kept is None and not place.shows_picture()


def test_a_restored_or_imported_plan_is_never_shown_from_the_picture(qtbot, folder) -> None:  # type: ignore[no-untyped-def]
    svc = Altitude.open(folder)
    exported = svc.export_json()
    svc.close()
    svc = Altitude.open(folder)
    svc.import_json(exported.encode(), "plan.json", replace_existing=True)  # a write all the same
    svc.close()
    assert _frame(qtbot, folder).kept is None
    _session(qtbot, folder)  # kept again for the file as it is now
    assert _frame(qtbot, folder).shows_picture()
    database = folder / "altitude.db"
    copy = database.read_bytes()
    database.unlink()
    database.write_bytes(copy)  # a restore puts another file in its place, same bytes
    assert _frame(qtbot, folder).kept is None


def test_another_day_theme_or_language_is_never_shown_from_the_picture(qtbot, folder) -> None:  # type: ignore[no-untyped-def]
    assert _frame(qtbot, folder, today=TODAY + timedelta(days=1)).kept is None
    assert _frame(qtbot, folder, dark=True).kept is None
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        assert _frame(qtbot, folder).kept is None
    finally:
        QLocale.setDefault(before)
    assert _frame(qtbot, folder).shows_picture()  # and back as it was: shown


def test_another_size_shows_the_words_not_the_picture(qtbot, folder) -> None:  # type: ignore[no-untyped-def]
    place = _frame(qtbot, folder)
    assert place.shows_picture()
    place.window().resize(1100, 700)
    qtbot.waitUntil(lambda: place.size() != QSize(*place.kept[1].toTuple()))
    assert place.kept is not None and not place.shows_picture()
    assert place.pictured_chart() is None


def test_a_damaged_picture_is_ignored_and_replaced(qtbot, folder) -> None:  # type: ignore[no-untyped-def]
    kept = folder / FILE_NAME
    kept.write_bytes(kept.read_bytes()[:500])  # cut short
    assert _frame(qtbot, folder).kept is None
    _session(qtbot, folder)
    assert _frame(qtbot, folder).shows_picture()


def test_closing_on_another_page_or_behind_a_write_keeps_no_picture(qtbot, folder) -> None:  # type: ignore[no-untyped-def]
    _session(qtbot, folder, page=2)
    assert not (folder / FILE_NAME).exists()
    _session(qtbot, folder)
    assert (folder / FILE_NAME).exists()
    start = _start(folder)
    window = MainWindow()
    qtbot.addWidget(window)
    assert start.open_into(window, applied_dark=False)
    other = Altitude.open(folder)  # the CLI writes while the window is open, unseen yet
    other.clock = lambda: TODAY
    last = other.state.checkins[-1]
    other.record_checkin(replace(last, note=last.note + " (from the CLI)"))
    other.close()
    window.close()
    start.close()
    assert not (folder / FILE_NAME).exists()


def test_the_key_needs_a_plan_file(tmp_path: Path) -> None:
    assert page_key(tmp_path, TODAY, False, "en_GB", 1.0) is None
    os.makedirs(tmp_path / "x")
    assert plan_file_facts(tmp_path / "x") == [None, None]


def _frame_session(qtbot, folder: Path, write: bool) -> None:  # type: ignore[no-untyped-def]
    """A start as the app's: the frame (with its picture), the plan into it, then close."""
    window = show_frame(False, folder, TODAY)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    qtbot.waitExposed(window)
    start = _start(folder)
    assert start.open_into(window, applied_dark=False)
    if write:
        last = window.ctx.service.state.checkins[-1]
        window.ctx.service.record_checkin(replace(last, note=last.note + " (edited)"))
    window.close()
    start.close()


def test_a_session_that_changed_nothing_leaves_the_picture_as_it_is(qtbot, folder) -> None:  # type: ignore[no-untyped-def]
    kept = folder / FILE_NAME
    before = kept.read_bytes()
    os.utime(kept, ns=(1, 1))  # a rewrite would show in the time
    _frame_session(qtbot, folder, write=False)
    assert kept.stat().st_mtime_ns == 1 and kept.read_bytes() == before
    assert _frame(qtbot, folder).shows_picture()
    _frame_session(qtbot, folder, write=True)  # a change: drawn again, under the new file
    assert kept.stat().st_mtime_ns != 1 and _frame(qtbot, folder).shows_picture()
