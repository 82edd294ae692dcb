"""Planned vs actual delegation level over the weeks since a hand-over started.

The planned line (dashed) follows the level plan: each step holds from its week on. The
actual line (solid) follows the level history up to today. ``domain.levels``'
``timeline_series`` computes both, so tests check the numbers rather than pixels;
``describe`` says the same in words for screen readers and tooltips.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from altitude.domain.entities import Delegation, Status
from altitude.domain.levels import MAX_LEVEL, MIN_LEVEL, Series, timeline_series, weeks_since
from altitude.ui.shared.ledger_rows import level_label, short_date
from altitude.ui.shared.theme import STRATEGY

ACTUAL_ON_DARK = "#56B4E9"  # Okabe-Ito sky blue: the strategy blue is too dim on dark grey


def tr(text: str) -> str:
    return QCoreApplication.translate("LevelTimeline", text)


def describe(delegation: Delegation, today: date) -> str:
    """The chart in words."""
    if delegation.level_plan:
        steps = [
            tr("level {0} from the start").format(s.level)
            if s.week == 0
            else tr("level {0} by week {1}").format(s.level, s.week)
            for s in delegation.level_plan
        ]
        planned = tr("Planned: {0}.").format(", ".join(steps))
    else:
        planned = tr("No level plan yet.")
    history = sorted(delegation.level_history, key=lambda c: c.on)
    if history:
        last = history[-1]
        actual = tr("Actual: {0} since {1}.").format(level_label(last.level), short_date(last.on))
    else:
        actual = tr("Actual: not started yet.")
    return f"{planned} {actual}"


def plan_note(delegation: Delegation, today: date) -> str:
    """Where the level stands against the plan today, and the next planned step."""
    d = delegation
    if not d.level_plan or d.status == Status.TAKEN_BACK:
        return ""
    now = max(0.0, weeks_since(d.started_on, today))
    steps = sorted(d.level_plan, key=lambda s: s.week)
    due = [s for s in steps if s.week <= now]
    upcoming = [s for s in steps if s.week > now]
    parts = []
    if due:
        planned = level_label(due[-1].level)
        if d.level == due[-1].level:
            parts.append(tr("On plan: {0} by now.").format(planned))
        elif d.level < due[-1].level:
            parts.append(tr("Behind plan: the plan has {0} by now.").format(planned))
        else:
            parts.append(tr("Ahead of plan, which has {0} by now.").format(planned))
    if upcoming:
        parts.append(
            tr("Next: {0} by week {1}.").format(level_label(upcoming[0].level), upcoming[0].week)
        )
    return " ".join(parts)


def _tick_step(span: float) -> int:
    return next(s for s in (1, 2, 4, 8, 13, 26, 52, 104) if span / s <= 8)


class LevelTimeline(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._series: Series | None = None
        self._dark = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumSize(300, 190)
        self.setAccessibleName(tr("Planned and actual delegation level over time"))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(420, 200)

    def series(self) -> Series | None:
        return self._series

    def set_delegation(self, delegation: Delegation | None, today: date) -> None:
        self._series = timeline_series(delegation, today) if delegation else None
        text = describe(delegation, today) if delegation else ""
        self.setAccessibleDescription(text)
        self.setToolTip(text)
        self.update()

    def set_dark(self, dark: bool) -> None:
        self._dark = dark
        self.update()

    # ------------------------------------------------------------ painting
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        faint = QColor(text)
        faint.setAlphaF(0.55)
        grid = QColor(text)
        grid.setAlphaF(0.12)
        metrics = self.fontMetrics()
        line = metrics.height()
        left = max(metrics.horizontalAdvance(level_label(n)) for n in range(1, 8)) + 10
        right = (
            metrics.horizontalAdvance(tr("wk {0}").format(100)) // 2 + 4
        )  # room for the last tick
        plot = QRectF(left, line + 12, self.width() - left - right, self.height() - 2.4 * line - 18)
        series = self._series
        if series is None or plot.width() < 40:
            return
        actual_colour = QColor(ACTUAL_ON_DARK if self._dark else STRATEGY)

        def x(week: float) -> float:
            return plot.left() + plot.width() * min(week, series.span) / series.span

        def y(level: int) -> float:
            share = (level - MIN_LEVEL) / (MAX_LEVEL - MIN_LEVEL)
            return plot.bottom() - plot.height() * share

        for number in range(MIN_LEVEL, MAX_LEVEL + 1):  # a row per level, labelled
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y(number)), QPointF(plot.right(), y(number)))
            painter.setPen(faint)
            label = QRectF(0, y(number) - line / 2, left - 8, line)
            painter.drawText(
                label,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                level_label(number),
            )
        step = _tick_step(series.span)
        for week in range(0, int(series.span) + 1, step):
            label = QRectF(x(week) - 30, plot.bottom() + 4, 60, line)
            painter.drawText(label, Qt.AlignmentFlag.AlignHCenter, tr("wk {0}").format(week))

        if series.now is not None:
            painter.setPen(QPen(faint, 1, Qt.PenStyle.DotLine))
            painter.drawLine(
                QPointF(x(series.now), plot.top()), QPointF(x(series.now), plot.bottom())
            )
            painter.drawText(QPointF(x(series.now) + 4, plot.top() + line * 0.8), tr("today"))

        actual_end = series.now if series.now is not None else 0.0
        self._draw_steps(
            painter, series.actual, actual_end, x, y, QPen(actual_colour, 3), dots=True
        )
        # The plan on top, dashed, so it stays visible where the two lines agree.
        self._draw_steps(
            painter, series.planned, series.span, x, y, QPen(faint, 2, Qt.PenStyle.DashLine)
        )
        self._draw_legend(painter, plot.left(), line, actual_colour, faint, text)

    def _draw_steps(self, painter, points, end, x, y, pen, dots=False) -> None:  # type: ignore[no-untyped-def]
        if not points:
            return
        path = QPainterPath(QPointF(x(points[0][0]), y(points[0][1])))
        for (week, level), following in zip(points, [*points[1:], None], strict=True):
            until = following[0] if following else max(end, week)
            path.lineTo(QPointF(x(until), y(level)))
            if following:
                path.lineTo(QPointF(x(until), y(following[1])))
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        if dots:
            painter.setBrush(pen.color())
            for week, level in points:
                painter.drawEllipse(QPointF(x(week), y(level)), 3.5, 3.5)

    def _draw_legend(self, painter, left, line, actual, faint, text) -> None:  # type: ignore[no-untyped-def]
        mid = 4 + line / 2
        entries = (
            (QPen(actual, 3), tr("Actual")),
            (QPen(faint, 2, Qt.PenStyle.DashLine), tr("Planned")),
        )
        for pen, label in entries:
            painter.setPen(pen)
            painter.drawLine(QPointF(left, mid), QPointF(left + 22, mid))
            painter.setPen(text)
            painter.drawText(QPointF(left + 28, mid + line * 0.35), label)
            left += 40 + self.fontMetrics().horizontalAdvance(label)
