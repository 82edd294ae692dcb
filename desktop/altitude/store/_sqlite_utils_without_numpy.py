"""Import sqlite-utils without numpy and pandas.

sqlite-utils imports numpy and pandas, when installed, only to map their scalar types to
column types. The store never writes either, and importing numpy cost ~60 ms of every
start-up (the charts load it later, once the window is on screen). So sqlite-utils is
imported here, first, with the two hidden; they import normally afterwards.
"""

from __future__ import annotations

import sys

_HIDDEN = [name for name in ("numpy", "pandas") if name not in sys.modules]
for _name in _HIDDEN:
    sys.modules[_name] = None  # type: ignore[assignment]  # None reads as "not installed"
try:
    import sqlite_utils  # noqa: F401
finally:
    for _name in _HIDDEN:
        if _name in sys.modules and sys.modules[_name] is None:
            del sys.modules[_name]
