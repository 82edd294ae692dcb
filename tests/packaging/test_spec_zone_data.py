"""build.spec carries IANA zone data (the tzdata package) into the frozen app, and stops the
build with a clear message when zoneinfo cannot load a zone from it. The spec's check is
run here on its own (no PyInstaller build: that is test_frozen_app's, marked packaging)."""

from __future__ import annotations

import ast
import builtins
from pathlib import Path
from typing import Any

import pytest

SPEC = Path(__file__).resolve().parents[2] / "build.spec"


def _zone_data_function() -> Any:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    found = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "_zone_data")
    namespace: dict[str, Any] = {
        "collect_submodules": lambda name: [f"{name}.zoneinfo"],
        "collect_data_files": lambda name: [("src", f"{name}/zoneinfo")],
    }
    exec(compile(ast.Module([found], []), str(SPEC), "exec"), namespace)  # noqa: S102
    return namespace["_zone_data"]


def test_the_spec_bundles_tzdata_modules_and_files() -> None:
    text = SPEC.read_text(encoding="utf-8")
    assert "HIDDEN += ZONE_MODULES" in text and "*ZONE_DATA]" in text
    modules, data = _zone_data_function()()
    assert modules == ["tzdata.zoneinfo"] and data == [("src", "tzdata/zoneinfo")]


def test_the_spec_stops_the_build_when_zoneinfo_cannot_load_a_zone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real_import = builtins.__import__

    def no_tzdata(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "tzdata":
            raise ModuleNotFoundError("No module named 'tzdata'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_tzdata)
    with pytest.raises(SystemExit) as stopped:
        _zone_data_function()()
    message = str(stopped.value)
    assert "cannot load 'Europe/Berlin'" in message and "install tzdata" in message
