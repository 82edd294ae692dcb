"""Settings: the check-in day, the first day of the week, the theme, the data folder, backups.

A theme choice shows at once (a preview) and is put back on Cancel. OK saves through
``ctx.perform`` so Ctrl+Z undoes it, theme included.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from altitude.domain.entities import Settings, Theme
from altitude.domain.validation import validate_settings
from altitude.ui.settings.reminders import RemindersBox
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
        self.folder = QLabel(str(self.data_folder()))
        self.folder.setTextFormat(Qt.TextFormat.PlainText)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder.setWordWrap(True)
        self.folder.setAccessibleName(self.tr("Data folder"))
        self.open_button = QPushButton(self.tr("Open folder"))
        self.open_button.setAccessibleName(self.tr("Open the data folder"))
        self.open_button.clicked.connect(self.open_data_folder)
        self.errors = {
            name: ErrorLabel(field)
            for name, field in (("checkin_weekday", self.checkin_day),
                                ("first_day_of_week", self.first_day),
                                ("theme", self.theme), ("backups_kept", self.backups))
        }  # fmt: skip
        self._build_layout()
        self.show_settings(self.saved)
        self.theme.currentIndexChanged.connect(lambda _i: show_theme(ctx, self.settings().theme))

    def _weekday_box(self, name: str) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(name)
        locale = QLocale()
        for weekday in range(7):  # 0 = Monday, as in the domain; Qt counts Monday as 1
            box.addItem(locale.dayName(weekday + 1), weekday)
        return box

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
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.open_button)
        form.addRow(self.tr("Your data"), folder_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(caption(self.tr(
            "Everything stays on this computer. Automatic backups are kept beside your data; "
            "the oldest go first.")))  # fmt: skip
        layout.addSpacing(4)
        layout.addLayout(form)
        self.reminders = RemindersBox(self.ctx, self.checkin_day, self)  # settings/reminders.py
        layout.addWidget(self.reminders)
        layout.addSpacing(10)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def data_folder(self) -> Path:
        return self.ctx.service.data_folder()

    def open_data_folder(self) -> None:
        self.opener(self.data_folder())

    def show_settings(self, settings: Settings) -> None:
        self.checkin_day.setCurrentIndex(self.checkin_day.findData(settings.checkin_weekday))
        self.first_day.setCurrentIndex(self.first_day.findData(settings.first_day_of_week))
        self.theme.setCurrentIndex(self.theme.findData(settings.theme.value))
        self.backups.setValue(settings.backups_kept)

    def settings(self) -> Settings:
        return replace(
            self.saved,
            checkin_weekday=int(self.checkin_day.currentData()),
            first_day_of_week=int(self.first_day.currentData()),
            theme=Theme(self.theme.currentData()),
            backups_kept=self.backups.value(),
        )

    def accept(self) -> None:
        new, old = self.settings(), self.saved
        errors = validate_settings(new)
        for name, label in self.errors.items():
            label.show_error(errors.get(name))
        if errors:
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
