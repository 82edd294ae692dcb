"""Which language the app speaks: the environment read as gettext reads it, overridden by
the Settings choice, kept in a private preferences file that a damage cannot break."""

from __future__ import annotations

import logging
import stat
from pathlib import Path

import pytest

from altitude.errors import FileWriteError
from altitude.i18n.language import SYSTEM, Choice, parse_locale, resolve, system_locale
from altitude.i18n.preferences import (
    preferences_path,
    read_language,
    read_preferences,
    write_language,
)


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, Choice("en", "en")),
        ({"LANG": "de_DE.UTF-8"}, Choice("de", "de_DE")),
        ({"LANG": "de_AT.UTF-8"}, Choice("de", "de_AT")),  # Austrian formats stay
        ({"LANG": "fr_CH"}, Choice("fr", "fr_CH")),
        ({"LANG": "fr_FR.UTF-8@euro"}, Choice("fr", "fr_FR")),
        ({"LANG": "fr"}, Choice("fr", "fr")),
        ({"LANG": "C"}, Choice("en", "en")),
        ({"LANG": "POSIX"}, Choice("en", "en")),
        ({"LANG": "C.UTF-8"}, Choice("en", "en")),
        ({"LANG": "es_ES.UTF-8"}, Choice("en", "en")),  # not translated: English
        ({"LANG": "en_GB.UTF-8"}, Choice("en", "en_GB")),
        ({"LANG": "garbage!"}, Choice("en", "en")),
        # LC_ALL before LC_MESSAGES before LANG
        ({"LC_ALL": "fr_BE.UTF-8", "LC_MESSAGES": "de_DE", "LANG": "en_US"}, Choice("fr", "fr_BE")),
        ({"LC_MESSAGES": "de_CH.UTF-8", "LANG": "fr_FR.UTF-8"}, Choice("de", "de_CH")),
        ({"LC_ALL": "", "LANG": "de_DE.UTF-8"}, Choice("de", "de_DE")),  # empty is unset
        # LANGUAGE: the first entry we have wins, over the locale's language
        ({"LANGUAGE": "fr:de", "LANG": "de_DE.UTF-8"}, Choice("fr", "fr")),
        ({"LANGUAGE": "es:pt:de_AT", "LANG": "en_US.UTF-8"}, Choice("de", "de_AT")),
        ({"LANGUAGE": "es:pt", "LANG": "fr_FR.UTF-8"}, Choice("fr", "fr_FR")),
        ({"LANGUAGE": "de"}, Choice("de", "de")),  # no locale set at all
        ({"LANGUAGE": "de", "LC_ALL": "C"}, Choice("en", "en")),  # C: untranslated, as gettext
    ],
)
def test_the_system_language_is_read_as_gettext_reads_it(
    env: dict[str, str], expected: Choice
) -> None:
    assert resolve(SYSTEM, env) == expected
    assert resolve(None, env) == expected


@pytest.mark.parametrize(
    ("preference", "env", "expected"),
    [
        ("de", {"LANG": "en_US.UTF-8"}, Choice("de", "de")),  # the language's own formats
        ("de", {"LANG": "de_AT.UTF-8"}, Choice("de", "de_AT")),  # the system's territory
        ("fr", {"LANG": "de_DE.UTF-8"}, Choice("fr", "fr")),
        ("en", {"LANG": "de_DE.UTF-8"}, Choice("en", "en")),
        ("en", {"LANG": "en_AU.UTF-8"}, Choice("en", "en_AU")),
        ("klingon", {"LANG": "fr_FR.UTF-8"}, Choice("fr", "fr_FR")),  # unknown: the system's
    ],
)
def test_the_settings_choice_overrides_the_system(
    preference: str, env: dict[str, str], expected: Choice
) -> None:
    assert resolve(preference, env) == expected


def test_locale_names_are_parsed_into_language_and_territory() -> None:
    assert parse_locale("de_DE.UTF-8") == ("de", "DE")
    assert parse_locale("pt-br") == ("pt", "BR")
    assert parse_locale("es_419") == ("es", "419")
    assert parse_locale("C") is None and parse_locale("") is None
    assert system_locale({"LANG": "C"}) is None


def test_the_choice_is_kept_in_a_private_file_for_the_next_start(tmp_path: Path) -> None:
    assert read_language(tmp_path) == SYSTEM  # nothing chosen yet
    path = write_language(tmp_path, "fr")
    assert path == preferences_path(tmp_path) == tmp_path / "preferences.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert read_language(tmp_path) == "fr"
    write_language(tmp_path, SYSTEM)
    assert read_language(tmp_path) == SYSTEM
    assert list(tmp_path.iterdir()) == [path]  # no temp file left behind


def test_other_preferences_in_the_file_are_kept(tmp_path: Path) -> None:
    preferences_path(tmp_path).write_text('{"later": 1}', encoding="utf-8")
    write_language(tmp_path, "de")
    assert read_preferences(tmp_path) == {"later": 1, "language": "de"}


def test_an_unknown_language_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown language"):
        write_language(tmp_path, "xx")
    assert not preferences_path(tmp_path).exists()


@pytest.mark.parametrize(
    "content",
    [b'{"language": ', b"\xff\xfe not text", b"[1, 2]", b'{"language": "xx"}', b'"de"'],
)
def test_a_damaged_file_is_ignored_and_logged_without_its_content(
    tmp_path: Path, content: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    preferences_path(tmp_path).write_bytes(content)
    with caplog.at_level(logging.WARNING, logger="altitude.i18n.preferences"):
        assert read_language(tmp_path) == SYSTEM
    assert "preferences file" in caplog.text
    assert "xx" not in caplog.text and 'language": ' not in caplog.text
    write_language(tmp_path, "de")  # and a new choice replaces it
    assert read_language(tmp_path) == "de"


def test_a_folder_that_cannot_be_written_raises_a_clear_error(tmp_path: Path) -> None:
    missing = tmp_path / "gone"
    with pytest.raises(FileWriteError, match="does not exist"):
        write_language(missing, "de")
