"""Help → About Altitude: which version this is, and where the plan is kept."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from altitude import __version__
from altitude.ui.main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("About", text)


def about_text(version: str, folder: Path) -> str:
    return tr(
        "Altitude {0}\n\n"
        "An offline transition planner for people stepping from individual contributor "
        "into management. Nothing leaves this computer.\n\n"
        "Your plan and its backups are kept in:\n{1}"
    ).format(version, folder)


def install_about(window: MainWindow) -> QAction:
    """The Help menu's one item; the platform may move it (the macOS application menu)."""
    ctx = window.ctx
    action = QAction(tr("&About Altitude"), window)
    action.setMenuRole(QAction.MenuRole.AboutRole)
    action.triggered.connect(
        lambda: ctx.dialogs.info(
            tr("About Altitude"), about_text(__version__, ctx.service.data_folder())
        )
    )
    window.help_menu.addAction(action)
    return action
