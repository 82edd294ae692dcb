"""The reminder's desktop notification in the user's language.

``altitude remind`` is a CLI command, but its notification is read as the app is: in the
language the GUI would use (the Settings choice, else the system's), with the dashboard's
words for what needs attention. The entry point hands ``in_app_language`` to the CLI
(which may not import the GUI); the lines the CLI prints stay English.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from altitude.services.reminders import Nudge
from altitude.ui.dashboard.attention_texts import attention_text
from altitude.ui.language import install_language
from altitude.ui.locale_formats import install_qt_formats


def tr(text: str) -> str:
    return QCoreApplication.translate("Reminders", text)


def in_app_language(nudge: Nudge, data_dir: Path) -> tuple[str, str, str]:
    """(title, body, action label) in the app's language; English without a Qt app,
    whose translators could not be installed."""
    if QCoreApplication.instance() is None:
        return nudge.summary, nudge.body, "Open check-in"
    install_language(data_dir)
    install_qt_formats()  # "23. Nov.", as the GUI writes a day
    title = nudge.title_words.translated() if nudge.title_words is not None else nudge.summary
    if nudge.body_words is not None:
        body = nudge.body_words.translated()
    elif nudge.first is not None and nudge.today is not None:
        body = attention_text(nudge.first, nudge.today)
    else:
        body = nudge.body
    return title, body, tr("Open check-in")
