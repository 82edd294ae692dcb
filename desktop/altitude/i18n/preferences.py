"""The user's app preferences that must be known before the plan opens: the language.

They live in a small file beside the database, ``preferences.json`` in the data folder,
not in the plan: the recovery and lock dialogs are shown before (or without) an open
store, and a restored backup or an imported plan must not change the language. Written
0600 with the one atomic writer; a damaged file is ignored (the system's language is
used) and logged without its content.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from altitude.atomic_files import write_bytes_atomic
from altitude.i18n.language import LANGUAGES, SYSTEM

PREFERENCES_NAME = "preferences.json"
LANGUAGE_KEY = "language"

log = logging.getLogger(__name__)


def preferences_path(folder: Path) -> Path:
    return Path(folder) / PREFERENCES_NAME


def read_preferences(folder: Path) -> dict[str, Any]:
    """What the file holds; {} when it is missing or damaged (never raises)."""
    path = preferences_path(folder)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("preferences file ignored: %s", type(exc).__name__)
        return {}
    import json  # read before the window's first paint: only when there is a file (~5 ms)

    try:
        raw = json.loads(text)
    except ValueError as exc:
        log.warning("preferences file ignored: %s", type(exc).__name__)
        return {}
    if not isinstance(raw, dict):
        log.warning("preferences file ignored: not a JSON object")
        return {}
    return raw


def read_language(folder: Path) -> str:
    """The language chosen in Settings (a LANGUAGES key), or SYSTEM."""
    chosen = read_preferences(folder).get(LANGUAGE_KEY, SYSTEM)
    if chosen != SYSTEM and chosen not in LANGUAGES:
        log.warning("preferences file: unknown language ignored")
        return SYSTEM
    return str(chosen)


def write_language(folder: Path, language: str) -> Path:
    """Keep ``language`` (a LANGUAGES key or SYSTEM) for the next start; other keys stay."""
    if language != SYSTEM and language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; choose one of {sorted(LANGUAGES)}")
    prefs = read_preferences(folder)
    prefs[LANGUAGE_KEY] = language
    import json

    data = json.dumps(prefs, indent=2, sort_keys=True) + "\n"
    return write_bytes_atomic(preferences_path(folder), data.encode("utf-8"))
