"""File > Backups…: the automatic and manual backups, what each holds, and Restore.

A restore replaces the whole plan, so it asks first (through ``ctx.dialogs``), backs up the
plan as it is, and clears the undo stack: the old edits no longer apply.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from altitude.i18n import QT_TRANSLATE_NOOP, formats, translate_marked
from altitude.services import safety_actions as safety
from altitude.services.errors import StoreError
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.fields import error_text

_COLUMNS = (  # the table's headers, translated where they are set (the dialog's context)
    QT_TRANSLATE_NOOP("BackupsDialog", "Made"),
    QT_TRANSLATE_NOOP("BackupsDialog", "Why"),
    QT_TRANSLATE_NOOP("BackupsDialog", "Size"),
    QT_TRANSLATE_NOOP("BackupsDialog", "Plan"),
    QT_TRANSLATE_NOOP("BackupsDialog", "Check-ins"),
    QT_TRANSLATE_NOOP("BackupsDialog", "Last week"),
)


class BackupsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Backups"))
        self.resize(760, 380)
        self.reasons = {
            "daily": self.tr("Daily"),
            "manual": self.tr("By hand"),
            "import": self.tr("Before an import"),
            "restore": self.tr("Before a restore"),
            "migration": self.tr("Before an upgrade"),
            "new-plan": self.tr("Before a new plan"),
        }
        self.infos: list[safety.BackupInfo] = []

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, len(_COLUMNS))
        self.table.setObjectName("backupsTable")
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setHorizontalHeaderLabels(
            [translate_marked("BackupsDialog", c) for c in _COLUMNS]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())

        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        folder = safety.backups_folder(self.ctx.service)
        try:
            self.infos = safety.list_backups(self.ctx.service)
        except StoreError as error:
            self.infos = []
            self.ctx.dialogs.error(self.tr("Backups"), error_text(error))
        kept = self.ctx.state.settings.backups_kept
        self.intro.setText(
            self.tr(
                "Altitude backs up your plan once a day and before every import, restore, upgrade "
                "or new plan, "
                "keeping the newest {0}. They are in {1}."
            ).format(kept, folder)
        )
        self.table.setRowCount(len(self.infos))
        for row, info in enumerate(self.infos):
            for column, text in enumerate(self._cells(info)):
                cell = QTableWidgetItem(text)
                if column in (2, 4):
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        self._selection_changed()

    def _cells(self, info: safety.BackupInfo) -> list[str]:
        made = formats.day_time(info.file.made)
        why = self.reasons.get(info.file.reason, info.file.reason)
        size = f"{max(1, round(info.size / 1024))} KiB"
        if info.contents is None:
            return [made, why, size, self.tr("Unreadable: {0}").format(info.problem), "", ""]
        plan = info.contents.new_role or self.tr("No plan")
        return [made, why, size, plan, str(info.contents.checkins), info.contents.last_week]

    def selected(self) -> safety.BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.infos[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        info = self.selected()
        self.restore_button.setEnabled(info is not None and info.contents is not None)

    def backup_now(self) -> None:
        try:
            path = safety.backup_now(self.ctx.service)
        except StoreError as error:
            self.ctx.dialogs.error(self.tr("Backup failed"), error_text(error))
            return
        self.reload()
        self.ctx.status_message.emit(self.tr("Backed up to {0}").format(path.name))

    def restore_selected(self) -> bool:
        info = self.selected()
        if info is None or info.contents is None:
            return False
        question = self.tr(
            "Replace your plan with the backup from {0} ({1} check-ins)? Your plan as it is "
            "now is backed up first, and this cannot be undone with Edit > Undo."
        ).format(formats.day_time(info.file.made), info.contents.checkins)
        if not self.ctx.dialogs.confirm(self.tr("Restore a backup"), question):
            return False
        try:
            safety.restore_backup(self.ctx.service, info.file.path)
        except StoreError as error:
            self.ctx.dialogs.error(self.tr("Restore failed"), error_text(error))
            self.reload()
            return False
        self.ctx.undo_stack.clear()
        made = formats.day_time(info.file.made)
        self.ctx.refresh(self.tr("Restored the backup from {0}").format(made))
        self.reload()
        return True
