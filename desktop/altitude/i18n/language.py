"""Which language the app speaks: the user's choice in Settings, else the system's.

The system's language is read from the environment the way gettext reads it: LANGUAGE (a
colon-separated list of preferences; the first one we have wins), then the first of
LC_ALL, LC_MESSAGES, LANG that is set. ``C`` and ``POSIX`` mean English, and so does a
language we have no translation for. Qt-free: the GUI turns the answer into a QTranslator
and a QLocale (``altitude.ui.language``); the CLI never asks (it stays English).
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from typing import NamedTuple

ENGLISH = "en"
# The languages a user can choose, in their own words (not translated: a user who cannot
# read the current language must still find theirs). Add a language here and to
# LANGUAGES in freeze/translations.py (docs/CONTRIBUTING.md, "Translations").
LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch", "fr": "Français"}
SYSTEM = "system"  # the Settings choice "follow the system"
ENV_ORDER = ("LC_ALL", "LC_MESSAGES", "LANG")

# de, de_AT, de_AT.UTF-8, de_AT@euro, de-AT: the language, then the territory
_LOCALE = re.compile(r"^([A-Za-z]{2,3})(?:[_-]([A-Za-z]{2}|\d{3}))?(?:\.[^@]*)?(?:@.*)?$")


class Choice(NamedTuple):
    """The language to speak and the locale whose formats (dates, numbers) go with it.
    (A NamedTuple, not a dataclass: read before the first paint, where ``dataclasses`` and
    what it imports cost ~3 ms, benchmarks/RESULTS.md.)"""

    language: str  # a key of LANGUAGES
    locale: str  # e.g. "de_AT" (the system's, when it speaks this language) or "de"


def parse_locale(value: str) -> tuple[str, str | None] | None:
    """``de_AT.UTF-8`` -> ("de", "AT"); ``C``, ``POSIX`` and nonsense -> None."""
    value = value.strip()
    if not value or value in ("C", "POSIX") or value.startswith(("C.", "POSIX.")):
        return None
    match = _LOCALE.match(value)
    if match is None:
        return None
    territory = match.group(2)
    return match.group(1).lower(), territory.upper() if territory else None


def system_locale(env: Mapping[str, str] | None = None) -> tuple[str, str | None] | None:
    """The system's locale as gettext takes it: LANGUAGE's first supported entry, else
    the first set of LC_ALL, LC_MESSAGES, LANG. None: the C locale or nothing set."""
    env = os.environ if env is None else env
    chosen = next((env[name] for name in ENV_ORDER if env.get(name, "").strip()), "")
    base = parse_locale(chosen)
    # An explicit C locale means "untranslated", and gettext then ignores LANGUAGE too;
    # with no locale set at all, LANGUAGE still counts (a bare desktop session).
    if base is None and chosen.strip():
        return None
    for entry in env.get("LANGUAGE", "").split(":"):
        parsed = parse_locale(entry)
        if parsed is not None and parsed[0] in LANGUAGES:
            return parsed
    return base


def resolve(preference: str | None, env: Mapping[str, str] | None = None) -> Choice:
    """The language for this run: ``preference`` (a LANGUAGES key, or SYSTEM/None to
    follow the system), and the locale for formats: the system's territory when the
    system speaks the same language (de_AT stays de_AT), else the language's default."""
    system = system_locale(env)
    system_language = system[0] if system and system[0] in LANGUAGES else ENGLISH
    language = preference if preference in LANGUAGES else system_language
    if system is not None and system[0] == language:
        territory = system[1]
        return Choice(language, f"{language}_{territory}" if territory else language)
    return Choice(language, language)
