"""The frame's kept picture is painted before its widgets exist, and only where it fits.

``ui.dashboard.frame_shell``: a start whose frame was built keeps that frame's first paint
(the dashboard's place blank); the next start paints it, with the dashboard's kept picture
in that place, then builds the frame's widgets before the plan opens. These tests start
as the app does (``show_frame``, then ``Startup.fill``, then close) and check that the
picture is the same pixels the built frame paints, and that it is never shown for another
size, theme, language, page or a damaged file.
"""

from __future__ import annotations

import ast
import json
import os
import stat
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtGui import QIcon, QImage
from PySide6.QtWidgets import QApplication

from altitude.services import Altitude
from altitude.ui.app import Startup, show_frame
from altitude.ui.bug_hook import BugHook
from altitude.ui.dashboard import frame_picture
from altitude.ui.dashboard.frame_shell import FILE_NAME, MAGIC, FrameShell
from altitude.ui.dashboard.page_placeholder import PagePlaceholder
from altitude.ui.main_window import MainWindow
from altitude.ui.shared.dialogs import ScriptedDialogs
from altitude.ui.single_instance import SingleInstance

TODAY = date(2026, 11, 23)


class _App:
    def exit(self, code: int = 0) -> None:
        raise AssertionError(f"the start ended with {code}")


def _start(qtbot, folder: Path, dark: bool = False) -> tuple[MainWindow, Startup]:  # type: ignore[no-untyped-def]
    """A start as the app's: the frame (or its picture) shown and painted, then filled."""
    window = show_frame(dark, folder, TODAY)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window._painted)
    start = Startup(_App(), folder, lambda: TODAY, SingleInstance(folder),  # type: ignore[arg-type]
                    BugHook(ScriptedDialogs()), False)  # fmt: skip
    return window, start


def _session(qtbot, folder: Path, dark: bool = False, page: int = 0) -> bool:  # type: ignore[no-untyped-def]
    """A whole start: shown, filled, closed on ``page``. True if the picture was shown."""
    window, start = _start(qtbot, folder, dark)
    shown = window.shell is not None
    start.fill(window, applied_dark=dark)
    assert window.attached and window.frame_built and window.shell is None
    window.show_page(page)
    window.close()
    start.close()
    return shown


def _rendered(window: MainWindow) -> QImage:
    return window.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)


@pytest.fixture
def folder(tmp_path: Path, qtbot) -> Path:  # type: ignore[no-untyped-def]
    folder = tmp_path / "data"
    svc = Altitude.open(folder)
    svc.load_sample()
    svc.close()
    QSettings().setValue("window/dark", False)
    assert _session(qtbot, folder) is False  # the first start builds its frame, keeps both
    # Offscreen Qt restores the first close's geometry at another size once (the window
    # grows back when shown): that start builds its frame too, and keeps it at that size.
    _session(qtbot, folder)
    return folder


def test_a_start_keeps_its_frame_and_the_next_paints_it_before_building(qtbot, folder) -> None:  # type: ignore[no-untyped-def]
    kept = folder / FILE_NAME
    assert kept.read_bytes().startswith(MAGIC)
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    window, start = _start(qtbot, folder)
    assert isinstance(window.shell, FrameShell) and not window.frame_built
    assert window.shell.fits() and window.shell.pictured_chart() == "Trajectory chart"
    start.fill(window, applied_dark=False)  # the frame is built before the plan opens
    assert window.frame_built and window.attached and window.shell is None
    assert window.focusWidget() is window.sidebar  # the keyboard is where a built frame has it
    window.close()
    start.close()


def test_the_picture_is_the_very_pixels_the_built_frame_paints(qtbot, folder) -> None:  # type: ignore[no-untyped-def]
    window, _ = _start(qtbot, folder)
    assert window.shell is not None
    pictured = _rendered(window)
    window.frame_builder()  # the frame's widgets, with the dashboard's picture in its place
    qtbot.wait(10)
    built = _rendered(window)
    assert built.size() == pictured.size()
    assert built == pictured  # not one pixel differs


def test_the_pictures_pixels_are_let_go_before_the_dashboard_is_built(qtbot, folder) -> None:  # type: ignore[no-untyped-def]
    """Peak memory: the shell drops both pictures as the frame is built (``deleteLater``
    would keep them through the plan's opening), and the placeholder drops the dashboard's
    just before the live page is built in its place (nothing paints in between)."""
    window, start = _start(qtbot, folder)
    shell = window.shell
    assert shell is not None and shell.frame is not None and shell.page is not None
    window.frame_builder()
    assert shell.frame is None and shell.page is None
    place = window.stack.widget(frame_picture.DASHBOARD)
    assert isinstance(place, PagePlaceholder) and place.kept is not None  # to paint next
    seen: list[object] = []
    build = window._specs[frame_picture.DASHBOARD][1]
    window._specs[frame_picture.DASHBOARD] = (
        window._specs[frame_picture.DASHBOARD][0],
        lambda ctx: (seen.append(place.kept), build(ctx))[1],
    )
    start.fill(window, applied_dark=False)
    assert seen == [None]  # the page was built with the picture already gone
    assert window.stack.widget(frame_picture.DASHBOARD) is window.page(frame_picture.DASHBOARD)
    window.close()
    start.close()


def test_another_size_theme_language_or_page_builds_the_frame(qtbot, folder) -> None:  # type: ignore[no-untyped-def]
    window, _ = _start(qtbot, folder, dark=True)  # another theme: another key
    assert window.shell is None and window.frame_built
    window.close()
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        window, _ = _start(qtbot, folder)
        assert window.shell is None and window.frame_built
        window.close()
    finally:
        QLocale.setDefault(before)
    QSettings().setValue("window/page", 2)  # opening on another page: no dashboard picture
    window, _ = _start(qtbot, folder)
    assert window.shell is None and window.opening_row == 2
    window.close()
    QSettings().setValue("window/page", 0)
    window, _ = _start(qtbot, folder)
    assert window.shell is not None  # and as it was: the picture again
    window.resize(window.width() + 40, window.height())  # the window made another size
    qtbot.waitUntil(lambda: window.frame_built)
    assert window.shell is None and window.stack.count() == 12


def test_a_plan_changed_while_closed_shows_the_built_frame_not_the_picture(qtbot, folder) -> None:  # type: ignore[no-untyped-def]
    svc = Altitude.open(folder)  # the CLI, say: the dashboard's picture no longer fits
    svc.clock = lambda: TODAY
    last = svc.state.checkins[-1]
    svc.record_checkin(replace(last, note=last.note + " (and more)"))
    svc.close()
    window, _ = _start(qtbot, folder)
    assert window.shell is None and window.frame_built
    place = window.stack.widget(0)
    assert isinstance(place, PagePlaceholder) and not place.shows_picture()
    assert place.text() == "Opening your plan…"
    window.close()


def test_a_frame_already_kept_is_not_written_again_when_the_plan_changed(qtbot, folder) -> None:  # type: ignore[no-untyped-def]
    kept = folder / FILE_NAME
    os.utime(kept, ns=(1, 1))  # a rewrite would show in the time
    svc = Altitude.open(folder)  # the dashboard's picture no longer fits; the frame's does
    svc.clock = lambda: TODAY
    last = svc.state.checkins[-1]
    svc.record_checkin(replace(last, note=last.note + " (and more)"))
    svc.close()
    assert _session(qtbot, folder) is False
    assert kept.stat().st_mtime_ns == 1  # the frame under that key was there: left as it is
    assert _session(qtbot, folder) is True


def _split(data: bytes) -> tuple[dict[str, object], bytes]:
    end = data.index(b"\n", len(MAGIC))
    return ast.literal_eval(data[len(MAGIC) : end].decode()), data[end + 1 :]


@pytest.mark.parametrize("damage", ["cut", "flipped", "header", "empty", "no end"])
def test_a_damaged_frame_picture_is_ignored_and_replaced(qtbot, folder, damage: str) -> None:  # type: ignore[no-untyped-def]
    kept = folder / FILE_NAME
    data = bytearray(kept.read_bytes())
    if damage == "cut":
        data = data[: len(data) // 2]
    elif damage == "flipped":
        data[-1000] ^= 0x40  # one bit of one pixel
    elif damage == "header":
        data[len(MAGIC) + 2] = ord("#")  # the header is no longer a Python literal
    elif damage == "empty":
        data = bytearray()  # (a file can't be mapped when empty)
    else:
        data = bytearray(MAGIC + b"[" * 40000)  # no end of the header in sight
    kept.write_bytes(bytes(data))
    assert _session(qtbot, folder) is False  # built, painted, and kept again
    assert _session(qtbot, folder) is True


def test_a_header_that_is_code_is_never_run_and_the_picture_is_replaced(qtbot, folder) -> None:  # type: ignore[no-untyped-def]
    kept = folder / FILE_NAME
    _head, pixels = _split(kept.read_bytes())
    ran = folder / "ran"
    code = f"__import__('pathlib').Path({str(ran)!r}).touch()"
    kept.write_bytes(MAGIC + code.encode() + b"\n" + pixels)
    assert _session(qtbot, folder) is False
    assert not ran.exists()
    assert _session(qtbot, folder) is True


def test_the_picture_an_earlier_build_kept_with_a_json_header_is_replaced(qtbot, folder) -> None:  # type: ignore[no-untyped-def]
    kept = folder / FILE_NAME
    head, pixels = _split(kept.read_bytes())
    kept.write_bytes(b"ALTITUDE-PICTURE 1\n" + json.dumps(head).encode() + b"\n" + pixels)
    assert _session(qtbot, folder) is False  # the earlier format: built, and kept anew
    assert kept.read_bytes().startswith(MAGIC)
    assert _session(qtbot, folder) is True


def test_a_frame_resized_before_it_was_kept_is_not_kept(qtbot, folder) -> None:  # type: ignore[no-untyped-def]
    (folder / FILE_NAME).unlink()
    window, start = _start(qtbot, folder)
    assert window.frame_to_keep is not None
    window.resize(window.width() + 40, window.height())
    start.fill(window, applied_dark=False)
    assert not (folder / FILE_NAME).exists()  # made at one size, painted at another
    window.close()
    start.close()


def test_the_earlier_png_of_the_dashboard_is_removed_at_the_next_close(qtbot, folder) -> None:  # type: ignore[no-untyped-def]
    earlier = folder / frame_picture.EARLIER_FILE_NAME
    earlier.write_bytes(b"\x89PNG an earlier build's picture")
    _session(qtbot, folder, page=2)  # closed elsewhere: no picture of the dashboard kept
    assert not earlier.exists() and not (folder / frame_picture.FILE_NAME).exists()


def test_the_window_icon_is_given_after_the_first_paint(qtbot, folder) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setWindowIcon(QIcon())
    window, start = _start(qtbot, folder)
    assert app.windowIcon().isNull()  # the frame painted without it (QIcon's type: ~5 ms)
    start.fill(window, applied_dark=False)
    sizes = {size.width() for size in app.windowIcon().availableSizes()}
    assert {16, 32, 256} <= sizes
    assert window.windowIcon().cacheKey() == app.windowIcon().cacheKey()
    window.close()
    start.close()
