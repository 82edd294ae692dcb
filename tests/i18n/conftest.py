"""The i18n tests' helpers (raw_strings, pseudo_translation, layout_checks) are plain
modules in this folder: tests import them by name, so this folder goes on ``sys.path``
(pytest's importlib mode does not put it there)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
