"""Layouts survive longer words: every screen at its minimum size, in German and French.

The main window at its minimum size on each sidebar page (each tab of a page too), the
first-run wizard's steps at the wizard's minimum, the weekly check-in, Settings' tabs and
the decision and feedback editors at the size they open with: every visible text fits
its widget (``layout_checks``). Three languages run the same walk:

- ``pseudo``: every message ~40% longer, accented (``pseudo_translation``), with German
  dates and numbers. It needs no translator's work, so it guards every future string;
- ``de`` and ``fr``: the real translations released from resources/i18n/*.ts. They fail
  with a clear message while messages are unfinished (the walk's own problems follow).

With ``ALTITUDE_LAYOUT_SHOTS=folder`` set, a picture of each screen is saved there.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from layout_checks import problems
from pseudo_translation import pseudo_qm, real_qm, unfinished
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from altitude import i18n
from altitude.compat.pyside_none_refcount import keep_none_alive
from altitude.domain.weeks import IsoWeek
from altitude.services import Altitude
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.dialogs import ScriptedDialogs

pytestmark = pytest.mark.slow  # ~15 s a language: a window, twelve pages, six dialogs

keep_none_alive()

TODAY = date(2026, 11, 23)  # a Monday, as tests/ui's clock
LOCALES = {"pseudo": "de_DE", "de": "de_DE", "fr": "fr_FR"}

Check = Callable[[QWidget, str], None]
_ACTIVE: list[QTranslator] = []  # the test's translator, while a language is on


def keep_ours_on_top() -> bool:
    """The app may install its own translators when a window is built (the language
    setting): put the test's back on top, where Qt looks first. True when it had to."""
    app = QCoreApplication.instance()
    if not _ACTIVE or app is None:
        return False
    ours = _ACTIVE[0]
    probe = QCoreApplication.translate("Pages", "Dashboard")
    if probe == ours.translate("Pages", "Dashboard"):
        return False
    app.removeTranslator(ours)
    app.installTranslator(ours)
    return True


def qt_translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


@pytest.fixture
def language(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    """The app in ``request.param``: locale, Qt translator and the Qt-free hook installed,
    as the app's start-up does (an app that installs them itself finds the same ones)."""
    lang: str = request.param
    locale = LOCALES[lang]
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.setenv(name, f"{locale}.UTF-8" if name != "LANGUAGE" else locale[:2])
    app = QApplication.instance() or QApplication([])
    qm = pseudo_qm(tmp_path) if lang == "pseudo" else real_qm(tmp_path, lang)
    translator = QTranslator(app)
    assert translator.load(str(qm)), f"{qm} does not load"
    before = QLocale()
    QLocale.setDefault(QLocale(locale))
    app.installTranslator(translator)
    i18n.install(qt_translate)
    _ACTIVE[:] = [translator]
    yield lang
    _ACTIVE.clear()
    i18n.install(None)
    app.removeTranslator(translator)
    QLocale.setDefault(before)


def _service(folder: Path, sample: bool) -> Iterator[Altitude]:
    svc = Altitude.open(folder)
    svc.clock = lambda: TODAY
    if sample:
        svc.load_sample()
    yield svc
    svc.close()


@pytest.fixture
def sample(tmp_path: Path) -> Iterator[Altitude]:
    yield from _service(tmp_path / "sample", sample=True)


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[Altitude]:
    yield from _service(tmp_path / "empty", sample=False)


def settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Let pages build, charts load and word-wrapped labels take their height."""
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(20)


def checker(found: list[str], qtbot, shots: Path | None) -> Check:  # type: ignore[no-untyped-def]
    def check(widget: QWidget, screen: str) -> None:
        settle(qtbot)
        found.extend(problems(widget, screen))
        if shots is not None:
            widget.grab().save(str(shots / f"{screen.replace('/', '-').replace(' ', '_')}.png"))
        for tabs in widget.findChildren(QTabWidget):  # every tab of the screen, in turn
            if not tabs.isVisibleTo(widget) or tabs.property("layout_checked"):
                continue
            tabs.setProperty("layout_checked", True)
            start = tabs.currentIndex()
            for index in range(tabs.count()):
                if index != start:
                    tabs.setCurrentIndex(index)
                    check(widget, f"{screen} [{tabs.tabText(index).replace('&', '')}]")
            tabs.setCurrentIndex(start)

    return check


def walk_main_window(check: Check, qtbot, service: Altitude, dialogs: ScriptedDialogs) -> None:  # type: ignore[no-untyped-def]
    from altitude.ui.app import build_window

    window = build_window(service, dialogs)
    if keep_ours_on_top():  # built with the app's translation: once more, with the test's
        window.close()
        window = build_window(service, dialogs)
    qtbot.addWidget(window)
    window.resize(window.minimumSize())
    window.show()
    qtbot.waitExposed(window)
    for row in range(window.sidebar.count()):
        window.show_page(row)
        check(window, f"main/{row:02d}")
    window.close()  # before the service closes: the window builds pages on timers


def walk_wizard(check: Check, qtbot, service: Altitude, dialogs: ScriptedDialogs) -> None:  # type: ignore[no-untyped-def]
    from altitude.ui.wizard import PlanWizard

    w = PlanWizard(AppContext(service, dialogs))
    qtbot.addWidget(w)
    w.resize(w.minimumSize())
    w.show()
    qtbot.waitExposed(w)
    check(w, "wizard/1")
    w.next()
    w.move_step.current_role.setText("Senior data analyst")
    w.move_step.new_role.setText("Team lead")
    step = 2
    while True:
        check(w, f"wizard/{step}")
        if w.currentPage() is w.tasks:
            picker = w.tasks.picker
            for title in picker.suggested_titles()[:2]:
                picker.row_for(title).tick.click()
            settle(qtbot)
            check(w, f"wizard/{step}-ticked")
        if w.currentPage() is w.target:
            break
        before = w.currentPage()
        w.next()
        assert w.currentPage() is not before, f"the wizard did not go on from step {step}"
        step += 1
    w.close()


def walk_dialogs(check: Check, qtbot, service: Altitude, dialogs: ScriptedDialogs) -> None:  # type: ignore[no-untyped-def]
    from altitude.ui.checkins.dialog import CheckinDialog
    from altitude.ui.decisions.editor import blank_entry
    from altitude.ui.decisions.launch import editor_for
    from altitude.ui.feedback.entry_dialog import FeedbackEntryDialog
    from altitude.ui.settings.dialog import SettingsDialog

    ctx = AppContext(service, dialogs)
    opened: list[tuple[str, QWidget]] = [
        ("checkin", CheckinDialog(ctx, IsoWeek.of(TODAY))),
        ("checkin-past", CheckinDialog(ctx, IsoWeek.of(TODAY) + -1)),
        ("settings", SettingsDialog(ctx)),
        ("decision-new", editor_for(ctx, blank_entry(TODAY))),
        ("feedback-new", FeedbackEntryDialog(ctx)),
    ]
    if service.state.journal:
        opened.append(("decision-edit", editor_for(ctx, service.state.journal[0])))
    if service.state.feedback:
        opened.append(("feedback-edit", FeedbackEntryDialog(ctx, service.state.feedback[0])))
    for name, dialog in opened:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        check(dialog, f"dialog/{name}")
        dialog.close()


def walk_everything(qtbot, sample: Altitude, empty: Altitude, lang: str) -> list[str]:  # type: ignore[no-untyped-def]
    keep = os.environ.get("ALTITUDE_LAYOUT_SHOTS", "").strip()
    shots = Path(keep) / lang if keep else None
    if shots is not None:
        shots.mkdir(parents=True, exist_ok=True)
    found: list[str] = []
    check = checker(found, qtbot, shots)
    dialogs = ScriptedDialogs()
    walk_main_window(check, qtbot, sample, dialogs)
    walk_wizard(check, qtbot, empty, dialogs)
    walk_dialogs(check, qtbot, sample, dialogs)
    return found


@pytest.mark.parametrize("language", ["pseudo"], indirect=True)
def test_every_screen_fits_a_language_40_percent_longer(
    qtbot, language: str, sample: Altitude, empty: Altitude
) -> None:  # type: ignore[no-untyped-def]
    assert QCoreApplication.translate("Pages", "Dashboard") != "Dashboard"  # pseudo is on
    found = walk_everything(qtbot, sample, empty, language)
    assert not found, f"{len(found)} texts do not fit:\n" + "\n".join(found)


@pytest.mark.parametrize("language", ["de", "fr"], indirect=True)
def test_every_screen_fits_in_german_and_french(
    qtbot, language: str, sample: Altitude, empty: Altitude
) -> None:  # type: ignore[no-untyped-def]
    found = walk_everything(qtbot, sample, empty, language)
    missing, total = unfinished(language)
    assert missing == 0, (
        f"altitude_{language}.ts has {missing} of {total} messages unfinished or empty: the "
        f"layout test in {language} needs the finished translation (then it checks again). "
        f"Meanwhile, with English texts: {len(found)} texts do not fit"
        + "".join(f"\n{p}" for p in found[:40])
    )
    assert not found, f"{len(found)} texts do not fit:\n" + "\n".join(found)
