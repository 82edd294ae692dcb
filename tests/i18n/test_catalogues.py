"""The .ts files are up to date with the sources and every translation is finished and
well-formed (placeholders, plural forms, keyboard mnemonics) — what `make lint` checks
with ``freeze/translations.py check``, and ``validate`` on top.

Needs pyside6-lupdate (PySide6). Fails on a branch that adds or changes a message until
``make translations`` has been run and the new messages translated."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "freeze" / "translations.py"


@pytest.fixture(scope="module")
def translations() -> ModuleType:
    spec = importlib.util.spec_from_file_location("altitude_translations", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_the_ts_files_are_up_to_date_with_the_sources(translations: ModuleType) -> None:
    assert translations.out_of_date() == [], "run `make translations`"


@pytest.mark.parametrize("language", ["de", "fr", "en"])
def test_every_message_is_translated_and_well_formed(
    translations: ModuleType, language: str
) -> None:
    problems = translations.validate(language)
    assert problems == [], f"{len(problems)} problems, first: {problems[:5]}"
