"""Settings: the check-in day, the first day of the week, the theme, the language (applied at
the next start, ``language_box``), the data folder, backups;
time import (``time_tab``); the decision journal's review rules of thumb.

A theme choice shows at once (a preview) and is put back on Cancel. OK saves through
``ctx.perform`` so Ctrl+Z undoes it, theme included.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from altitude.domain.entities import Settings, Theme
from altitude.domain.validation import validate_settings
from altitude.i18n import formats
from altitude.services.time.library import zone_problem
from altitude.ui.settings.language_box import LanguageBox
from altitude.ui.settings.reminders import RemindersBox
from altitude.ui.settings.time_tab import TimeImportTab
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.fields import ErrorLabel, caption, with_error
from altitude.ui.shared.theme import apply_theme, resolve_dark

FolderOpener = Callable[[Path], object]


def open_folder(path: Path) -> bool:
    """Show ``path`` in the platform's file manager (a local URL: no network)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_theme(ctx: AppContext, theme: Theme) -> None:
    """Apply ``theme`` to the whole application and tell pages that draw their own colours.

    Nothing happens when it looks the same already: restyling every widget is not free.
    """
    dark = resolve_dark(theme)
    if dark == ctx.dark:
        return
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_theme(app, dark)
    ctx.set_dark(dark)


class SettingsDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        opener: FolderOpener = open_folder,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.opener = opener  # tests pass one that records instead of opening a window
        self.saved = ctx.state.settings
        self.setWindowTitle(self.tr("Settings"))
        self.setObjectName("settingsDialog")

        self.checkin_day = self._weekday_box(self.tr("Check-in day"))
        self.checkin_day.setToolTip(self.tr("From this day on, Altitude reminds you to check in"))
        self.first_day = self._weekday_box(self.tr("First day of the week"))
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Theme"))
        themes = {
            Theme.SYSTEM: self.tr("Follow the system"),
            Theme.LIGHT: self.tr("Light"),
            Theme.DARK: self.tr("Dark"),
        }
        for theme, label in themes.items():
            self.theme.addItem(label, theme.value)
        self.backups = QSpinBox()
        self.backups.setRange(1, 100)
        self.backups.setAccessibleName(self.tr("Backups kept"))
        self.backups.setSuffix(self.tr(" backups"))
        # A path has no spaces to wrap at: a read-only field shows it whole (scrolling,
        # copyable as it is) where a label would cut it; the tooltip holds it too.
        self.folder = QLineEdit(str(self.data_folder()))
        self.folder.setReadOnly(True)
        self.folder.setToolTip(self.folder.text())
        self.folder.setCursorPosition(0)
        self.folder.setAccessibleName(self.tr("Data folder"))
        self.open_button = QPushButton(self.tr("Open folder"))
        self.open_button.setAccessibleName(self.tr("Open the data folder"))
        self.open_button.clicked.connect(self.open_data_folder)
        self.two_way = self._days_box(365, self.tr("Days before reviewing a two-way door"))
        self.one_way = self._days_box(730, self.tr("Days before reviewing a one-way door"))
        self.time_tab = TimeImportTab(ctx)
        self.errors = {
            name: ErrorLabel(field)
            for name, field in (("checkin_weekday", self.checkin_day),
                                ("first_day_of_week", self.first_day),
                                ("theme", self.theme), ("backups_kept", self.backups),
                                ("two_way_review_days", self.two_way),
                                ("one_way_review_days", self.one_way))
        }  # fmt: skip
        self._build_layout()
        self.show_settings(self.saved)
        self.theme.currentIndexChanged.connect(lambda _i: show_theme(ctx, self.settings().theme))

    def _weekday_box(self, name: str) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(name)
        first = formats.first_day_of_week()  # the list as the user's calendar has it
        for weekday in ((first + n) % 7 for n in range(7)):  # 0 = Monday, as in the domain
            box.addItem(formats.weekday(weekday), weekday)
        return box

    def _days_box(self, most: int, name: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(1, most)
        box.setSuffix(self.tr(" days"))
        box.setAccessibleName(name)
        return box

    def _decisions_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout()
        for text, field, name in (
            (self.tr("Review a &two-way door decision after about"), self.two_way,
             "two_way_review_days"),
            (self.tr("Review a &one-way door decision after about"), self.one_way,
             "one_way_review_days"),
        ):  # fmt: skip
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, with_error(field, self.errors[name]))
        layout = QVBoxLayout(page)
        layout.addWidget(caption(self.tr(
            "Rules of thumb for when to look back at a decision in the journal: a two-way "
            "door can be walked back, so look again soon; a one-way door later, once its "
            "effects show.")))  # fmt: skip
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        rows = (
            (self.tr("&Check in on"), self.checkin_day, "checkin_weekday"),
            (self.tr("&Weeks start on"), self.first_day, "first_day_of_week"),
            (self.tr("&Theme"), self.theme, "theme"),
            (self.tr("&Keep"), self.backups, "backups_kept"),
        )
        for text, field, name in rows:
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, with_error(field, self.errors[name]))
        self.language = LanguageBox(self.data_folder())  # an app preference, not the plan's
        language_label = QLabel(self.tr("&Language"))
        language_label.setBuddy(self.language.combo)
        form.addRow(language_label, self.language)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.open_button)
        form.addRow(self.tr("Your data"), folder_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        general = QWidget()
        general_layout = QVBoxLayout(general)
        general_layout.addWidget(caption(self.tr(
            "Everything stays on this computer. Automatic backups are kept beside your data; "
            "the oldest go first.")))  # fmt: skip
        general_layout.addSpacing(4)
        general_layout.addLayout(form)
        self.reminders = RemindersBox(self.ctx, self.checkin_day, self)  # settings/reminders.py
        general_layout.addWidget(self.reminders)
        general_layout.addStretch(1)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Settings sections"))
        self.tabs.addTab(general, self.tr("General"))
        self.tabs.addTab(self.time_tab, self.tr("Time import"))
        self.tabs.addTab(self._decisions_page(), self.tr("Decisions"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addSpacing(6)
        layout.addWidget(buttons)
        self.setMinimumWidth(640)

    def data_folder(self) -> Path:
        return self.ctx.service.data_folder()

    def open_data_folder(self) -> None:
        self.opener(self.data_folder())

    def show_settings(self, settings: Settings) -> None:
        self.checkin_day.setCurrentIndex(self.checkin_day.findData(settings.checkin_weekday))
        self.first_day.setCurrentIndex(self.first_day.findData(settings.first_day_of_week))
        self.theme.setCurrentIndex(self.theme.findData(settings.theme.value))
        self.backups.setValue(settings.backups_kept)
        self.two_way.setValue(settings.two_way_review_days)
        self.one_way.setValue(settings.one_way_review_days)
        self.time_tab.show_settings(settings)

    def settings(self) -> Settings:
        # Rules and sources are records of their own, saved as they change: not in here.
        return self.time_tab.read_into(
            replace(
                self.saved,
                checkin_weekday=int(self.checkin_day.currentData()),
                first_day_of_week=int(self.first_day.currentData()),
                theme=Theme(self.theme.currentData()),
                backups_kept=self.backups.value(),
                two_way_review_days=self.two_way.value(),
                one_way_review_days=self.one_way.value(),
            )
        )

    def accept(self) -> None:
        new, old = self.settings(), self.saved
        errors = validate_settings(new)
        zone = zone_problem(new.time_zone) if "time_zone" not in errors else None
        if zone:
            errors["time_zone"] = zone
        for name, label in (*self.errors.items(), *self.time_tab.errors.items()):
            label.show_error(errors.get(name))
        if errors:
            if any(name in self.time_tab.errors for name in errors):
                self.tabs.setCurrentWidget(self.time_tab)
            return
        if not self.language.save():  # kept apart from the plan (no undo): read at start
            return
        if new != old:
            ctx = self.ctx
            # After the edit and each undo and redo, the app shows the saved theme.
            if not ctx.perform(
                self.tr("Settings"),
                lambda: ctx.service.update_settings(new),
                then=lambda: show_theme(ctx, ctx.state.settings.theme),
            ):
                return
        super().accept()

    def reject(self) -> None:
        show_theme(self.ctx, self.saved.theme)  # take back the preview
        super().reject()


def open_settings(ctx: AppContext, parent: QWidget | None = None) -> bool:
    """Run the settings modally (File or Edit menu, Ctrl+,); True when saved."""
    dialog = SettingsDialog(ctx, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
