"""sqlite-utils, imported only when the store first writes or migrates, without numpy.

Importing sqlite-utils (with click, dateutil and pluggy behind it) is a third of what the
app imported before its window showed, yet opening an up-to-date file and reading the
plan need only ``sqlite3``. So the store holds a plain connection and wraps it in a
sqlite-utils ``Database`` the first time it writes (by then the window is on screen).

sqlite-utils also imports numpy and pandas, when installed, only to map their scalar types
to column types; the store never writes either, and numpy costs ~60 ms. They are hidden
for that one import and import normally afterwards (the charts load numpy later).
"""

from __future__ import annotations

import sqlite3
import sys
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


def load_sqlite_utils() -> ModuleType:
    if "sqlite_utils" in sys.modules:
        return sys.modules["sqlite_utils"]
    hidden = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # None reads as "not installed"
    try:
        import sqlite_utils
    finally:
        for name in hidden:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]
    return sqlite_utils


def database(conn: sqlite3.Connection) -> Database:
    """sqlite-utils over an open connection; execute_plugins=False: no third-party plugin
    runs inside the app."""
    return load_sqlite_utils().Database(conn, execute_plugins=False)  # type: ignore[no-any-return]
