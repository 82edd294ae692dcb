"""A load bar in a table cell: as long as the person's share of the busiest person's load,
followed by the hours. The model gives the share (``LOAD_SHARE_ROLE``) and the text."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from altitude.ui.shared.theme import STRATEGY
from altitude.ui.team.model import LOAD_SHARE_ROLE

BAR_WIDTH = 90
ON_DARK = "#56B4E9"  # Okabe-Ito sky blue: the strategy blue is too dim on dark grey


class LoadBarDelegate(QStyledItemDelegate):
    """A bar per person, as long as their share of the busiest person's load, then the hours."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        text = option.text
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:  # background and selection, as for any cell
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        share = float(index.data(LOAD_SHARE_ROLE) or 0.0)
        rect = option.rect.adjusted(6, 0, -6, 0)
        track = QRectF(rect.left(), rect.center().y() - 5, BAR_WIDTH, 10)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        groove = QColor(option.palette.text().color())
        groove.setAlphaF(0.12)
        painter.setBrush(groove)
        painter.drawRoundedRect(track, 4, 4)
        if share > 0:
            dark = option.palette.base().color().lightness() < 128
            colour = "#ffffff" if selected else (ON_DARK if dark else STRATEGY)
            painter.setBrush(QColor(colour))
            painter.drawRoundedRect(
                QRectF(track.left(), track.top(), max(8.0, BAR_WIDTH * share), 10), 4, 4
            )
        role = (
            option.palette.ColorRole.HighlightedText if selected else option.palette.ColorRole.Text
        )
        painter.setPen(option.palette.color(role))
        text_rect = rect.adjusted(BAR_WIDTH + 8, 0, 0, 0)
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text
        )
        painter.restore()
