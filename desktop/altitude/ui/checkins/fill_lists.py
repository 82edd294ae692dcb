"""The fill dialog's lists: every entry of the week under Execution, Strategy, Unclassified
or Skipped (with why), one-click buttons on each unclassified one, and the rule a click
proposes (words, mode and item, all editable) before it is kept."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from altitude.domain.entities import InventoryItem
from altitude.domain.metrics import format_hours
from altitude.domain.worktime.rules import RuleMode, hours
from altitude.services.time.week import GROUPS, IGNORED, WeekEntry, WeekPreview
from altitude.ui.shared.fields import caption, clear_layout, heading

MAX_ROWS = 60  # entries listed per group; the rest are counted (a week rarely holds more)


def tr(text: str) -> str:
    return QCoreApplication.translate("FillLists", text)


def group_title(group: str) -> str:
    return {
        "execution": tr("Execution"),
        "strategy": tr("Strategy"),
        "unclassified": tr("Unclassified: no rule matches these"),
        "skipped": tr("Skipped: counted as 0"),
    }[group]


def why_text(why: str) -> str:
    known = {
        "declined": tr("declined"),
        "cancelled": tr("cancelled"),
        "all-day": tr("all-day"),
        "still running": tr("still running"),
        IGNORED: tr("ignored by your rules"),
    }
    return known.get(why, why)


def mode_text(mode: RuleMode) -> str:
    return {
        RuleMode.EXECUTION: tr("Execution"),
        RuleMode.STRATEGY: tr("Strategy"),
        RuleMode.IGNORE: tr("Ignore"),
    }[mode]


def when_text(row: WeekEntry, zone: tzinfo) -> str:
    """``Mon 09:30-09:45`` (an en dash) in the user's zone."""
    entry = row.done.entry
    start, end = entry.start.astimezone(zone), entry.end.astimezone(zone)
    day = QLocale().dayName(start.isoweekday(), QLocale.FormatType.ShortFormat)
    if entry.start == entry.end:
        return day
    return f"{day} {start:%H:%M}\u2013{end:%H:%M}"


class EntryGroups(QWidget):
    classify = Signal(object, object)  # WeekEntry, RuleMode

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(4)
        self.buttons: dict[tuple[int, RuleMode], QPushButton] = {}  # (row index, mode)
        self.lines: dict[str, list[str]] = {}  # group -> the texts listed (for tests)

    def show_week(self, preview: WeekPreview) -> None:
        clear_layout(self.layout_)
        self.buttons = {}
        self.lines = {}
        zone = preview.window.zone
        for group in GROUPS:
            rows = preview.group(group)
            self.lines[group] = []
            total = sum(r.seconds for r in rows)
            title = group_title(group)
            if group != "skipped":
                title = tr("{0} · {1}").format(title, format_hours(hours(total)))
            self.layout_.addWidget(heading(title))
            if not rows:
                self.layout_.addWidget(caption(tr("None this week.")))
                continue
            grid = QGridLayout()
            grid.setContentsMargins(8, 0, 0, 6)
            grid.setHorizontalSpacing(10)
            grid.setColumnStretch(1, 1)
            for index, row in enumerate(rows[:MAX_ROWS]):
                self._add_row(grid, index, group, row, zone)
            self.layout_.addLayout(grid)
            if len(rows) > MAX_ROWS:
                more = tr("… and {0} more").format(len(rows) - MAX_ROWS)
                self.layout_.addWidget(caption(more))
        self.layout_.addStretch(1)

    def _add_row(
        self, grid: QGridLayout, index: int, group: str, row: WeekEntry, zone: tzinfo
    ) -> None:
        when = caption(when_text(row, zone))
        title = QLabel(row.title)
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        amount = why_text(row.why) if group == "skipped" else format_hours(hours(row.seconds))
        detail = QLabel(amount)
        detail.setProperty("role", "caption" if group == "skipped" else "")
        self.lines[group].append(f"{row.title} — {amount}")
        grid.addWidget(when, index, 0)
        grid.addWidget(title, index, 1)
        grid.addWidget(detail, index, 2)
        if group != "unclassified":
            return
        actions = QHBoxLayout()
        actions.setSpacing(4)
        for mode in RuleMode:
            button = QPushButton(mode_text(mode))
            button.setAccessibleName(tr("{0}: {1}").format(mode_text(mode), row.title))
            button.setToolTip(tr("Propose a rule that sends entries like this one to {0}").format(
                mode_text(mode).lower()))  # fmt: skip
            button.clicked.connect(lambda _=False, r=row, m=mode: self.classify.emit(r, m))
            actions.addWidget(button)
            self.buttons[(index, mode)] = button
        grid.addLayout(actions, index, 3)


class RuleProposal(QFrame):
    """The rule a one-click classification proposes; nothing is kept until "Keep"."""

    keep = Signal(object, object, object)  # words: tuple[str, ...], RuleMode, item id | None
    dropped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.words = QLineEdit()
        self.words.setAccessibleName(tr("Words the rule looks for"))
        self.words.setToolTip(tr("Separate several words with commas; case does not matter"))
        self.mode = QComboBox()
        self.mode.setAccessibleName(tr("Where the rule sends entries"))
        for mode in RuleMode:
            self.mode.addItem(mode_text(mode), mode)
        self.item = QComboBox()
        self.item.setAccessibleName(tr("Inventory item the rule's hours go to"))
        self.keep_button = QPushButton(tr("Keep this rule"))
        self.keep_button.setProperty("role", "primary")
        self.keep_button.setAccessibleName(tr("Keep this rule"))
        self.keep_button.clicked.connect(self._keep)
        self.drop_button = QPushButton(tr("Not now"))
        self.drop_button.setAccessibleName(tr("Do not keep this rule"))
        self.drop_button.clicked.connect(self._drop)
        words_label = QLabel(tr("Entries containing"))
        words_label.setBuddy(self.words)
        mode_label = QLabel(tr("go to"))
        mode_label.setBuddy(self.mode)
        item_label = QLabel(tr("Item"))
        item_label.setBuddy(self.item)
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 6, 10, 6)
        grid.addWidget(caption(tr(
            "A rule classifies this entry and every one like it, this week and after; "
            "the first rule that matches wins.")), 0, 0, 1, 4)  # fmt: skip
        grid.addWidget(words_label, 1, 0)
        grid.addWidget(self.words, 1, 1, 1, 3)
        grid.addWidget(mode_label, 2, 0)
        grid.addWidget(self.mode, 2, 1)
        grid.addWidget(item_label, 2, 2)
        grid.addWidget(self.item, 2, 3)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.drop_button)
        buttons.addWidget(self.keep_button)
        grid.addLayout(buttons, 3, 0, 1, 4)
        grid.setColumnStretch(3, 1)
        self.hide()

    def propose(self, title: str, mode: RuleMode, items: Sequence[InventoryItem]) -> None:
        self.words.setText(title)
        self.mode.setCurrentIndex(self.mode.findData(mode))
        self.item.clear()
        self.item.addItem(tr("(no item)"), None)
        for i in items:
            if i.id is not None:
                self.item.addItem(i.title, i.id)
        self.show()
        self.words.setFocus()
        self.words.selectAll()

    def typed_words(self) -> tuple[str, ...]:
        return tuple(w.strip() for w in self.words.text().split(",") if w.strip())

    def _keep(self) -> None:
        self.keep.emit(self.typed_words(), self.mode.currentData(), self.item.currentData())

    def _drop(self) -> None:
        self.hide()
        self.dropped.emit()
