"""Where Altitude keeps its data and finds its bundled resources.

One module so that the GUI, the CLI and the frozen app agree. Qt-free on purpose: the
headless commands use it too.

Data folder, in order of precedence: an explicit ``--data-dir``, the ``ALTITUDE_DATA_DIR``
environment variable, the platform's per-user data folder.

Resources (prompts, sample plan, schema, icons, stylesheets) are looked up in the
PyInstaller bundle, inside the installed package (the wheel force-includes ``resources/``
as ``altitude/resources``) and in the source checkout, in that order.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path
from typing import Any

APP_NAME = "Altitude"
DATA_DIR_ENV = "ALTITUDE_DATA_DIR"
DATABASE_NAME = "altitude.db"
BACKUPS_NAME = "backups"

_PACKAGE_DIR = Path(__file__).resolve().parent
# desktop/altitude/paths.py -> the repository root of a source checkout
_CHECKOUT_ROOT = _PACKAGE_DIR.parent.parent


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The folder that holds the database and its backups (not created here)."""
    if explicit is not None and str(explicit).strip():
        chosen = Path(explicit)
    elif os.environ.get(DATA_DIR_ENV, "").strip():
        chosen = Path(os.environ[DATA_DIR_ENV].strip())
    else:
        import platformdirs  # only here: an explicit folder starts without it

        chosen = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return chosen.expanduser().absolute()


def cache_dir() -> Path:
    """A per-user cache folder (e.g. for matplotlib's font cache in the frozen app)."""
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)).absolute()


def ensure_private_dir(path: str | os.PathLike[str]) -> Path:
    """Create ``path`` readable by the user alone (0700) and return it.

    An existing folder that belongs to us is tightened to 0700 as well; one owned by
    someone else is left as it is (we could not change it anyway).
    """
    folder = Path(path).expanduser().absolute()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if not folder.is_dir():
        raise NotADirectoryError(f"{folder} exists but is not a folder")
    info = folder.stat()
    owned_by_us = not hasattr(os, "getuid") or info.st_uid == os.getuid()
    if owned_by_us and stat.S_IMODE(info.st_mode) & 0o077:
        folder.chmod(0o700)
    return folder


def database_path(folder: str | os.PathLike[str]) -> Path:
    return Path(folder) / DATABASE_NAME


def backups_dir(folder: str | os.PathLike[str]) -> Path:
    return Path(folder) / BACKUPS_NAME


def is_frozen() -> bool:
    """True inside a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def resource_roots() -> list[Path]:
    """The folders searched for resources, most specific first."""
    roots: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        roots.append(Path(bundle) / "altitude" / "resources")
    roots.append(_PACKAGE_DIR / "resources")
    roots.append(_CHECKOUT_ROOT / "resources")
    return roots


def resource(*parts: str) -> Path:
    """The path of a bundled resource, e.g. ``resource("styles", "dark.qss")``.

    Raises FileNotFoundError naming every place that was searched.
    """
    if not parts:
        raise ValueError("name a resource, e.g. resource('prompts.json')")
    relative = Path(*parts)
    if relative.is_absolute() or ".." in relative.parts:
        raise ValueError(f"resource names are relative and stay inside resources/: {relative}")
    roots = resource_roots()
    for root in roots:
        candidate = root / relative
        if candidate.exists():
            return candidate
    searched = ", ".join(str(root) for root in roots)
    raise FileNotFoundError(
        f"resource '{relative.as_posix()}' is missing; looked in: {searched}. "
        "The installation may be incomplete: reinstall Altitude."
    )


def load_json_resource(*parts: str) -> Any:
    """Parse a bundled JSON resource (our own files, so plain ``json`` is enough)."""
    import json  # not at every start: the window's first paint needs none (~5 ms)

    with resource(*parts).open(encoding="utf-8") as handle:
        return json.load(handle)
