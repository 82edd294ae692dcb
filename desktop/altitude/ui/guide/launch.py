"""Open the guide at a page: one guide window per owner, made on first use.

The owner is the main window, or a dialog when F1 is pressed in one: a guide owned by a
modal dialog is not blocked by it (Qt lets a modal window's own children take input).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QWidget

from altitude.ui.guide.shortcuts import menu_shortcuts
from altitude.ui.guide.topics import topic_of
from altitude.ui.guide.window import OBJECT_NAME, GuideWindow


def guide_of(owner: QWidget) -> GuideWindow | None:
    return owner.findChild(GuideWindow, OBJECT_NAME, Qt.FindChildOption.FindDirectChildrenOnly)


def open_guide(owner: QWidget, topic: str, menus: QMainWindow | None = None) -> GuideWindow:
    """Show the guide at ``topic``; ``menus`` is the window whose shortcuts it lists."""
    guide = guide_of(owner)
    if guide is None:
        source = menus or (owner if isinstance(owner, QMainWindow) else None)
        fillers = {"menu-shortcuts": lambda: menu_shortcuts(source)} if source else {}
        guide = GuideWindow(owner, fillers)
    if not guide.show_page(topic):
        guide.show_page("index")
    guide.show()
    if QGuiApplication.platformName() != "offscreen":  # no stacking there, only a warning
        guide.raise_()
    guide.activateWindow()
    return guide


def open_guide_for(widget: QWidget, menus: QMainWindow | None = None) -> GuideWindow:
    """F1 on a screen or in a dialog: the guide at its part."""
    return open_guide(widget.window(), topic_of(widget), menus)
