"""Light and dark: Fusion with an explicit palette, so dark works everywhere.

(Qt's own ``QStyleHints.setColorScheme(Dark)`` has no effect offscreen or under Xvfb; an
explicit dark ``QPalette`` on the Fusion style does, and the charts take their colours
from the same palette.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from altitude.paths import resource

if TYPE_CHECKING:  # the window's shell takes its theme before the plan (and the domain) loads
    from altitude.domain.entities import Theme

EXECUTION = "#E69F00"  # Okabe-Ito orange: the same in every chart and label
STRATEGY = "#0072B2"  # Okabe-Ito blue


def system_is_dark() -> bool:
    from PySide6.QtCore import Qt  # here: the Qt namespace's enums cost ~30 ms to create

    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def resolve_dark(theme: Theme) -> bool:
    from altitude.domain import entities

    if theme is entities.Theme.SYSTEM:
        return system_is_dark()
    return theme is entities.Theme.DARK


def _dark_palette() -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#1f2227",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#16181c",
        QPalette.ColorRole.AlternateBase: "#23262c",
        QPalette.ColorRole.ToolTipBase: "#2b2f36",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#2a2d33",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Highlight: "#3d7fc4",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#6cb4ee",
        QPalette.ColorRole.PlaceholderText: "#8a8f98",
        QPalette.ColorRole.Mid: "#3a3e45",
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):  # fmt: skip
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6b7078"))
    return p


def _light_palette() -> QPalette:
    p = QApplication.style().standardPalette()
    p.setColor(QPalette.ColorRole.Window, QColor("#f5f6f8"))
    p.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#f0f2f5"))
    p.setColor(QPalette.ColorRole.Highlight, QColor("#1f6fb2"))
    return p


def apply_theme(app: QApplication, dark: bool) -> None:
    # Setting Fusion again once a stylesheet is applied crashes Qt 6.12 while a QWizard exists.
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    app.setPalette(_dark_palette() if dark else _light_palette())
    sheet = resource("styles", "dark.qss" if dark else "light.qss")
    app.setStyleSheet(sheet.read_text(encoding="utf-8") if sheet.exists() else "")


# What changed between two texts (the narrative's diff): Okabe-Ito bluish green and
# vermillion, darkened on white and lightened on the dark palette so both keep a readable
# contrast. Never colour alone: added text is also underlined, removed struck through.
DIFF_COLOURS = {False: ("#00795a", "#b84a00"), True: ("#4fd1a5", "#ff9a5c")}


def diff_colours(dark: bool) -> tuple[str, str]:
    """(added, removed) text colours for the light or the dark palette."""
    return DIFF_COLOURS[dark]
