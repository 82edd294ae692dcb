"""Texts built from values, in German with the real translation: the dashboard chart's
milestone labels, legend and annotations, the milestone review's context, the reminder's
desktop notification. Without a translator (the CLI) the same code speaks English."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.text import Text
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel

from altitude.i18n import formats
from altitude.i18n.language import Choice
from altitude.i18n.preferences import write_language
from altitude.services import Altitude
from altitude.services.reminders import what_is_due
from altitude.ui.language import QM_DIR_ENV, install_translations, remove_translations
from altitude.ui.locale_formats import install_qt_formats
from altitude.ui.reminder_words import in_app_language
from altitude.ui.reviews.page import ReviewsPage

FRIDAY = date(2026, 11, 27)  # the sample's check-in day


@pytest.fixture
def german(released_translations: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The app's German, as its start-up installs it: the real .qm, QLocale, the hooks."""
    monkeypatch.setenv(QM_DIR_ENV, str(released_translations))
    before = QLocale()
    loaded = install_translations(Choice("de", "de_DE"))
    assert any(p.endswith("altitude_de.qm") for p in loaded)
    install_qt_formats()
    yield
    remove_translations()
    formats.install(None)
    QLocale.setDefault(before)


def chart_texts(window) -> list[str]:  # type: ignore[no-untyped-def]
    texts: list[str] = []
    for canvas in window.findChildren(FigureCanvasQTAgg):
        if canvas.isVisible():
            texts += [t.get_text() for t in canvas.figure.findobj(Text) if t.get_text()]
    return texts


def test_the_dashboard_chart_labels_its_milestones_and_legend_in_german(
    qtbot, german: None, sample_service: Altitude, window_for
) -> None:  # type: ignore[no-untyped-def]
    window = window_for(sample_service)
    window.show_page(0)
    qtbot.waitUntil(lambda: any("Tag 30" in t for t in chart_texts(window)), timeout=5000)
    texts = chart_texts(window)
    assert any(t.startswith("Tag 30\n35") for t in texts), texts
    assert "Toleranz ±5 Punkte" in texts
    assert "Heute" in texts
    assert any(t.startswith("Ziel ") and "Woche vom" in t for t in texts), texts
    english = [t for t in texts if t.startswith(("Day ", "Tolerance", "Today", "Target"))]
    assert not english
    window.close()


def test_the_review_wizard_speaks_german(
    qtbot, german: None, sample_service: Altitude, window_for
) -> None:  # type: ignore[no-untyped-def]
    window = window_for(sample_service)
    index = next(i for i, p in enumerate(window.pages) if isinstance(p, ReviewsPage))
    window.show_page(index)
    page = window.pages[index]
    assert isinstance(page, ReviewsPage)
    wizard = page.open_review(60)
    assert wizard is not None  # the page owns it (deleted on close)
    lines: list[str] = []
    for _ in wizard.pageIds():
        lines += [label.text() for label in wizard.currentPage().findChildren(QLabel)]
        wizard.next()
    said = "\n".join(lines)
    assert "Übergeben" in said and "Festgehaltene Entscheidungen: 3" in said
    assert "Der Plan sieht bis Tag 60 45 % vor" in said.replace("\u00a0", " ")
    for english in ("Handed over", "Decisions recorded", "Feedback logged", "The plan "):
        assert english not in said
    wizard.reject()
    window.close()


@pytest.fixture
def back_to_english() -> Iterator[None]:
    before = QLocale()
    yield
    remove_translations()
    formats.install(None)
    QLocale.setDefault(before)


def test_the_reminder_notification_speaks_the_language_chosen_in_settings(
    released_translations: Path,
    monkeypatch: pytest.MonkeyPatch,
    back_to_english: None,
    qapp: object,  # the Qt app the translators need
    sample_service: Altitude,
) -> None:
    """``altitude remind`` words its notification as the GUI would (Settings: German on a
    C-locale system); what the CLI prints stays English."""
    monkeypatch.setenv(QM_DIR_ENV, str(released_translations))
    folder = sample_service.data_folder()
    write_language(folder, "de")
    checkin = what_is_due(sample_service.overview(), FRIDAY)
    assert checkin is not None
    title, body, action = in_app_language(checkin, folder)
    assert title == "Dein Wochen-Check-in ist fällig"
    assert body.startswith("Zwei Minuten für die Woche vom 23. Nov.: ")
    assert "weitere Sachen auf dich" in body
    assert action == "Check-in öffnen"
    assert checkin.line == "Your weekly check-in is due (week of 23 Nov)."  # printed: English

    monday = what_is_due(sample_service.overview(), date(2026, 11, 23))
    assert monday is not None
    count = int(monday.summary.split()[0])
    title, body, _ = in_app_language(monday, folder)
    assert title == f"{count} Sachen brauchen deine Aufmerksamkeit"
    assert body.startswith("Check-in mit ")  # the dashboard's German wording
    assert monday.summary == f"{count} things need your attention"  # the CLI's stays English


def test_the_posting_remind_process_gets_the_apps_wording(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The entry point hands the GUI's wording to ``remind --wait`` (the CLI may not import
    the GUI); nothing due prints the same English line as ever."""
    from altitude import __main__ as entry
    from altitude.cli import remind_command

    try:
        assert entry.main(["--data-dir", str(tmp_path / "data"), "remind", "--wait"]) == 0
        assert capsys.readouterr().out == "Nothing due.\n"
        assert remind_command._wording == [in_app_language]
    finally:
        remind_command._wording.clear()
