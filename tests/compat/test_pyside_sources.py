"""PySide6's per-import source check keeps every file's lines in linecache; ours reads the
files without keeping them (altitude.compat.pyside_sources)."""

from __future__ import annotations

import importlib
import linecache
import sys
from pathlib import Path

import PySide6
import pytest

from altitude.compat.pyside_sources import read_sources_plainly, upstream_check


@pytest.fixture
def modules_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.syspath_prepend(str(tmp_path))
    return tmp_path


def test_imported_modules_leave_no_lines_behind_and_are_still_told_apart(
    modules_in: Path,
) -> None:
    assert read_sources_plainly() is True
    assert read_sources_plainly() is True  # twice is harmless
    plain = modules_in / "altitude_probe_plain.py"
    plain.write_text("import os\n\nVALUE = len(os.sep)\n")
    qt = modules_in / "altitude_probe_qt.py"
    qt.write_text("from PySide6 import QtCore  # uses PySide6\nVALUE = 2\n")
    try:
        assert importlib.import_module("altitude_probe_plain").VALUE == 1
        assert importlib.import_module("altitude_probe_qt").VALUE == 2
        assert str(plain) not in linecache.cache
        assert str(qt) not in linecache.cache
        check = sys.modules["shibokensupport.feature"]._mod_uses_pyside
        assert check(sys.modules["altitude_probe_qt"]) is True  # as upstream answers
        assert check(sys.modules["altitude_probe_plain"]) is False
        assert str(qt) not in linecache.cache  # and asking kept nothing either
        assert check(sys) is False  # a built-in module: upstream's own answer
    finally:
        for name in ("altitude_probe_plain", "altitude_probe_qt"):
            sys.modules.pop(name, None)


def test_upstream_check_still_keeps_the_lines_of_each_module_it_looks_at(
    modules_in: Path,
) -> None:
    """If this fails, PySide6 no longer caches sources: drop read_sources_plainly."""
    upstream = upstream_check()
    assert upstream is not None, f"PySide6 {PySide6.__version__} has no per-import check"
    probe = modules_in / "altitude_probe_upstream.py"
    probe.write_text("VALUE = 3\n")
    try:
        module = importlib.import_module("altitude_probe_upstream")
        linecache.clearcache()
        assert not upstream(module)
        assert str(probe) in linecache.cache, f"changed upstream in PySide6 {PySide6.__version__}"
    finally:
        sys.modules.pop("altitude_probe_upstream", None)
        linecache.clearcache()
