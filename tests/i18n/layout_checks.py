"""Does every visible text fit where it is shown? A walk over a widget tree.

- a label that does not wrap: its widest line fits its contents rectangle; a label that
  wraps: its height for its width fits its height (rich text measured as Qt lays it out);
- a button's, check box's, radio button's, group box's, tab's, closed combo box's, spin
  box's (date field's) and table header's text fits beside its indicator, arrows, icon
  and margins;
- text elided on purpose ("…" at the end, or a header/tab Qt shortened) only with a
  tooltip holding the whole text;
- siblings a layout places side by side do not overlap.
Each problem is one line naming the screen, the widget (class, accessible name or object
name) and the text, so a failing test says what to fix.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument, QTextOption
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionToolButton,
    QTabBar,
    QToolButton,
    QWidget,
)

SLACK = 1  # pixels of rounding
ELLIPSIS = "…"


def _plain(text: str) -> str:
    """A button's text as drawn: the mnemonic's "&" gone, "&&" a single "&"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _name(widget: QWidget) -> str:
    label = widget.accessibleName() or widget.objectName()
    return f"{type(widget).__name__}({label!r})" if label else type(widget).__name__


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and widget.width() > 0 and widget.height() > 0


def _rich_size(label: QLabel, width: int | None) -> tuple[float, float]:
    doc = QTextDocument()
    doc.setDefaultFont(label.font())
    doc.setDocumentMargin(0)
    if width is None:
        doc.setDefaultTextOption(QTextOption(Qt.AlignmentFlag.AlignLeft))
        option = doc.defaultTextOption()
        option.setWrapMode(QTextOption.WrapMode.NoWrap)
        doc.setDefaultTextOption(option)
    doc.setHtml(label.text())
    if width is not None:
        doc.setTextWidth(width)
    return doc.idealWidth(), doc.size().height()


def _is_rich(label: QLabel) -> bool:
    fmt = label.textFormat()
    return fmt == Qt.TextFormat.RichText or (
        fmt == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text())
    )


def label_problem(label: QLabel) -> str | None:
    text = label.text()
    if label.buddy() is not None:  # "&Week" draws as "Week", its W underlined
        text = _plain(text)
    if not text.strip() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    inner = label.contentsRect().width() - 2 * max(label.margin(), 0)
    if label.indent() > 0:
        inner -= label.indent()
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        if need > label.height() + SLACK:
            return f"wraps to {need} px high in {label.height()} px: {text[:80]!r}"
        return None
    if _is_rich(label):
        need_w, _ = _rich_size(label, None)
    else:
        metrics = QFontMetrics(label.font())
        need_w = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    if need_w > inner + SLACK:
        return f"needs {need_w:.0f} px, has {inner} px: {text[:80]!r}"
    if text.endswith(ELLIPSIS) and not label.toolTip():
        return f"elided without a tooltip: {text[:80]!r}"
    return None


_CONTENTS = (
    (QCheckBox, QStyle.ContentsType.CT_CheckBox, QStyleOptionButton),
    (QRadioButton, QStyle.ContentsType.CT_RadioButton, QStyleOptionButton),
    (QPushButton, QStyle.ContentsType.CT_PushButton, QStyleOptionButton),
    (QToolButton, QStyle.ContentsType.CT_ToolButton, QStyleOptionToolButton),
)


def _chrome(button: QAbstractButton) -> int:
    """What the style (and the stylesheets' padding) adds around a button's contents: its
    size for a wide content minus that content, so no minimum width hides in it."""
    for kind, contents, option_type in _CONTENTS:
        if isinstance(button, kind):
            option = option_type()
            button.initStyleOption(option)  # type: ignore[attr-defined]
            wide = QSize(1000, button.fontMetrics().height())
            return button.style().sizeFromContents(contents, option, wide, button).width() - 1000
    return 8


def button_problem(button: QAbstractButton) -> str | None:
    text = _plain(button.text())
    if not text.strip():
        return None
    if isinstance(button, QToolButton) and (
        button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
        and not button.icon().isNull()
    ):
        return None
    button.ensurePolished()
    metrics = QFontMetrics(button.font())
    need = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    if not isinstance(button, QCheckBox | QRadioButton) and not button.icon().isNull():
        need += button.iconSize().width() + 4
    if isinstance(button, QPushButton) and button.menu() is not None:
        need += button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    need += _chrome(button)
    if need > button.width() + SLACK:
        return f"needs {need} px, has {button.width()} px: {text[:80]!r}"
    return None


def clipped_by_parent(widget: QWidget) -> str | None:
    """A text widget reaching past its parent's edge is cut there (scrolled contents
    excepted: their parent is a viewport that scrolls)."""
    parent = widget.parentWidget()
    if parent is None or isinstance(parent.parentWidget(), QAbstractScrollArea):
        return None
    if parent.rect().contains(widget.geometry()):
        return None
    outside = widget.geometry().united(parent.rect()).width() - parent.width()
    return f"reaches {max(outside, 0)} px past its parent's edge (cut off there)"


def combo_problem(combo: QComboBox) -> str | None:
    """The chosen entry of a closed combo box fits beside its arrow (the list pops up
    wider on its own)."""
    text = combo.currentText()
    if not text.strip() or combo.isEditable():
        return None
    combo.ensurePolished()
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)  # type: ignore[attr-defined]
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    need = QFontMetrics(combo.font()).horizontalAdvance(text)
    if not combo.itemIcon(combo.currentIndex()).isNull():
        need += combo.iconSize().width() + 4
    if need > field.width() + SLACK and not combo.toolTip():
        return f"shows {need} px in {field.width()} px: {text[:80]!r}"
    return None


def spin_problem(box: QAbstractSpinBox) -> str | None:
    """A spin box's or date field's shown text ("Not given", "23. Nov. 2026", "8 h") fits
    its edit field, left of the arrows."""
    edit = box.findChild(QLineEdit)
    if edit is None or not edit.text().strip():
        return None
    box.ensurePolished()
    need = QFontMetrics(edit.font()).horizontalAdvance(edit.text()) + 4  # the edit's margins
    if need > edit.width() + SLACK:
        return f"shows {need} px in {edit.width()} px: {edit.text()[:80]!r}"
    return None


def group_problem(box: QGroupBox) -> str | None:
    title = _plain(box.title())
    if not title.strip():
        return None
    need = QFontMetrics(box.font()).horizontalAdvance(title) + 16
    if box.isCheckable():
        need += box.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, box) + 4
    if need > box.width() + SLACK:
        return f"title needs {need} px, has {box.width()} px: {title[:80]!r}"
    return None


def tab_problems(bar: QTabBar) -> Iterator[str]:
    metrics = QFontMetrics(bar.font())
    for i in range(bar.count()):
        if not bar.isTabVisible(i):
            continue
        text = _plain(bar.tabText(i))
        rect = bar.tabRect(i)
        need = metrics.horizontalAdvance(text) + 8
        if need > rect.width() + SLACK and not bar.tabToolTip(i):
            yield f"tab {i} needs {need} px, has {rect.width()} px: {text!r}"
        if rect.right() > bar.width() + SLACK:
            yield f"tab {i} is off the bar's end (only scroll buttons reach it): {text!r}"


def header_problems(view: QAbstractItemView, header: QHeaderView) -> Iterator[str]:
    model = view.model()
    if model is None or not header.isVisible():
        return
    metrics = QFontMetrics(header.font())
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    orientation = header.orientation()
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) <= 0:
            continue
        text = model.headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text.strip():
            continue
        need = max(metrics.horizontalAdvance(line) for line in text.split("\n")) + 2 * margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
            need += header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize) + margin
        has = header.sectionSize(section)
        tip = model.headerData(section, orientation, Qt.ItemDataRole.ToolTipRole)
        if need > has + SLACK and not tip:
            yield f"header {section} needs {need} px, has {has} px: {text!r}"


def _layout_widgets(layout: QLayout) -> Iterator[QWidget]:
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item is None:
            continue
        if item.widget() is not None:
            yield item.widget()
        elif item.layout() is not None:
            yield from _layout_widgets(item.layout())


def overlap_problems(parent: QWidget, top: QWidget) -> Iterator[str]:
    layout = parent.layout()
    if layout is None:
        return
    placed = [w for w in _layout_widgets(layout) if _shown(w, top)]
    for i, a in enumerate(placed):
        for b in placed[i + 1 :]:
            both = QRect(a.geometry()).intersected(b.geometry())
            if both.width() > SLACK and both.height() > SLACK:
                yield f"{_name(a)} and {_name(b)} overlap by {both.width()}x{both.height()} px"


def problems(top: QWidget, screen: str) -> list[str]:
    """Every text that does not fit on ``top`` as it is shown now."""
    found: list[str] = []

    def add(widget: QWidget, problem: str | None) -> None:
        if problem:
            found.append(f"{screen}: {_name(widget)} {problem}")

    for widget in [top, *top.findChildren(QWidget)]:
        if widget is not top and not _shown(widget, top):
            continue
        if widget.isWindow() and widget is not top:
            continue  # a pop-up or a dialog of its own: checked where it is opened
        if isinstance(widget, QLabel | QAbstractButton | QGroupBox) and widget is not top:
            add(widget, clipped_by_parent(widget))
        if isinstance(widget, QLabel):
            add(widget, label_problem(widget))
        elif isinstance(widget, QAbstractButton):
            add(widget, button_problem(widget))
        elif isinstance(widget, QGroupBox):
            add(widget, group_problem(widget))
        elif isinstance(widget, QComboBox):
            add(widget, combo_problem(widget))
        elif isinstance(widget, QAbstractSpinBox):
            add(widget, spin_problem(widget))
        if isinstance(widget, QTabBar):
            for problem in tab_problems(widget):
                add(widget, problem)
        if isinstance(widget, QAbstractItemView):
            for header in widget.findChildren(QHeaderView):
                if (
                    header.parentWidget() is widget
                    and header.orientation() == Qt.Orientation.Horizontal
                ):
                    for problem in header_problems(widget, header):
                        add(widget, problem)
        for problem in overlap_problems(widget, top):
            add(widget, problem)
    return found
