"""Weigh one inventory item: five sliders, the app's suggestion and why, and your decision.

The panel shows and emits intent; it saves nothing. ``factors_changed(item_id, Factors)``
comes once a slider settles (on release, or shortly after keyboard or wheel changes), so
one drag is one undoable edit. ``decision_chosen(item_id, Decision)`` comes on a click.
The suggestion updates live from ``altitude.domain.weighing.recommend``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from altitude.domain.entities import FACTOR_NAMES, Decision, Factors, InventoryItem
from altitude.domain.metrics import format_hours
from altitude.domain.weighing import recommend
from altitude.ui.models.inventory_model import decision_label, mode_label

SETTLE_MS = 500  # keyboard and wheel changes are saved once they pause this long
CHOICES = (Decision.KEEP, Decision.DELEGATE, Decision.COACH, Decision.STOP)


def tr(text: str) -> str:
    return QCoreApplication.translate("WeighingPanel", text)


def factor_texts() -> dict[str, tuple[str, str]]:
    """Each factor's name and what a 5 means, in plain words."""
    return {
        "leverage": (tr("Your leverage"),
                     tr("How much more it yields when you do it rather than someone else.")),
        "only_you": (tr("Only you"),
                     tr("How truly nobody else on the team could do it.")),
        "risk": (tr("Risk if done imperfectly"),
                 tr("What it costs when it is done less well than you would do it.")),
        "growth": (tr("Growth for your team"),
                   tr("How much it would grow someone on your team to own it.")),
        "attachment": (tr("Your attachment"),
                       tr("How much you want to keep doing it yourself — the expert's "
                          "golden cage.")),
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
        self._pending = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self.flush)

        self.heading = QLabel()
        self.heading.setObjectName("weighingHeading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
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
        suggestion_box = self._suggestion_box = QFrame()
        suggestion_box.setFrameShape(QFrame.Shape.StyledPanel)
        box_layout = QVBoxLayout(suggestion_box)
        box_layout.addWidget(self.suggestion)
        box_layout.addWidget(self.reason)

        self.decisions = QButtonGroup(self)
        decision_box = self._decision_box = QGroupBox(tr("Your decision"))
        decision_layout = QVBoxLayout(decision_box)
        for n, decision in enumerate(CHOICES):
            button = QRadioButton(decision_label(decision))
            button.setAccessibleName(decision_label(decision))
            self.decisions.addButton(button, n)
            decision_layout.addWidget(button)
        self.decisions.idClicked.connect(self._decision_clicked)
        self.hint = QLabel()
        self.hint.setObjectName("decisionHint")
        self.hint.setWordWrap(True)
        decision_layout.addWidget(self.hint)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.meta)
        layout.addWidget(factors_box)
        layout.addWidget(suggestion_box)
        layout.addWidget(decision_box)
        layout.addStretch(1)
        self.set_item(None)

    def _factor_row(self, name: str, label: str, description: str) -> QGridLayout:
        title = QLabel(f"<b>{label}</b>")
        value = QLabel()
        value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        about = QLabel(description)
        about.setWordWrap(True)
        about.setEnabled(False)  # the muted colour of the palette, in light and dark
        slider = QSlider(Qt.Orientation.Horizontal)
        slider.setRange(1, 5)
        slider.setPageStep(1)
        slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        slider.setTickInterval(1)
        slider.setAccessibleName(label)
        slider.setAccessibleDescription(description)
        slider.valueChanged.connect(self._slider_moved)
        slider.sliderReleased.connect(self.flush)
        title.setBuddy(slider)
        self.sliders[name] = slider
        self.values[name] = value
        row = QGridLayout()
        row.setContentsMargins(0, 6, 0, 0)
        row.addWidget(title, 0, 0)
        row.addWidget(value, 0, 1)
        row.addWidget(about, 1, 0, 1, 2)
        row.addWidget(slider, 2, 0, 1, 2)
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
        for box in (self._factors_box, self._suggestion_box, self._decision_box):
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
        self.reason.setText(advice.reason)
        for n, decision in enumerate(CHOICES):
            text = decision_label(decision)
            if decision == advice.decision:
                text = tr("{0}  ← suggested").format(text)
            self.decisions.button(n).setText(text)
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
