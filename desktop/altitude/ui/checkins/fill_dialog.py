"""Fill a check-in from a calendar or time tracker export: choose the file, see the week.

The dialog reads one week (``service.preview_week``) and lists every entry under
Execution, Strategy, Unclassified or Skipped (and why). A one-click classification of an
unclassified entry proposes a rule; "Keep this rule" saves it (undoable) and reads the
week again. "Fill" hands the week back to the check-in dialog, which puts the hours in;
nothing is saved until the user saves the check-in, which also remembers the file as a
source ("Refresh from Work calendar" next week) and keeps what the week showed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from altitude.domain.metrics import format_hours
from altitude.domain.weeks import IsoWeek
from altitude.domain.worktime.rules import RuleMode, hours
from altitude.domain.worktime.stored import DateOrder, TimeRule, TimeSource, TimeSourceKind
from altitude.errors import AltitudeError
from altitude.services.time.week import Fill, WeekEntry, WeekPreview, WeekRequest
from altitude.ui.checkins.fill_lists import EntryGroups, RuleProposal, mode_text
from altitude.ui.checkins.time_texts import TimeFigures, figure_lines
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.fields import ErrorLabel, caption, error_text, heading
from altitude.ui.shared.week_picker import week_dates

FILE_FILTERS = "Calendars and trackers (*.ics *.csv *.json *.txt);;All files (*)"


def tr(text: str) -> str:
    return QCoreApplication.translate("FillDialog", text)


KIND_NAMES = {
    "ics": "iCalendar (.ics)",
    "toggl": "Toggl Track CSV",
    "clockify": "Clockify CSV",
    "timewarrior": "Timewarrior JSON",
    "harvest": "Harvest CSV",
}


@dataclass(frozen=True, slots=True)
class FillResult:
    """What "Fill" hands the check-in: the week read, what goes into the fields, and the
    source to remember when the check-in is saved."""

    preview: WeekPreview
    fill: Fill
    source: TimeSource
    item_ids: dict[str, int]


def source_request(ctx: AppContext, source: TimeSource, detect: bool = False) -> WeekRequest:
    """How a remembered source is read: its own options, the stored rules and settings
    (``detect``: the kind is told from the file's content)."""
    settings = ctx.state.settings
    return WeekRequest(
        Path(source.path),
        kind=None if detect else source.kind.value,
        zone=source.zone or settings.time_zone or None,
        me=(*settings.my_addresses, *source.me),
        rules=ctx.service.stored_rules(),
        date_order=source.date_order.value or None,
        focus_words=settings.focus_words,
    )


def read_result(
    ctx: AppContext, source: TimeSource, week: IsoWeek, detect: bool = False
) -> FillResult:
    """Read ``week`` of ``source``; raises AltitudeError (missing file, bad file)."""
    from altitude.services.time.requests import item_ids
    from altitude.services.time.week import fill_of

    request = source_request(ctx, source, detect)
    preview = ctx.service.preview_week(request, week)
    try:
        ids = item_ids(request.rules, ctx.state.items)
    except AltitudeError:  # a rule's item is gone: no per-item split, the hours still fill
        ids = {}
    kind = TimeSourceKind(preview.kind)
    return FillResult(preview, fill_of(preview.hours, ids), _with_kind(source, kind), ids)


def _with_kind(source: TimeSource, kind: TimeSourceKind) -> TimeSource:
    return replace(source, kind=kind)


class FillDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        week: IsoWeek,
        source: TimeSource | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.week = week
        self.source = source
        self.result_: FillResult | None = None
        self.setObjectName("fillDialog")
        self.setWindowTitle(tr("Fill from calendar or tracker — {0}").format(week_dates(week)))

        self.path = QLineEdit(source.path if source else "")
        self.path.setReadOnly(True)
        self.path.setAccessibleName(tr("File"))
        self.path.setPlaceholderText(tr("No file chosen yet"))
        self.choose = QPushButton(tr("Choose file…"))
        self.choose.setAccessibleName(tr("Choose a calendar or tracker file"))
        self.choose.clicked.connect(self.choose_file)
        self.name = QLineEdit(source.name if source else "")
        self.name.setAccessibleName(tr("Name of this source"))
        self.name.setPlaceholderText(tr("e.g. Work calendar"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(tr("Kind of file"))
        self.kind.addItem(tr("Tell from the file"), None)
        for kind, label in KIND_NAMES.items():
            self.kind.addItem(label, kind)
        if source is not None:
            self.kind.setCurrentIndex(self.kind.findData(source.kind.value))
        settings = ctx.state.settings
        self.zone = QLineEdit((source.zone if source else "") or settings.time_zone or _system())
        self.zone.setAccessibleName(tr("Time zone"))
        self.zone.setToolTip(tr("Weeks begin on Monday 00:00 in this zone, e.g. Europe/Berlin"))
        addresses = [*settings.my_addresses, *(source.me if source else ())]
        self.me = QLineEdit(", ".join(addresses))
        self.me.setAccessibleName(tr("Your e-mail addresses"))
        self.me.setToolTip(tr("To tell invitations you declined and who else was in a meeting"))
        self.date_order = QComboBox()
        self.date_order.setAccessibleName(tr("Date order in the file"))
        orders = (
            ("", tr("Tell from the file")),
            ("dmy", tr("day/month/year")),
            ("mdy", tr("month/day/year")),
            ("ymd", tr("year-month-day")),
        )
        for order, label in orders:
            self.date_order.addItem(label, order)
        if source is not None:
            self.date_order.setCurrentIndex(self.date_order.findData(source.date_order.value))
        self.read_button = QPushButton(tr("Read again"))
        self.read_button.setAccessibleName(tr("Read the file again with these options"))
        self.read_button.clicked.connect(self.read)

        self.error = ErrorLabel()
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.totals.setAccessibleName(tr("The week's hours from the file"))
        self.figures = caption("")
        self.figures.setAccessibleName(tr("What the file shows beyond the hours"))
        self.proposal = RuleProposal()
        self.proposal.keep.connect(self.keep_rule)
        self.groups = EntryGroups()
        self.groups.classify.connect(self.propose)
        self._build_layout()
        if source is not None:
            self.read()

    def _build_layout(self) -> None:
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.choose)
        form = QFormLayout()
        labels: dict[str, QLabel] = {}
        rows: tuple[tuple[str, str, QWidget], ...] = (
            ("file", tr("&File"), self.path),
            ("name", tr("&Name"), self.name),
            ("kind", tr("&Kind"), self.kind),
            ("me", tr("&Your addresses"), self.me),
        )
        for name, text, buddy in rows:
            labels[name] = QLabel(text)
            labels[name].setBuddy(buddy)
        form.addRow(labels["file"], file_row)
        form.addRow(labels["name"], self.name)
        options = QHBoxLayout()
        options.addWidget(self.kind)
        zone_label = QLabel(tr("&Zone"))
        zone_label.setBuddy(self.zone)
        options.addWidget(zone_label)
        options.addWidget(self.zone)
        dates_label = QLabel(tr("&Dates"))
        dates_label.setBuddy(self.date_order)
        options.addWidget(dates_label)
        options.addWidget(self.date_order)
        options.addWidget(self.read_button)
        form.addRow(labels["kind"], options)
        form.addRow(labels["me"], self.me)

        body = QWidget()
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 8, 0)
        inner.addWidget(self.groups)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)

        buttons = QDialogButtonBox()
        self.fill_button = buttons.addButton(tr("Fill"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.fill_button.setProperty("role", "primary")
        self.fill_button.setAccessibleName(tr("Fill the check-in with these hours"))
        self.fill_button.setEnabled(False)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Your week of {0} from a file").format(week_dates(self.week))))
        layout.addWidget(caption(tr(
            "Export your calendar (.ics) or time tracker (Toggl, Clockify, Timewarrior, "
            "Harvest) and choose the file. Nothing leaves this computer, and nothing is "
            "saved until you save the check-in.")))  # fmt: skip
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.totals)
        layout.addWidget(self.figures)
        layout.addWidget(self.proposal)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(760, 720)

    # ------------------------------------------------------------ reading
    def choose_file(self) -> None:
        path = self.ctx.dialogs.open_path(
            tr("Choose a calendar or tracker export"), tr(FILE_FILTERS)
        )
        if path is None:
            return
        self.path.setText(str(path))
        if not self.name.text().strip() or self.source is None:
            self.name.setText(path.stem[:60])
        self.kind.setCurrentIndex(0)  # a new file: tell its kind from it
        self.read()

    def source_draft(self) -> TimeSource:
        kind = self.kind.currentData()
        path = self.path.text().strip()
        return TimeSource(
            name=self.name.text().strip()[:60] or Path(path).stem[:60] or tr("Calendar"),
            kind=TimeSourceKind(kind) if kind else TimeSourceKind.ICS,
            path=path,
            zone=self.zone.text().strip(),
            me=tuple(a.strip() for a in self.me.text().split(",") if a.strip()),
            date_order=DateOrder(self.date_order.currentData()),
            last_read=self.source.last_read if self.source else None,
            id=self.source.id if self.source and self.source.path == path else None,
        )

    def read(self) -> bool:
        """Read the week with the options shown; a refusal says why and keeps nothing."""
        if not self.path.text().strip():
            return False
        draft = self.source_draft()
        try:
            result = read_result(self.ctx, draft, self.week, self.kind.currentData() is None)
        except AltitudeError as exc:
            self.result_ = None
            self.error.show_error(error_text(exc))
            self.totals.setText("")
            self.figures.setText("")
            self.fill_button.setEnabled(False)
            return False
        self.error.show_error(None)
        self.result_ = result
        self.kind.setCurrentIndex(self.kind.findData(result.preview.kind))
        self._show(result)
        return True

    def _show(self, result: FillResult) -> None:
        week, fill = result.preview.hours, result.fill
        parts = [
            tr("Execution {0}").format(format_hours(fill.execution_hours)),
            tr("Strategy {0}").format(format_hours(fill.strategy_hours)),
        ]
        if week.unclassified:
            parts.append(tr("Unclassified {0}").format(format_hours(hours(week.unclassified))))
        text = " · ".join(parts)
        if week.unclassified:
            text += "\n" + tr(
                "Unclassified hours are not filled: classify them below, or add them by hand."
            )
        if fill.item_hours:
            text += "\n" + tr("Every hour has an inventory item: the split by item is filled too.")
        self.totals.setText(text)
        self.figures.setText("  ·  ".join(figure_lines(TimeFigures.of_week(week))))
        self.groups.show_week(result.preview)
        self.fill_button.setEnabled(week.counted > 0)

    # ------------------------------------------------------------ rules
    def propose(self, row: WeekEntry, mode: RuleMode) -> None:
        self.proposal.propose(row.title, mode, self.ctx.state.items)

    def keep_rule(self, words: tuple[str, ...], mode: RuleMode, item_id: int | None) -> None:
        from altitude.domain.worktime.stored import clean_words

        rule = TimeRule(words=clean_words(words), mode=mode, item_id=item_id)
        text = tr("Time rule: {0} → {1}").format(", ".join(rule.words), mode_text(mode))
        if self.ctx.perform(text, lambda: self.ctx.service.add_time_rule(rule)):
            self.proposal.hide()
            self.read()

    # ------------------------------------------------------------ result
    def fill_result(self) -> FillResult | None:
        return self.result_

    def accept(self) -> None:
        if self.result_ is not None:
            super().accept()


def _system() -> str:
    from altitude.timeimport.zones import system_zone_name

    return system_zone_name() or ""
