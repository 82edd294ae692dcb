"""Settings: "Remind me on <weekday> even when Altitude is closed".

The switch's state is whether the schedule's files exist (``services.reminders.schedule``):
nothing of it is in the plan, so it is not undone with Ctrl+Z. Like the rest of the dialog
it takes effect on OK (on, off, or a new check-in day rewrites the files) and Cancel leaves
everything as it was. Where the system has neither XDG autostart nor systemd, the box
says so and the switch is off and disabled.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QGroupBox, QVBoxLayout

from altitude.errors import AltitudeError
from altitude.services.reminders.schedule import Outcome, Schedule, Way
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.fields import caption, error_text


def tr(text: str) -> str:
    return QCoreApplication.translate("RemindersBox", text)


class RemindersBox(QGroupBox):
    """The reminder switch; follows ``weekday`` (the dialog's check-in day) and applies
    itself when ``dialog`` is accepted."""

    def __init__(
        self,
        ctx: AppContext,
        weekday: QComboBox,
        dialog: QDialog,
        schedule: Schedule | None = None,
    ) -> None:
        super().__init__(tr("Reminders"))
        self.ctx = ctx
        self.weekday = weekday
        self.schedule = schedule or Schedule(ctx.service.data_folder())
        self.way = self.schedule.available()
        self.was_on = self.schedule.installed() is not Way.NONE
        self.saved_weekday = int(weekday.currentData())
        self.last: Outcome | None = None
        self.switch = QCheckBox()  # its text names the day: _show_words
        self.switch.setAccessibleName(tr("Remind me even when Altitude is closed"))
        self.switch.setChecked(self.was_on)
        self.where = caption("")
        self.where.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.switch)
        layout.addWidget(self.where)
        self._show_words()
        weekday.currentIndexChanged.connect(lambda _i: self._show_words())
        self.switch.toggled.connect(lambda _on: self._show_words())
        dialog.accepted.connect(self.apply)

    def day_name(self) -> str:
        return QLocale().dayName(int(self.weekday.currentData()) + 1)  # Qt: Monday is 1

    def _show_words(self) -> None:
        self.switch.setText(
            tr("Remind me on {0} even when Altitude is closed").format(self.day_name())
        )
        if self.way is Way.NONE:
            self.switch.setChecked(False)
            self.switch.setEnabled(False)
            text = tr(
                "This system has neither XDG autostart nor systemd, so Altitude can remind "
                "you only while it is open."
            )
        elif self.way is Way.SYSTEMD:
            text = tr(
                "On that day at 9:00 (or at the next start, if the computer was off), a "
                "desktop notification tells you when the check-in is due; click it to open "
                "the check-in. This adds a systemd user timer; untick to remove it."
            )
        else:
            text = tr(
                "When you log in, from that day on, a desktop notification tells you while "
                "the check-in is due; click it to open the check-in. This adds an autostart "
                "entry; untick to remove it."
            )
        self.where.setText(text)
        self.where.setAccessibleName(text)

    def apply(self) -> None:
        """On OK: write or remove the files, if anything changed."""
        on = self.switch.isChecked()
        weekday = int(self.weekday.currentData())
        if on == self.was_on and (not on or weekday == self.saved_weekday):
            return
        try:
            self.last = self.schedule.switch_on(weekday) if on else self.schedule.switch_off()
        except AltitudeError as exc:
            self.ctx.dialogs.error(tr("Reminders"), error_text(exc))
            return
        self.ctx.status_message.emit(self._result_words(self.last, on))

    def _result_words(self, outcome: Outcome, on: bool) -> str:
        if not on:
            return tr("Reminders while Altitude is closed are off.")
        if outcome.way is Way.SYSTEMD and not outcome.enabled:
            return tr(
                "The reminder timer is written but systemd did not start it: run "
                "“systemctl --user enable --now altitude-remind.timer”."
            )
        return tr("Altitude will remind you on {0}, even when it is closed.").format(
            self.day_name()
        )
