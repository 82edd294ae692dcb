"""The packaging tests share ``pkg_helpers`` (beside this file); pytest's importlib mode
does not put this folder on ``sys.path``, so it goes there here."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
