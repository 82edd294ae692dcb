"""Hatch build hook: compile the translations (``resources/i18n/*.ts`` -> ``*.qm``) into
the wheel, so the .qm files are built, never committed.

The .qm files are written beside their .ts in ``resources/i18n/`` (gitignored there), the
folder the wheel force-includes as ``altitude/resources/i18n``. Not for an editable
install: that reads the checkout's ``resources/``, where ``make`` (``make qm``, a step of
``make run`` and ``make test``) builds the same files whenever a .ts changes. Needs
``pyside6-lrelease``: PySide6-Essentials is in the build requirements (pyproject.toml,
``[build-system]``) for an isolated build (``python -m build``, ``pip wheel .``).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if version == "editable":
            return
        root = Path(self.root)
        out = root / "resources" / "i18n"
        subprocess.run(  # noqa: S603 - our own script with this Python
            [sys.executable, str(root / "freeze" / "translations.py"), "release", str(out)],
            check=True,
            cwd=root,
        )
        missing = [p.name for p in out.glob("*.ts") if not p.with_suffix(".qm").exists()]
        if missing:
            raise RuntimeError(f"freeze/hatch_qm.py: no .qm was built for {missing}")
