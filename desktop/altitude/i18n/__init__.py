"""Translation for code that knows no Qt: domain, services, charts and the resources.

The GUI installs Qt's translator here at start-up (``install``), so the PDF report, the
guidance texts and the role families come out in the app's language; the CLI installs
nothing and stays English, a contract for scripts. Messages are found by
``freeze/translations.py`` (``make translations``), which reads every ``translate(...)``,
``QT_TRANSLATE_NOOP(...)`` and ui ``tr()``/``trn()`` call and writes the ``.ts`` files with
Qt's ``pyside6-lupdate``. Context and source text must be string literals there.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# (context, source text, disambiguation, n) -> translated text, as QCoreApplication.translate.
Translator = Callable[[str, str, str | None, int], str]

_PLURAL_S = re.compile(r"\((s|es)\)")


def english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Without a translator: the source text, with ``%n`` filled and ``(s)`` resolved so
    an English count reads right ("1 week", "3 weeks") as Qt's English plural forms do."""
    del context, disambiguation
    if n < 0:
        return text
    text = text.replace("%n", str(n))
    return _PLURAL_S.sub("" if n == 1 else r"\1", text)


_translator: Translator = english


def install(translator: Translator | None) -> None:
    """Route every ``translate`` call through ``translator`` (None: back to English)."""
    global _translator
    _translator = translator or english


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the app's language; ``n`` >= 0 picks the plural form and fills ``%n``."""
    return settled(text, n, _translator(context, text, disambiguation, n))


def settled(text: str, n: int, result: str) -> str:
    """A count's ``result`` as the translator gave it, unless it left the source as written
    (no ``.qm`` loaded, as in tests, or none for this message): then the English forms from
    "(s)", so no screen ever shows "2 delegation(s)"."""
    if n >= 0 and result == text.replace("%n", str(n)):
        return english("", text, None, n)
    return result


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark ``text`` for translation where it is defined; translate it where it is shown
    with ``translate(context, text)``."""
    del context
    return text


def translate_marked(context: str, text: str) -> str:
    """``text`` in the app's language, where ``text`` was marked where it is defined with
    ``QT_TRANSLATE_NOOP(context, ...)`` (a level's name, a situation, a column title):
    lupdate found it there, so this call, whose text is a variable, needs no literal."""
    return translate(context, text)


def QT_TRANSLATE_N_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's name
    """As ``QT_TRANSLATE_NOOP``, for a text with ``%n``: a count picks its plural form
    where it is translated (``translate(context, text, None, n)``)."""
    del context
    return text
