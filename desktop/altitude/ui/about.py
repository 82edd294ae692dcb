"""Help → About Altitude: which version this is, its licence, and where the plan is kept."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from altitude import __version__
from altitude.ui.main_window import MainWindow

DISTRIBUTION = "altitude-planner"  # the name in pyproject.toml
LICENCE = "MIT"  # pyproject.toml's licence, for a copy without package metadata


def tr(text: str) -> str:
    return QCoreApplication.translate("About", text)


def installed_version() -> str:
    """The version the package metadata records (what pip installed); the package's own
    ``__version__`` where there is no metadata (the frozen app, a bare checkout)."""
    from importlib import metadata  # only when asked: not at start-up

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return __version__


def licence_name() -> str:
    from importlib import metadata

    try:
        meta = metadata.metadata(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return LICENCE
    for field in ("License-Expression", "License"):  # PEP 639's field, then the older one
        found: list[str] = meta.get_all(field) or []
        if found and found[0].strip():
            return str(found[0]).strip()
    return LICENCE


def about_text(version: str, folder: Path, licence: str = LICENCE) -> str:
    return tr(
        "Altitude {0}\n\n"
        "An offline transition planner for people stepping from individual contributor "
        "into management. Nothing leaves this computer.\n\n"
        "Licence: {2}. Free to use, copy, change and share, without warranty; the LICENSE "
        "file that comes with Altitude has the full text. Altitude runs on Qt for Python "
        "(PySide6), used under the LGPL-3.0.\n\n"
        "Your plan and its backups are kept in:\n{1}\n\n"
        "Help > Altitude guide (F1) explains every screen."
    ).format(version, folder, licence)


def install_about(window: MainWindow) -> QAction:
    """The Help menu's last item; the platform may move it (the macOS application menu)."""
    ctx = window.ctx
    action = QAction(tr("&About Altitude"), window)
    action.setMenuRole(QAction.MenuRole.AboutRole)
    action.setStatusTip(tr("The version, the licence and where your plan is kept"))
    action.triggered.connect(
        lambda: ctx.dialogs.info(
            tr("About Altitude"),
            about_text(installed_version(), ctx.service.data_folder(), licence_name()),
        )
    )
    window.help_menu.addAction(action)
    return action
