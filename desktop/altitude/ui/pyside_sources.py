"""Keep PySide6 from holding the source of every module the app imports.

PySide6 (6.5 on) asks of each module imported after it whether its source mentions
"PySide6" (to switch on its optional ``__feature__`` syntax) with ``inspect.getsource``,
which leaves every file's lines in ``linecache`` for the life of the process: numpy's and
matplotlib's sources came to ~22 MiB of the app's peak memory (measured; see
benchmarks/RESULTS.md). ``read_sources_plainly`` asks the same question by reading the
file's bytes, which keeps nothing. Where this PySide6 has no such check (a newer release,
the frozen app without sources), it changes nothing.
"""

from __future__ import annotations

import linecache
import sys
from collections.abc import Callable
from types import ModuleType

import PySide6.QtCore  # noqa: F401 - loads shibokensupport, whose check is replaced

_FEATURE = "shibokensupport.feature"
_CHECK = "_mod_uses_pyside"


def read_sources_plainly() -> bool:
    """Replace PySide6's check and drop the lines cached so far; False if there is none."""
    feature = sys.modules.get(_FEATURE)
    upstream: Callable[[ModuleType], bool] | None = getattr(feature, _CHECK, None)
    if feature is None or upstream is None:
        return False
    if getattr(upstream, "reads_plainly", False):
        return True

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(upstream(module))  # an extension or a bytecode-only module
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return bool(upstream(module))

    uses_pyside.reads_plainly = True  # type: ignore[attr-defined]
    setattr(feature, _CHECK, uses_pyside)
    linecache.clearcache()
    return True
