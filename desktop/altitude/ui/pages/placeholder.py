"""A page whose screen is still to come says plainly what it will hold."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from altitude.ui.context import AppContext
from altitude.ui.pages.base import Page


class PlaceholderPage(Page):
    def __init__(self, ctx: AppContext, title: str, promise: str) -> None:
        super().__init__(ctx)
        self.title = title
        label = QLabel(promise)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
