"""The dashboard's headline cards (``QFrame#card`` in the stylesheets), in a reflowing grid."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from altitude.ui.dashboard.texts import GOOD, WARN, CardText

TONES = {  # text colours with at least 4.5:1 contrast on the card, light and dark
    (GOOD, False): "#00775a",
    (WARN, False): "#a84300",
    (GOOD, True): "#3fcf9f",
    (WARN, True): "#ff9e66",
}
MIN_CARD_WIDTH = 175  # pixels; narrower and the values wrap
VALUE_PT = 20.0  # a card's value, as the stylesheets set it
MIN_VALUE_PT = 12.0  # a long value in a narrow card shrinks to this, never below
MARGINS = (14, 10, 14, 12)


class HeadlineCard(QFrame):
    """One card (``QFrame#card`` in the stylesheets): title, value, detail."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        # Cards of a row share its height; the grid itself stays at its preferred height.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.title = QLabel()
        self.title.setProperty("role", "caption")
        self.title.setWordWrap(True)
        self.value = QLabel()
        self.value.setProperty("role", "value")
        # One line, shrunk to fit (see _fit_value): a wrapped value was cut off in a narrow
        # window, because the grid does not give a card the height a wrapped label needs.
        self.value.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.value_pt = VALUE_PT
        self.detail = QLabel()
        self.detail.setProperty("role", "caption")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*MARGINS)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        self.text = CardText("", "", "")
        self._dark: bool | None = None

    def show_text(self, text: CardText, dark: bool) -> None:
        if (text, dark) == (self.text, self._dark):
            return  # most saves change no card: don't restyle them
        self.text, self._dark = text, dark
        self.title.setText(text.title)
        self.value.setText(text.value)
        self.detail.setText(text.detail)
        self._style_value(self.value_pt)
        self._fit_value()
        self.setToolTip(text.tooltip)
        self.setAccessibleName(f"{text.title}: {text.value}")
        self.setAccessibleDescription(text.detail)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_value()

    def _fit_value(self) -> None:
        """The value at the stylesheets' size if it fits on one line, else smaller."""
        room = self.width() - MARGINS[0] - MARGINS[2] - 2 * self.frameWidth()
        font = QFont(self.value.font())
        font.setPointSizeF(VALUE_PT)
        need = QFontMetricsF(font).horizontalAdvance(self.value.text())
        size = VALUE_PT if need <= room else max(MIN_VALUE_PT, VALUE_PT * room / need)
        size = float(int(size * 2) / 2)  # half points: fewer restyles while dragging
        if size != self.value_pt:
            self._style_value(size)

    def _style_value(self, size: float) -> None:
        self.value_pt = size
        colour = TONES.get((self.text.tone, self._dark or False))
        parts = [f"color: {colour};" if colour else "", f"font-size: {size:g}pt;"]
        self.value.setStyleSheet(" ".join(p for p in parts if p))


class CardGrid(QWidget):
    """The cards in one row when there is room, else in rows of three (or two)."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards = [HeadlineCard(self) for _ in range(count)]
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(10)
        self.columns = 0
        self._reflow(count)

    def show_texts(self, texts: list[CardText], dark: bool) -> None:
        for card, text in zip(self.cards, texts, strict=True):
            card.show_text(text, dark)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        width, count = event.size().width(), len(self.cards)
        fits = max(1, (width + self.grid.spacing()) // (MIN_CARD_WIDTH + self.grid.spacing()))
        columns = count if fits >= count else 3 if fits >= 3 else 2
        if columns != self.columns:
            self._reflow(columns)

    def _reflow(self, columns: int) -> None:
        for card in self.cards:
            self.grid.removeWidget(card)
        for index, card in enumerate(self.cards):
            self.grid.addWidget(card, index // columns, index % columns)
        for column in range(len(self.cards)):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        self.columns = columns
