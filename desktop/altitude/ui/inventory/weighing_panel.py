"""Weigh one inventory item: five sliders, the app's suggestion and why, and your decision.

The panel shows and emits intent; it saves nothing. ``factors_changed(item_id, Factors)``
comes once a slider settles (on release, or shortly after keyboard or wheel changes), so
one drag is one undoable edit. ``decision_chosen(item_id, Decision)`` comes on a click.
The suggestion updates live from ``altitude.domain.weighing.recommend``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from altitude.domain.entities import FACTOR_NAMES, Decision, Factors, InventoryItem
from altitude.domain.metrics import format_hours
from altitude.domain.weighing import recommend
from altitude.i18n import translate_marked
from altitude.ui.inventory.model import decision_label, mode_label

SETTLE_MS = 500  # keyboard and wheel changes are saved once they pause this long
CHOICES = (Decision.KEEP, Decision.DELEGATE, Decision.COACH, Decision.STOP)


def tr(text: str) -> str:
    return QCoreApplication.translate("WeighingPanel", text)


def factor_texts() -> dict[str, tuple[str, str]]:
    """Each factor's name and what a 5 means, in plain words."""
    return {
        "leverage": (tr("Your leverage"),
                     tr("how much more it yields when you do it yourself.")),
        "only_you": (tr("Only you"),
                     tr("how truly nobody else on the team could do it.")),
        "risk": (tr("Risk"),
                 tr("what it costs if it is done less well than you would do it.")),
        "growth": (tr("Growth"),
                   tr("how much owning it would grow someone on your team.")),
        "attachment": (tr("Your attachment"),
                       tr("how much you want to keep it yourself — the expert's golden cage.")),
    }  # fmt: skip


def rating_word(value: int) -> str:
    words = (tr("very low"), tr("low"), tr("medium"), tr("high"), tr("very high"))
    return f"{value} · {words[min(max(value, 1), 5) - 1]}"


class WeighingPanel(QWidget):
    factors_changed = Signal(int, object)  # item id, Factors
    decision_chosen = Signal(int, object)  # item id, Decision

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._item: InventoryItem | None = None
        self._suggested: Decision | None = None
        self._pending = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self.flush)

        self.heading = QLabel()
        self.heading.setObjectName("weighingHeading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        font.setBold(True)
        self.heading.setFont(font)
        self.meta = QLabel()
        self.meta.setWordWrap(True)

        self.sliders: dict[str, QSlider] = {}
        self.values: dict[str, QLabel] = {}
        factors_box = self._factors_box = QGroupBox(tr("Weigh it: 1 is low, 5 is high"))
        grid = QGridLayout(factors_box)
        grid.setVerticalSpacing(2)
        for n, (name, (label, description)) in enumerate(factor_texts().items()):
            grid.addLayout(self._factor_row(name, label, description), n, 0)

        self.suggestion = QLabel()
        self.suggestion.setObjectName("suggestion")
        self.suggestion.setWordWrap(True)
        self.reason = QLabel()
        self.reason.setObjectName("suggestionReason")
        self.reason.setWordWrap(True)
        self.reason.setAccessibleName(tr("Why"))

        self.decisions = QButtonGroup(self)
        decision_box = self._decision_box = QGroupBox(tr("Your decision"))
        decision_layout = QVBoxLayout(decision_box)
        decision_layout.addWidget(self.suggestion)
        decision_layout.addWidget(self.reason)
        buttons = QVBoxLayout()
        buttons.setSpacing(4)
        for n, decision in enumerate(CHOICES):
            button = QPushButton(decision_label(decision))
            button.setCheckable(True)
            button.setAccessibleName(decision_label(decision))
            self.decisions.addButton(button, n)
            buttons.addWidget(button)
        decision_layout.addLayout(buttons)
        self.decisions.idClicked.connect(self._decision_clicked)
        self.hint = QLabel()
        self.hint.setObjectName("decisionHint")
        self.hint.setWordWrap(True)
        decision_layout.addWidget(self.hint)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.meta)
        layout.addWidget(factors_box)
        layout.addWidget(decision_box)
        layout.addStretch(1)
        self.set_item(None)

    def _factor_row(self, name: str, label: str, description: str) -> QGridLayout:
        about = QLabel(tr("<b>{0}</b>: {1}").format(label, description))
        about.setWordWrap(True)
        value = QLabel()
        value.setMinimumWidth(value.fontMetrics().horizontalAdvance(rating_word(5)) + 4)
        slider = QSlider(Qt.Orientation.Horizontal)
        slider.setRange(1, 5)
        slider.setPageStep(1)
        slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        slider.setTickInterval(1)
        slider.setAccessibleName(label)
        slider.setAccessibleDescription(description)
        slider.valueChanged.connect(self._slider_moved)
        slider.sliderReleased.connect(self.flush)
        about.setBuddy(slider)
        self.sliders[name] = slider
        self.values[name] = value
        row = QGridLayout()
        row.setContentsMargins(0, 4, 0, 0)
        row.setVerticalSpacing(0)
        row.addWidget(about, 0, 0, 1, 2)
        row.addWidget(slider, 1, 0)
        row.addWidget(value, 1, 1)
        return row

    # ------------------------------------------------------------ showing
    def item_id(self) -> int | None:
        return self._item.id if self._item else None

    def factors(self) -> Factors:
        return Factors(**{name: self.sliders[name].value() for name in FACTOR_NAMES})

    def set_item(self, item: InventoryItem | None) -> None:
        """Show ``item``; a change still settling on another item is sent first."""
        if self._pending and (item is None or item.id != self.item_id()):
            self.flush()
        keep_sliders = self._pending and item is not None and item.id == self.item_id()
        self._item = item
        for box in (self._factors_box, self._decision_box):
            box.setEnabled(item is not None)
        for name in FACTOR_NAMES:
            value = getattr(item.factors, name) if item else 3
            if not keep_sliders:
                self.sliders[name].blockSignals(True)
                self.sliders[name].setValue(value)
                self.sliders[name].blockSignals(False)
        if item is None:
            self.heading.setText(tr("Select an item in the table to weigh it."))
            self.meta.setText("")
        else:
            self.heading.setText(item.title)
            self.meta.setText(tr("{0} · {1} a week").format(mode_label(item.mode),
                                                           format_hours(item.hours)))  # fmt: skip
        self._show_weighing()

    def _show_weighing(self) -> None:
        for name, label in self.values.items():
            label.setText(rating_word(self.sliders[name].value()))
        item = self._item
        if item is None:
            self.suggestion.setText("")
            self.reason.setText("")
            self.hint.setText("")
            self._check(None)
            return
        advice = recommend(self.factors(), item.mode)
        self.suggestion.setText(tr("Altitude suggests: <b>{0}</b>").format(
            decision_label(advice.decision)))  # fmt: skip
        self.reason.setText(translate_marked("Weighing", advice.reason))
        self._suggested = advice.decision
        self._check(item.decision)
        if item.decision == Decision.UNDECIDED:
            hint = tr("Not decided yet: until you choose, it stays on your plate in the what-if.")
        elif item.decision != advice.decision:
            hint = tr("You chose differently from the suggestion. Your decision counts.")
        else:
            hint = ""
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))

    def _check(self, decision: Decision | None) -> None:
        self.decisions.setExclusive(False)  # so that "not decided" can show no choice
        for n, choice in enumerate(CHOICES):
            self.decisions.button(n).setChecked(choice == decision)
        self.decisions.setExclusive(True)
        self._paint_buttons()

    def _paint_buttons(self) -> None:
        """Your decision in the accent colour; the suggestion in bold accent-coloured text."""
        base = self.palette()
        for n, choice in enumerate(CHOICES):
            button = self.decisions.button(n)
            palette = QPalette(base)
            suggested = choice == self._suggested and self._item is not None
            if button.isChecked():
                palette.setColor(
                    QPalette.ColorRole.Button, base.color(QPalette.ColorRole.Highlight)
                )
                palette.setColor(QPalette.ColorRole.ButtonText,
                                 base.color(QPalette.ColorRole.HighlightedText))  # fmt: skip
            elif suggested:
                palette.setColor(QPalette.ColorRole.ButtonText,
                                 base.color(QPalette.ColorRole.Highlight))  # fmt: skip
            button.setPalette(palette)
            font = button.font()
            font.setBold(suggested)
            button.setFont(font)
            button.setToolTip(tr("Altitude suggests this.") if suggested else "")
            button.setAccessibleDescription(tr("Suggested") if suggested else "")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # light and dark switched
            self._paint_buttons()

    # ------------------------------------------------------------ intent
    def _slider_moved(self, _value: int) -> None:
        if self._item is None:
            return
        self._pending = True
        self._show_weighing()
        if not any(s.isSliderDown() for s in self.sliders.values()):
            self._timer.start()  # a drag is sent on release instead

    def flush(self) -> None:
        """Send a settled slider change now (tests and switching items use this too)."""
        self._timer.stop()
        if not self._pending or any(s.isSliderDown() for s in self.sliders.values()):
            return
        self._pending = False
        item = self._item
        if item is not None and item.id is not None and self.factors() != item.factors:
            self.factors_changed.emit(item.id, self.factors())

    def _decision_clicked(self, button_id: int) -> None:
        item = self._item
        if item is None or item.id is None:
            return
        self.flush()
        decision = CHOICES[button_id]
        if decision != item.decision:
            self.decision_chosen.emit(item.id, decision)
        else:
            self._check(item.decision)
