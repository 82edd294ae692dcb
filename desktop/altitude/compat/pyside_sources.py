"""Keep PySide6 from holding the source of every module the app imports.

Upstream (PySide6 6.5 to 6.12.0, the newest release): PySide6 asks of each module
imported after it whether its source mentions "PySide6" (to switch on its optional
``__feature__`` syntax) with ``inspect.getsource``, which leaves every file's lines in
``linecache`` for the life of the process: numpy's and matplotlib's sources came to
~22 MiB of the app's peak memory (measured; see benchmarks/RESULTS.md).

``read_sources_plainly`` asks the same question by reading the file's bytes, which keeps
nothing. It looks for the check itself rather than at a version number: where this
PySide6 has no such check (before 6.5, a release that drops it, the frozen app without
sources), it changes nothing.
"""

from __future__ import annotations

import linecache
import sys
from collections.abc import Callable
from types import ModuleType

import PySide6.QtCore  # noqa: F401 - loads shibokensupport, whose check is replaced

_FEATURE = "shibokensupport.feature"
_CHECK = "_mod_uses_pyside"

Check = Callable[[ModuleType], object]


class PlainCheck:
    """PySide6's check, answered from the file's bytes; ``upstream`` is PySide6's own."""

    def __init__(self, upstream: Check) -> None:
        self.upstream = upstream

    def __call__(self, module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(self.upstream(module))  # an extension or a bytecode-only module
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return bool(self.upstream(module))


def upstream_check() -> Check | None:
    """PySide6's own check, replaced or not; None where this PySide6 has none."""
    check: Check | None = getattr(sys.modules.get(_FEATURE), _CHECK, None)
    return check.upstream if isinstance(check, PlainCheck) else check


def read_sources_plainly() -> bool:
    """Replace PySide6's check and drop the lines cached so far; False if there is none."""
    feature = sys.modules.get(_FEATURE)
    upstream = upstream_check()
    if feature is None or upstream is None:
        return False
    if not isinstance(getattr(feature, _CHECK), PlainCheck):
        setattr(feature, _CHECK, PlainCheck(upstream))
        linecache.clearcache()
    return True
