"""Keep Python's ``None`` alive under PySide6 6.12 on Python 3.11.

Upstream: PySide6 6.12.0 drops one reference to ``None`` too many each time Qt calls a
Python override that returns ``None`` (``data()`` for a role a model leaves to the view,
``headerData()``, ...): measured, exactly -1 per call; 6.11.3 does not. On Python 3.11
``None`` is an ordinary counted object, so once the count reaches zero the interpreter
aborts ("Fatal Python error: none_dealloc"). A 1,000-row table got there while the window
was being built; the 12-week sample plan after ~100 rounds of repainting every page.
From Python 3.12 on, ``None`` is immortal and nothing here is needed.

Applies to: PySide6 6.12.0 and later (no later release exists yet to say otherwise;
tests/compat fails once the installed one stops dropping references) on Python 3.11,
release builds. Elsewhere ``keep_none_alive`` does nothing.

The remedy is one generous top-up of the count at start-up: 2**40 references, more than
any session can drop. An extra reference to ``None`` keeps nothing else alive.
"""

from __future__ import annotations

import ctypes
import sys

TOP_UP = 1 << 40
FIRST_AFFECTED = (6, 12)  # PySide6 6.11.3 counts None right


def pyside_version() -> tuple[int, ...]:
    import PySide6

    return tuple(int(part) for part in PySide6.__version_info__[:3])


def needs_top_up(pyside: tuple[int, ...], python: tuple[int, ...]) -> bool:
    """Whether this PySide6 on this Python under-counts a mortal ``None``."""
    return python < (3, 12) and pyside >= FIRST_AFFECTED


def keep_none_alive() -> bool:
    """Top up None's reference count once; True when it was needed and done."""
    if hasattr(sys, "gettotalrefcount"):
        return False  # a debug build lays out objects differently
    if not needs_top_up(pyside_version(), sys.version_info[:2]):
        return False
    # In a release build the reference count is a Py_ssize_t at the start of every object.
    # ``True`` and ``False`` are under-counted the same way (measured: -1 for every change
    # of a check-in's hours or of a combo box's choice, in 6.12.0): topped up alike, so a
    # long session (or a long test run) never deallocates a boolean.
    for flag in (True, False):
        flag_count = ctypes.c_ssize_t.from_address(id(flag))
        if flag_count.value < TOP_UP:
            flag_count.value += TOP_UP
    count = ctypes.c_ssize_t.from_address(id(None))
    if count.value >= TOP_UP:
        return False
    count.value += TOP_UP
    return True
