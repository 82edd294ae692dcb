"""No folder of the package holds more than 15 modules: past that, it wants subpackages."""

from __future__ import annotations

from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "desktop" / "altitude"
MAX_MODULES = 15


def modules_in(folder: Path) -> list[str]:
    """The folder's own modules, not counting ``__init__.py`` nor those of subpackages."""
    return sorted(p.name for p in folder.glob("*.py") if p.name != "__init__.py")


def package_folders() -> list[Path]:
    folders = [PACKAGE, *(p.parent for p in PACKAGE.rglob("__init__.py"))]
    return sorted({f for f in folders if "__pycache__" not in f.parts})


def _case(folder: Path) -> object:
    name = folder.relative_to(PACKAGE.parent).as_posix()
    return pytest.param(folder, id=name)


def test_the_count_sees_every_folder_of_the_package() -> None:
    names = {f.relative_to(PACKAGE).as_posix() for f in package_folders()}
    assert {".", "domain", "store", "services", "charts", "compat", "cli", "ui"} <= names
    assert {"ui/shared", "ui/plan", "ui/wizard"} <= names


@pytest.mark.parametrize("folder", [_case(f) for f in package_folders()])
def test_no_folder_holds_more_than_15_modules(folder: Path) -> None:
    modules = modules_in(folder)
    assert len(modules) <= MAX_MODULES, f"{len(modules)} modules: {', '.join(modules)}"
