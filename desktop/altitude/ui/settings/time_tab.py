"""Settings → Time import: your zone, addresses and focus words (saved with OK, like the
rest of the settings), and the remembered sources and the rules (each edit saved at once
through ``ctx.perform``, so Ctrl+Z takes it back)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from altitude.domain.entities import Settings
from altitude.domain.worktime.rules import Rule, RuleMode, hours, matches
from altitude.domain.worktime.stored import TimeRule, TimeSource
from altitude.i18n import formats
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.fields import ErrorLabel, caption, with_error

SHOWN = 5  # entries a rule test names
NO_IMPORT = "Fill a check-in from a file first: then this shows what the rule matches."
_SAVED_AT_ONCE = "Files and rules are saved as you change them; Ctrl+Z takes a change back."
_ABOUT = (
    "Hours read from a calendar or a time tracker are cut into weeks at Monday 00:00 in your "
    "zone. Your addresses tell which invitations you declined; an event whose title holds a "
    "focus word is protected time. Separate entries with commas."
)


def tr(text: str) -> str:
    return QCoreApplication.translate("TimeImportSettings", text)


@cache
def zone_names() -> tuple[str, ...]:
    """Every IANA zone this computer (or the bundled tzdata) knows, sorted."""
    from zoneinfo import available_timezones

    return tuple(sorted(available_timezones()))


def split_list(text: str) -> tuple[str, ...]:
    """``a, b; c`` -> ("a", "b", "c"): commas or semicolons separate, blanks are dropped."""
    return tuple(part.strip() for part in re.split(r"[,;\n]", text) if part.strip())


def _mode_label(mode: RuleMode) -> str:
    return {
        RuleMode.EXECUTION: tr("execution"),
        RuleMode.STRATEGY: tr("strategy"),
        RuleMode.IGNORE: tr("ignore (count in no total)"),
    }[mode]


def _button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    return button


class TimeImportTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.setAccessibleName(tr("Your time zone"))
        self.zone.addItem("")
        self.zone.addItems(list(zone_names()))
        line = self.zone.lineEdit()
        if line is not None:
            line.setPlaceholderText(tr("Empty: this computer's zone"))
        self.addresses = QLineEdit()
        self.addresses.setAccessibleName(tr("Your e-mail addresses"))
        self.addresses.setPlaceholderText(tr("you@work.example, you@home.example"))
        self.focus_words = QLineEdit()
        self.focus_words.setAccessibleName(tr("Focus words"))
        self.errors = {
            "time_zone": ErrorLabel(self.zone),
            "my_addresses": ErrorLabel(self.addresses),
            "focus_words": ErrorLabel(self.focus_words),
        }
        self.sources = QListWidget()
        self.sources.setAccessibleName(tr("Remembered sources"))
        self.rename_source = _button(tr("Rename…"), tr("Rename the source"))
        self.remove_source = _button(tr("Remove"), tr("Remove the source"))
        self.rules = QListWidget()
        self.rules.setAccessibleName(tr("Rules, first match wins"))
        self.words = QLineEdit()
        self.words.setAccessibleName(tr("The rule's words"))
        self.words.setPlaceholderText(tr("review, standup, fix"))
        self.mode = QComboBox()
        self.mode.setAccessibleName(tr("The rule's mode"))
        for mode in RuleMode:
            self.mode.addItem(_mode_label(mode), mode.value)
        self.item = QComboBox()
        self.item.setAccessibleName(tr("The rule's inventory item"))
        self.add_rule = _button(tr("Add as new rule"), tr("Add the rule"))
        self.save_rule = _button(tr("Save changes"), tr("Save the changes to the selected rule"))
        self.up = _button(tr("Move up"), tr("Move the rule up"))
        self.down = _button(tr("Move down"), tr("Move the rule down"))
        self.remove_rule = _button(tr("Remove"), tr("Remove the rule"))
        self.test = _button(tr("Test against last import"), tr("Test the rule on the last import"))
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        self.test_result.setAccessibleName(tr("What the rule would match"))
        self._build()
        self._connect()
        self.show_settings(ctx.state.settings)
        self.reload()

    # ------------------------------------------------------------ layout
    def _build(self) -> None:
        form = QFormLayout()
        for text, field, name in (
            (tr("Your &time zone"), self.zone, "time_zone"),
            (tr("Your &addresses"), self.addresses, "my_addresses"),
            (tr("&Focus words"), self.focus_words, "focus_words"),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, with_error(field, self.errors[name]))
        sources = QGroupBox(tr("Remembered files"))
        source_row = QHBoxLayout(sources)
        source_row.addWidget(self.sources, 1)
        source_buttons = QVBoxLayout()
        source_buttons.addWidget(self.rename_source)
        source_buttons.addWidget(self.remove_source)
        source_buttons.addStretch(1)
        source_row.addLayout(source_buttons)
        rules = QGroupBox(tr("Rules: tried in order, the first that matches wins"))
        grid = QGridLayout(rules)
        grid.addWidget(self.rules, 0, 0, 1, 4)
        order = QVBoxLayout()
        for button in (self.up, self.down, self.remove_rule):
            order.addWidget(button)
        order.addStretch(1)
        grid.addLayout(order, 0, 4)
        words_label = QLabel(tr("&Words"))
        words_label.setBuddy(self.words)
        grid.addWidget(words_label, 1, 0)
        grid.addWidget(self.words, 1, 1, 1, 3)
        mode_label = QLabel(tr("&Counts as"))
        mode_label.setBuddy(self.mode)
        grid.addWidget(mode_label, 2, 0)
        grid.addWidget(self.mode, 2, 1)
        item_label = QLabel(tr("&Item"))
        item_label.setBuddy(self.item)
        grid.addWidget(item_label, 2, 2)
        grid.addWidget(self.item, 2, 3)
        actions = QHBoxLayout()
        for button in (self.add_rule, self.save_rule, self.test):
            actions.addWidget(button)
        actions.addStretch(1)
        grid.addLayout(actions, 3, 0, 1, 5)
        grid.addWidget(self.test_result, 4, 0, 1, 5)
        grid.setColumnStretch(3, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(caption(tr(_ABOUT)))
        layout.addLayout(form)
        layout.addWidget(sources)
        layout.addWidget(rules, 1)
        layout.addWidget(caption(tr(_SAVED_AT_ONCE)))

    def _connect(self) -> None:
        self.rules.currentRowChanged.connect(self._rule_chosen)
        self.add_rule.clicked.connect(self.add_new_rule)
        self.save_rule.clicked.connect(self.save_selected_rule)
        self.up.clicked.connect(lambda: self.move_selected(-1))
        self.down.clicked.connect(lambda: self.move_selected(1))
        self.remove_rule.clicked.connect(self.remove_selected_rule)
        self.test.clicked.connect(self.test_selected_rule)
        self.rename_source.clicked.connect(self.rename_selected_source)
        self.remove_source.clicked.connect(self.remove_selected_source)
        self.ctx.state_changed.connect(lambda _state: self.reload())

    # ------------------------------------------------------------ the settings fields
    def show_settings(self, settings: Settings) -> None:
        self.zone.setCurrentText(settings.time_zone)
        self.addresses.setText(", ".join(settings.my_addresses))
        self.focus_words.setText(", ".join(settings.focus_words))

    def read_into(self, settings: Settings) -> Settings:
        return replace(
            settings,
            time_zone=self.zone.currentText().strip(),
            my_addresses=split_list(self.addresses.text()),
            focus_words=split_list(self.focus_words.text()),
        )

    # ------------------------------------------------------------ lists
    def reload(self) -> None:
        state = self.ctx.state
        row = self.rules.currentRow()
        chosen = self.item.currentData()
        self.item.clear()
        self.item.addItem(tr("No item"), None)
        for inventory_item in state.items:
            self.item.addItem(inventory_item.title, inventory_item.id)
        self.item.setCurrentIndex(max(self.item.findData(chosen), 0))

        self.rules.blockSignals(True)
        self.rules.clear()
        titles = {i.id: i.title for i in state.items}
        for number, rule in enumerate(state.time_rules, start=1):
            item = titles.get(rule.item_id) if rule.item_id is not None else None
            text = f"{number}. {', '.join(rule.words)} → {_mode_label(rule.mode)}"
            entry = QListWidgetItem(text + (f" ({item})" if item else ""))
            entry.setData(256, rule.id)  # Qt.UserRole
            self.rules.addItem(entry)
        self.rules.blockSignals(False)
        if self.rules.count():
            self.rules.setCurrentRow(min(max(row, 0), self.rules.count() - 1))
        self.sources.clear()
        for source in state.time_sources:
            when = formats.day(source.last_read) if source.last_read else tr("never")
            entry = QListWidgetItem(
                tr("{0} — {1}, {2} (read {3})").format(source.name, source.kind.value,
                                                      source.path, when)
            )  # fmt: skip
            entry.setData(256, source.id)
            self.sources.addItem(entry)
        has_rule = self.selected_rule() is not None
        for button in (self.save_rule, self.up, self.down, self.remove_rule, self.test):
            button.setEnabled(has_rule)
        for button in (self.rename_source, self.remove_source):
            button.setEnabled(self.sources.count() > 0)

    def selected_rule(self) -> TimeRule | None:
        row = self.rules.currentRow()
        rules = self.ctx.state.time_rules
        return rules[row] if 0 <= row < len(rules) else None

    def selected_source(self) -> TimeSource | None:
        row = self.sources.currentRow()
        sources = self.ctx.state.time_sources
        return sources[row] if 0 <= row < len(sources) else (sources[0] if sources else None)

    def _rule_chosen(self, _row: int) -> None:
        rule = self.selected_rule()
        if rule is None:
            return
        self.words.setText(", ".join(rule.words))
        self.mode.setCurrentIndex(self.mode.findData(rule.mode.value))
        self.item.setCurrentIndex(max(self.item.findData(rule.item_id), 0))
        self.test_result.clear()
        for button in (self.save_rule, self.up, self.down, self.remove_rule, self.test):
            button.setEnabled(True)

    def _typed_rule(self) -> TimeRule:
        item_id = self.item.currentData()
        return TimeRule(
            split_list(self.words.text()),
            RuleMode(self.mode.currentData()),
            int(item_id) if item_id is not None else None,
        )

    # ------------------------------------------------------------ rule edits
    def add_new_rule(self) -> None:
        rule = self._typed_rule()
        service = self.ctx.service
        if self.ctx.perform(tr("Add a time rule"), lambda: service.add_time_rule(rule)):
            self.rules.setCurrentRow(self.rules.count() - 1)

    def save_selected_rule(self) -> None:
        old = self.selected_rule()
        if old is None:
            return
        new = replace(self._typed_rule(), id=old.id)
        self.ctx.perform(tr("Edit a time rule"), lambda: self.ctx.service.update_time_rule(new))

    def move_selected(self, step: int) -> None:
        rule, row = self.selected_rule(), self.rules.currentRow()
        if rule is None or rule.id is None or not 0 <= row + step < self.rules.count():
            return
        rule_id = rule.id
        if self.ctx.perform(
            tr("Move a time rule"), lambda: self.ctx.service.move_time_rule(rule_id, row + step)
        ):
            self.rules.setCurrentRow(row + step)

    def remove_selected_rule(self) -> None:
        rule = self.selected_rule()
        if rule is None or rule.id is None:
            return
        rule_id = rule.id
        self.ctx.perform(
            tr("Remove a time rule"), lambda: self.ctx.service.delete_time_rule(rule_id)
        )

    def test_selected_rule(self) -> None:
        """How many entries and hours of the last import the typed rule would match."""
        preview = getattr(self.ctx.service, "last_time_preview", None)
        if preview is None:
            self.test_result.setText(tr(NO_IMPORT))
            return
        rule = Rule(split_list(self.words.text()), RuleMode(self.mode.currentData()))
        found = [
            c.entry for c in preview.entries if not c.entry.skipped and matches(rule, c.entry.words)
        ]
        seconds = sum(e.seconds for e in found)
        names = "; ".join(e.title for e in found[:SHOWN])
        more = tr(" and {0} more").format(len(found) - SHOWN) if len(found) > SHOWN else ""
        self.test_result.setText(
            tr("Matches {0} of {1} entries, {2} h: {3}{4}").format(
                len(found), len(preview.entries), f"{hours(seconds):g}", names or "—", more
            )
        )

    # ------------------------------------------------------------ sources
    def rename_selected_source(self) -> None:
        source = self.selected_source()
        if source is None:
            return
        name = self.ctx.dialogs.ask_text(tr("Rename the source"), tr("Name"), source.name)
        if name is None or name.strip() == source.name:
            return
        renamed = replace(source, name=name.strip())
        self.ctx.perform(
            tr("Rename a source"), lambda: self.ctx.service.update_time_source(renamed)
        )

    def remove_selected_source(self) -> None:
        source = self.selected_source()
        if source is None or source.id is None:
            return
        source_id = source.id
        self.ctx.perform(
            tr("Remove a source"), lambda: self.ctx.service.delete_time_source(source_id)
        )
