"""Where your decisions lead: today's split of the listed hours and the split once every
decision is carried out, against the plan's target (``altitude.domain.metrics.what_if``)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from altitude.domain.entities import Delegation, InventoryItem
from altitude.domain.metrics import Split, current_split, what_if
from altitude.ui.shared.theme import EXECUTION, STRATEGY


def tr(text: str) -> str:
    return QCoreApplication.translate("WhatIfLine", text)


class SplitBar(QWidget):
    """A bar split into execution (left) and strategy (right), with the target marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.strategy_share: float | None = None
        self.target: float | None = None
        self.setMinimumWidth(140)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(240, 18)

    def set_split(self, strategy_share: float | None, target: float | None) -> None:
        self.strategy_share = strategy_share
        self.target = target
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        bar = QRectF(self.rect()).adjusted(1, 4, -1, -4)
        painter.setPen(Qt.PenStyle.NoPen)
        if self.strategy_share is None:
            painter.setBrush(self.palette().color(QPalette.ColorRole.Mid))
            painter.drawRoundedRect(bar, 3, 3)
        else:
            split_x = bar.left() + bar.width() * (100.0 - self.strategy_share) / 100.0
            painter.setClipRect(QRectF(bar.left(), bar.top(), split_x - bar.left(), bar.height()))
            painter.setBrush(QColor(EXECUTION))
            painter.drawRoundedRect(bar, 3, 3)
            painter.setClipRect(QRectF(split_x, bar.top(), bar.right() - split_x, bar.height()))
            painter.setBrush(QColor(STRATEGY))
            painter.drawRoundedRect(bar, 3, 3)
            painter.setClipping(False)
        if self.target is not None:
            x = bar.left() + bar.width() * (100.0 - self.target) / 100.0
            pen = QPen(self.palette().color(QPalette.ColorRole.WindowText), 2)
            painter.setPen(pen)
            painter.drawLine(int(x), 0, int(x), self.height())
        painter.end()


def _swatch(colour: str) -> str:
    return f'<span style="color:{colour}">■</span>'


def split_text(split: Split) -> str:
    """'■ 38% execution / ■ 62% strategy' as rich text."""
    execution, strategy = split.execution_share, split.strategy_share
    if execution is None or strategy is None:
        return tr("no hours")
    return tr("{0} {1:.0f}% execution / {2} {3:.0f}% strategy").format(
        _swatch(EXECUTION), execution, _swatch(STRATEGY), strategy
    )


class WhatIfLine(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("whatIfLine")
        self.today_label = QLabel(tr("Today"))
        self.after_label = QLabel(tr("<b>If you carry out these decisions</b>"))
        self.today_bar = SplitBar()
        self.after_bar = SplitBar()
        self.today_text = QLabel()
        self.after_text = QLabel()
        for label in (self.today_text, self.after_text):
            label.setTextFormat(Qt.TextFormat.RichText)
        # Longer words (German, French) wrap rather than run past the window's edge.
        for label in (self.today_label, self.after_label, self.today_text, self.after_text):
            label.setWordWrap(True)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 4)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.today_label, 0, 0)
        grid.addWidget(self.today_bar, 0, 1)
        grid.addWidget(self.today_text, 0, 2)
        grid.addWidget(self.after_label, 1, 0)
        grid.addWidget(self.after_bar, 1, 1)
        grid.addWidget(self.after_text, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 2)
        self._plain = ""

    def text(self) -> str:
        """The line in plain words (also its accessible description)."""
        return self._plain

    def show_split(
        self,
        items: Sequence[InventoryItem],
        delegations: Sequence[Delegation],
        target: float | None,
    ) -> None:
        today, after = current_split(items), what_if(items, delegations)
        self.today_bar.set_split(today.strategy_share, target)
        self.after_bar.set_split(after.strategy_share, target)
        goal = tr(" — target {0:.0f}%").format(target) if target is not None else ""
        if not items:
            self.today_text.setText(tr("Add what you do today to see where it leads."))
            self.after_text.setText("")
        else:
            self.today_text.setText(split_text(today))
            if after.total_hours > 0:
                self.after_text.setText(split_text(after) + goal)
            else:
                self.after_text.setText(tr("none of these hours stay with you") + goal)
        self._plain = self._sentence(today, after, goal, bool(items))
        self.setAccessibleName(tr("What-if"))
        self.setAccessibleDescription(self._plain)
        self.setToolTip(
            tr(
                "The upright line marks your plan's target. Only decisions you made count: "
                "items still undecided stay on your plate."
            )
        )

    def _sentence(self, today: Split, after: Split, goal: str, any_items: bool) -> str:
        if not any_items:
            return tr("Add what you do today to see where your decisions lead.")
        now = today.strategy_share or 0.0
        if after.strategy_share is None or after.execution_share is None:
            lead = tr("If you carry out these decisions, none of these hours stay with you")
        else:
            lead = tr("If you carry out these decisions: {0:.0f}% execution / {1:.0f}% strategy")
            lead = lead.format(after.execution_share, after.strategy_share)
        return tr("{0}{1}. Today: {2:.0f}% strategy.").format(lead, goal, now)
