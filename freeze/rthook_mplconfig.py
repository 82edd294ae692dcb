"""PyInstaller runtime hook: a persistent matplotlib config/cache folder.

PyInstaller's own matplotlib hook (removed in build.spec) points MPLCONFIGDIR at a new
temporary folder on every launch, so matplotlib rebuilt its font cache (~0.5 s) each time.
Here it lives in the per-user cache folder instead, unless the user chose one.
"""

from __future__ import annotations

import os


def _persistent_mplconfig() -> None:
    if os.environ.get("MPLCONFIGDIR", "").strip():
        return
    from altitude.paths import cache_dir

    folder = cache_dir() / "matplotlib"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        return  # matplotlib falls back to a temporary folder of its own
    os.environ["MPLCONFIGDIR"] = str(folder)


_persistent_mplconfig()
