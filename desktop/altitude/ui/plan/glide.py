"""A small picture of the plan's glide path, drawn with QPainter.

Deliberately not matplotlib: the wizard can open before the main window, and the chart
library must not load before the window shows (importing matplotlib with its Qt back-end
costs ~440-610 ms, more than the window itself). A straight line from the
baseline through each milestone to the target, with the tolerance band around it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from altitude.domain.entities import Plan
from altitude.domain.metrics import glide_path
from altitude.i18n import formats
from altitude.ui.shared.theme import STRATEGY

LIGHT_ON_DARK_STRATEGY = "#56B4E9"  # Okabe-Ito sky blue: the strategy blue, readable on dark
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 44, 24, 26, 30
MIN_LABEL_GAP = 46  # px between point labels; closer ones are left unlabelled


def _is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


class GlidePreview(QWidget):
    """Call ``set_plan(plan)``; ``None`` shows a hint instead of a line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._points: list[tuple[int, float]] = []  # (day after start, strategy share)
        self._tolerance = 0.0
        self._hint = self.tr("Your glide path appears here.")
        self.setMinimumSize(QSize(300, 170))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Glide path preview"))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(480, 210)

    def set_plan(self, plan: Plan | None) -> None:
        if plan is None or plan.horizon_end <= plan.start_date:
            self._points = []
            self._hint = (
                self.tr("Your glide path appears here.")
                if plan is None
                else self.tr("The glide path appears once the plan ends after it starts.")
            )
        else:
            self._points = _days(plan.start_date, glide_path(plan))
            self._tolerance = max(0.0, plan.tolerance)
        self.setAccessibleDescription(self.describe())
        self.update()

    def points(self) -> list[tuple[int, float]]:
        return list(self._points)

    def describe(self) -> str:
        """The picture in words, for screen readers and tooltips."""
        if not self._points:
            return self.tr("No glide path yet.")
        steps = ", ".join(
            self.tr("day {0}: {1}%").format(day, formats.short_number(share, 2))
            for day, share in self._points[1:]
        )
        return self.tr("Strategy share of your week: {0}% at the start, then {1}.").format(
            formats.short_number(self._points[0][1], 2), steps
        )

    # ------------------------------------------------------------ drawing

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        plot = QRectF(self.rect()).adjusted(MARGIN_LEFT, MARGIN_TOP, -MARGIN_RIGHT, -MARGIN_BOTTOM)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        self._draw_grid(painter, plot, text)
        if not self._points:
            painter.setPen(text)
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self._hint)
            return
        line = QColor(LIGHT_ON_DARK_STRATEGY if _is_dark(palette) else STRATEGY)
        xy = [self._to_xy(plot, day, share) for day, share in self._points]
        self._draw_band(painter, plot, line)
        painter.setPen(QPen(line, 2.5))
        path = QPainterPath(xy[0])
        for point in xy[1:]:
            path.lineTo(point)
        painter.drawPath(path)
        self._draw_labels(painter, plot, xy, line, text)

    def _to_xy(self, plot: QRectF, day: int, share: float) -> QPointF:
        last = max(self._points[-1][0], 1)
        x = plot.left() + plot.width() * day / last
        y = plot.bottom() - plot.height() * max(0.0, min(100.0, share)) / 100
        return QPointF(x, y)

    def _draw_grid(self, painter: QPainter, plot: QRectF, text: QColor) -> None:
        faint = QColor(text)
        faint.setAlpha(45)
        for share in (0, 25, 50, 75, 100):
            y = plot.bottom() - plot.height() * share / 100
            painter.setPen(QPen(faint, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            if share % 50 == 0:
                painter.setPen(text)
                box = QRectF(0, y - 9, MARGIN_LEFT - 6, 18)
                painter.drawText(
                    box,
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    formats.percent(share),
                )

    def _draw_band(self, painter: QPainter, plot: QRectF, line: QColor) -> None:
        if self._tolerance <= 0:
            return
        upper = [self._to_xy(plot, d, s + self._tolerance) for d, s in self._points]
        lower = [self._to_xy(plot, d, s - self._tolerance) for d, s in self._points]
        band = QColor(line)
        band.setAlpha(40)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(band)
        painter.drawPolygon(QPolygonF(upper + lower[::-1]))
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _draw_labels(
        self, painter: QPainter, plot: QRectF, xy: list[QPointF], line: QColor, text: QColor
    ) -> None:
        last_x = -1e9
        for index, ((day, share), point) in enumerate(zip(self._points, xy, strict=True)):
            painter.setPen(QPen(line, 2))
            painter.setBrush(self.palette().color(QPalette.ColorRole.Base))
            painter.drawEllipse(point, 4, 4)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            is_last = index == len(xy) - 1
            if point.x() - last_x < MIN_LABEL_GAP and not is_last:
                continue
            last_x = point.x()
            align = Qt.AlignmentFlag.AlignHCenter
            share_box = QRectF(point.x() - 30, point.y() - 24, 60, 18)
            day_box = QRectF(point.x() - 34, plot.bottom() + 6, 68, 18)
            if index == 0:  # keep the first and last labels inside the widget
                share_box.moveLeft(point.x() - 6)
                day_box.moveLeft(point.x() - 10)
                align = Qt.AlignmentFlag.AlignLeft
            elif is_last:
                share_box.moveRight(point.x() + 6)
                day_box.moveRight(point.x() + 10)
                align = Qt.AlignmentFlag.AlignRight
            painter.setPen(line)
            bold = painter.font()
            bold.setBold(True)
            painter.setFont(bold)
            painter.drawText(
                share_box,
                align | Qt.AlignmentFlag.AlignBottom,
                formats.short_percent(share),
            )
            bold.setBold(False)
            painter.setFont(bold)
            painter.setPen(text)
            day_text = self.tr("Start") if day == 0 else self.tr("Day {0}").format(day)
            painter.drawText(day_box, align | Qt.AlignmentFlag.AlignTop, day_text)


def _days(start: date, points: list[tuple[date, float]]) -> list[tuple[int, float]]:
    return [((day - start).days, round(share, 1)) for day, share in points]
