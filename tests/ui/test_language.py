"""The language at start-up and in Settings: a German .qm makes the menus German, Qt's
own buttons come from qtbase, the Qt-free ``altitude.i18n`` goes through Qt, and the
Settings choice is kept for the next start."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox

from altitude import i18n
from altitude.i18n.language import SYSTEM, Choice
from altitude.i18n.preferences import read_language, write_language
from altitude.services import Altitude
from altitude.ui.language import (
    QM_DIR_ENV,
    install_language,
    install_translations,
    remove_translations,
)
from altitude.ui.settings.dialog import SettingsDialog
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.dialogs import ScriptedDialogs

# A few messages as a translator's .ts would hold them; QPlatformTheme's "&No" also sits
# in Qt's qtbase_de.qm ("&Nein"): ours must win (the app's translator is searched first).
TINY_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context><name>MainWindow</name>
<message><source>&amp;File</source><translation>&amp;Datei</translation></message>
<message><source>&amp;Help</source><translation>&amp;Hilfe</translation></message>
</context>
<context><name>families/general</name>
<message><source>Writing status reports by hand</source>
<translation>Statusberichte von Hand schreiben</translation></message>
</context>
<context><name>PlanWizard</name>
<message><source>New plan — Altitude</source>
<translation>Neuer Plan — Altitude</translation></message>
</context>
<context><name>QPlatformTheme</name>
<message><source>&amp;No</source><translation>&amp;Lieber nicht</translation></message>
</context>
</TS>
"""


def lrelease() -> str:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    assert found, "pyside6-lrelease comes with PySide6"
    return found


@pytest.fixture
def german_qm(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "qm"
    folder.mkdir()
    ts = folder / "altitude_de.ts"
    ts.write_text(TINY_TS, encoding="utf-8")
    subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(folder / "altitude_de.qm")],
                   check=True)  # fmt: skip
    monkeypatch.setenv(QM_DIR_ENV, str(folder))
    return folder


@pytest.fixture
def untranslated_after() -> Iterator[None]:
    yield
    remove_translations()


@pytest.fixture
def data_folder(service: Altitude) -> Path:
    return service.data_folder()


def test_a_german_system_gets_german_menus_buttons_and_formats(
    german_qm: Path,
    data_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    untranslated_after: None,
    window_for,  # type: ignore[no-untyped-def]
    service: Altitude,
) -> None:
    monkeypatch.setenv("LANG", "de_AT.UTF-8")
    choice = install_language(data_folder)
    assert choice == Choice("de", "de_AT")
    assert QLocale().name() == "de_AT"  # the formats: the system's territory
    window = window_for(service)
    titles = [a.text() for a in window.menuBar().actions()]
    assert "&Datei" in titles and "&Hilfe" in titles
    box = QMessageBox(QMessageBox.Icon.Question, "?", "?")
    box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Abbrechen"  # qtbase_de
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.No)
    assert buttons.button(QDialogButtonBox.StandardButton.No).text() == "&Lieber nicht"
    # The Qt-free hook goes through Qt now: services and resources speak German too.
    assert i18n.translate("MainWindow", "&File") == "&Datei"
    general = service_family_tasks()
    assert "Statusberichte von Hand schreiben" in general


def service_family_tasks() -> list[str]:
    from altitude.services.guidance.families import load_families

    return [t.title for t in load_families().general.tasks]


def test_the_settings_choice_wins_over_the_system(
    german_qm: Path, data_folder: Path, monkeypatch: pytest.MonkeyPatch, untranslated_after: None
) -> None:
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    write_language(data_folder, "de")
    assert install_language(data_folder) == Choice("de", "de")
    assert QLocale().name() == "de_DE"
    assert i18n.translate("MainWindow", "&Help") == "&Hilfe"
    write_language(data_folder, "en")
    assert install_language(data_folder) == Choice("en", "en")
    assert i18n.translate("MainWindow", "&Help") == "&Help"


def test_the_bundled_translations_are_found_and_english_needs_none(
    released_translations: Path, monkeypatch: pytest.MonkeyPatch, untranslated_after: None
) -> None:
    monkeypatch.setenv(QM_DIR_ENV, str(released_translations))
    loaded = install_translations(Choice("fr", "fr_FR"))
    assert any(p.endswith("altitude_fr.qm") for p in loaded)
    assert any(p.endswith("qtbase_fr.qm") for p in loaded)
    box = QMessageBox(QMessageBox.Icon.Question, "?", "?")
    box.setStandardButtons(QMessageBox.StandardButton.Cancel)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Annuler"
    english = install_translations(Choice("en", "en"))
    assert not [p for p in english if "qtbase" in p or "altitude_fr" in p]
    assert i18n.translate("x", "%n week(s)", None, 3) == "3 weeks"


def start_app(data: Path, **env: str) -> subprocess.CompletedProcess[str]:
    desktop = str(Path(__file__).resolve().parents[2] / "desktop")
    child = dict(os.environ, QT_QPA_PLATFORM="offscreen", ALTITUDE_QUIT_AFTER="1500",
                 PYTHONPATH=desktop, **env)  # fmt: skip
    return subprocess.run(
        [sys.executable, "-m", "altitude", "--data-dir", str(data)],
        capture_output=True, text=True, timeout=120, env=child, stdin=subprocess.DEVNULL,
        check=False,
    )  # fmt: skip


def test_the_app_started_on_a_german_system_opens_in_german(
    german_qm: Path, tmp_path: Path
) -> None:
    """The real start-up (``run_gui``) installs the language before the first window."""
    german = start_app(tmp_path / "de", LANG="de_DE.UTF-8", ALTITUDE_TRANSLATIONS=str(german_qm))
    assert german.returncode == 0, german.stderr
    assert "window: PlanWizard: Neuer Plan — Altitude" in german.stdout
    write_language(tmp_path / "de", "en")  # the Settings choice, at the next start
    english = start_app(tmp_path / "de", LANG="de_DE.UTF-8", ALTITUDE_TRANSLATIONS=str(german_qm))
    assert "window: PlanWizard: New plan — Altitude" in english.stdout, english.stderr


# --------------------------------------------------------------------------- Settings


@pytest.fixture
def dialog(qtbot, service: Altitude) -> SettingsDialog:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(AppContext(service, ScriptedDialogs()))
    qtbot.addWidget(dialog)
    return dialog


def test_settings_offers_the_languages_and_says_a_restart_applies_it(
    dialog: SettingsDialog,
) -> None:
    box = dialog.language.combo
    assert box.accessibleName() == "Language"
    assert [box.itemText(i) for i in range(box.count())] == [
        "Follow the system", "English", "Deutsch", "Français",
    ]  # fmt: skip
    assert box.currentData() == SYSTEM
    note = dialog.findChild(QLabel, "languageNote")
    assert note is not None and note.text() == "Applies when you restart Altitude."
    assert box.accessibleDescription() == note.text()
    labels = [lab for lab in dialog.findChildren(QLabel) if lab.buddy() is box]
    assert [lab.text() for lab in labels] == ["&Language"]


def test_choosing_a_language_keeps_it_for_the_next_start(
    qtbot,  # type: ignore[no-untyped-def]
    dialog: SettingsDialog,
    data_folder: Path,
    service: Altitude,
) -> None:
    before = service.state.settings
    box = dialog.language.combo
    box.setCurrentIndex(box.findText("Deutsch"))
    dialog.accept()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    path = data_folder / "preferences.json"
    assert json.loads(path.read_text(encoding="utf-8")) == {"language": "de"}
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert read_language(data_folder) == "de"
    assert service.state.settings == before  # not the plan's: nothing to undo there
    again = SettingsDialog(AppContext(service, ScriptedDialogs()))
    qtbot.addWidget(again)
    assert again.language.combo.currentText() == "Deutsch"


def test_cancel_keeps_the_language_as_it_was(dialog: SettingsDialog, data_folder: Path) -> None:
    box = dialog.language.combo
    box.setCurrentIndex(box.findText("Français"))
    dialog.reject()
    assert read_language(data_folder) == SYSTEM
    assert not (data_folder / "preferences.json").exists()


def test_a_language_that_cannot_be_kept_says_why_and_the_dialog_stays(
    dialog: SettingsDialog, data_folder: Path
) -> None:
    (data_folder / "preferences.json").mkdir()  # a folder where the file should be
    box = dialog.language.combo
    box.setCurrentIndex(box.findText("Deutsch"))
    dialog.accept()
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert "could not keep the language" in dialog.language.error.message()
