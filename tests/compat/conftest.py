"""Fixtures for the tests of the upstream workarounds (altitude.compat).

The legend tests draw the app's charts from the chart tests' states, so ``tests/charts``
goes on ``sys.path`` (pytest's importlib mode does not put it there).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "charts"))

from altitude.compat.pyside_none_refcount import keep_none_alive

keep_none_alive()  # as tests/ui does: these tests call Qt's models too
