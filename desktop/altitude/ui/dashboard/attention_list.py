"""The dashboard's "Needs attention" list, with the button that opens this week's check-in."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from altitude.ui.shared.fields import heading


class AttentionPanel(QFrame):
    checkin_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setAccessibleName(self.tr("Needs attention"))
        self.title = heading(self.tr("Needs attention"))
        self.empty = QLabel(self.tr("✓ Nothing needs your attention this week."))
        self.empty.setWordWrap(True)
        self.empty.setProperty("role", "caption")
        self.notes: list[QLabel] = []
        self._notes_box = QVBoxLayout()
        self._notes_box.setContentsMargins(0, 0, 0, 0)
        self._notes_box.setSpacing(8)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 4, 0)
        inner_layout.addWidget(self.empty)
        inner_layout.addLayout(self._notes_box)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.viewport().setAutoFillBackground(False)
        inner.setAutoFillBackground(False)

        self.checkin_button = QPushButton(self.tr("Log this week's check-in"))
        self.checkin_button.setProperty("role", "primary")
        self.checkin_button.setAccessibleName(self.tr("Log this week's check-in"))
        self.checkin_button.setToolTip(self.tr("Hours, delegations due and a reflection (Ctrl+K)"))
        self.checkin_button.clicked.connect(self.checkin_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.addWidget(self.title)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.checkin_button)

    def show_notes(self, notes: Sequence[str]) -> None:
        if [label.accessibleName() for label in self.notes] == list(notes):
            return
        for label in self.notes:
            self._notes_box.removeWidget(label)
            label.deleteLater()
        self.notes = []
        for note in notes:
            label = QLabel(f"•  {note}")
            label.setWordWrap(True)
            label.setAccessibleName(note)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._notes_box.addWidget(label)
            self.notes.append(label)
        self.empty.setVisible(not notes)

    def texts(self) -> list[str]:
        return [label.accessibleName() for label in self.notes]
