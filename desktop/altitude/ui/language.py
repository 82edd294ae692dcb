"""Speak the user's language from the first dialog on: translators and formats at start-up.

``install_language`` runs once, right after the QApplication exists and before the lock
or the store is touched, so the "already open" and recovery dialogs are translated too.
It reads the Settings choice (``altitude.i18n.preferences``, outside the plan), falls back
to the system's language (``altitude.i18n.language``), and installs, in this order —
Qt searches the translator installed LAST first:

1. ``altitude_en.qm``: the English plural forms ("1 week", "3 weeks"), the last resort;
2. Qt's own ``qtbase_<lang>.qm``: the buttons of QMessageBox, QDialogButtonBox, QFileDialog;
3. ``altitude_<lang>.qm``: the app's messages, searched first.

Then QLocale's default (dates, numbers, day names) and the Qt-free ``altitude.i18n`` hook
that the services, charts and resources translate through. A language is fixed for the
life of the process: a change in Settings applies at the next start.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from altitude import i18n
from altitude.i18n.language import ENGLISH, Choice, resolve
from altitude.i18n.preferences import read_language
from altitude.paths import resource

# A folder of altitude_*.qm to use instead of the bundled ones (the tests build theirs).
QM_DIR_ENV = "ALTITUDE_TRANSLATIONS"
APP = "altitude"

log = logging.getLogger(__name__)
_installed: list[QTranslator] = []  # kept alive, and removed again by a later install


def qm_folders() -> list[Path]:
    """Where ``altitude_<lang>.qm`` is looked for: the override, then the resources."""
    found: list[Path] = []
    override = os.environ.get(QM_DIR_ENV, "").strip()
    if override:
        found.append(Path(override))
    with contextlib.suppress(FileNotFoundError):  # a broken install: English, said in the log
        found.append(resource("i18n"))
    return found


def qt_translation_folders() -> list[Path]:
    """Where Qt's own ``qtbase_<lang>.qm`` is: Qt's path, then beside PySide6 (a bundle)."""
    from PySide6.QtCore import QLibraryInfo  # only for a translation: its enums (~0.4 ms)

    folders = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    import PySide6

    folders.append(Path(PySide6.__file__).resolve().parent / "Qt" / "translations")
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        folders.append(Path(bundle) / "PySide6" / "Qt" / "translations")
    return folders


def _load(name: str, folders: list[Path]) -> QTranslator | None:
    translator = QTranslator(QCoreApplication.instance())
    for folder in folders:
        if translator.load(name, str(folder)):
            return translator
    return None


def qt_translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    """Qt's translation; a count Qt found no form for reads as English does ("3 weeks",
    not "3 week(s)"), as without a translator."""
    said = QCoreApplication.translate(context, text, disambiguation, n)
    if n >= 0 and said == text.replace("%n", str(n)):
        return i18n.english(context, text, disambiguation, n)
    return said


def remove_translations() -> None:
    """Back to untranslated English (tests; a running app keeps its language)."""
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    i18n.install(None)


def install_translations(choice: Choice) -> list[str]:
    """Install the translators and the locale for ``choice``; the .qm files found."""
    remove_translations()
    QLocale.setDefault(QLocale(choice.locale))
    wanted = [(f"{APP}_{ENGLISH}", qm_folders())]
    if choice.language != ENGLISH:
        wanted.append((f"qtbase_{choice.language}", qt_translation_folders()))
        wanted.append((f"{APP}_{choice.language}", qm_folders()))
    loaded: list[str] = []
    for name, folders in wanted:
        translator = _load(name, folders)
        if translator is None:
            log.warning("translation %s.qm not found; those texts stay in English", name)
            continue
        QCoreApplication.installTranslator(translator)
        _installed.append(translator)
        loaded.append(translator.filePath())
    i18n.install(qt_translate)
    return loaded


def install_language(folder: Path) -> Choice:
    """The language of this run (Settings' choice, else the system's), installed."""
    choice = resolve(read_language(folder))
    install_translations(choice)
    return choice
