"""The weekly check-in: a two-minute ritual, and the place to correct a past week.

Hours on execution and strategy (optionally split by inventory item), the delegations
due for a check-in, and one or two reflection prompts. Delegated work logged again
(a boomerang) shows at once and brings its own question. Saving is one undoable edit.

``open_checkin`` runs the dialog modally (toolbar, menu); ``show_checkin`` opens it
without blocking (banner, pages) and returns it.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from altitude.domain.entities import WeeklyCheckIn
from altitude.domain.guidance.motive import motive_check
from altitude.domain.metrics import Boomerang, delegations_due
from altitude.domain.validation import validate_checkin
from altitude.domain.weeks import IsoWeek
from altitude.ui.checkins.delegations import DelegationsDueSection
from altitude.ui.checkins.fill_bar import FillBar, came_back_message
from altitude.ui.checkins.fill_dialog import FillResult
from altitude.ui.checkins.growth_due import GrowthDueSection
from altitude.ui.checkins.hints import hours_hint, owner_hints
from altitude.ui.checkins.hours import HoursSection
from altitude.ui.checkins.items import ItemHoursSection
from altitude.ui.checkins.prompts import ReflectionSection, choose_prompts, prompt_key
from altitude.ui.checkins.save import (
    checkin_date,
    delegation_log_errors,
    imported_item_hours,
    save_checkin,
    save_with_import,
)
from altitude.ui.narrative.due_line import NarrativeDueLine
from altitude.ui.shared.boomerang_text import boomerang_message
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.fields import ErrorLabel, PlainTextField, caption, heading
from altitude.ui.shared.week_picker import WeekPicker, week_dates


class CheckinDialog(QDialog):
    def __init__(
        self, ctx: AppContext, week: IsoWeek | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.week = week or IsoWeek.of(ctx.today())
        self.setWindowTitle(self.tr("Weekly check-in"))
        self.setObjectName("checkinDialog")

        self.picker = WeekPicker()
        self.picker.week_chosen.connect(self._week_chosen)
        self.hours = HoursSection()
        self.hours_hint = caption("")
        self.items = ItemHoursSection()
        self.items.use_split.connect(
            lambda split: self.hours.set_values(split.execution_hours, split.strategy_hours)
        )
        self.fill_bar = FillBar(ctx)
        self.fill_bar.filled.connect(self.apply_fill)
        self.fill_bar.undo_requested.connect(self.undo_fill)
        self._fill: FillResult | None = None  # the fill in the fields, saved with the week
        self._before_fill: tuple[float, float, tuple[tuple[int, float], ...]] | None = None
        self.delegations = DelegationsDueSection()
        self.growth_due = GrowthDueSection(ctx)  # decisions to review, follow-ups due
        self.narrative_due = NarrativeDueLine(ctx)  # the monthly revisit, when due
        self.reflections = ReflectionSection()
        self.note = PlainTextField()
        self.note.setAccessibleName(self.tr("Note for the week"))
        self.note.setPlaceholderText(self.tr("Anything worth remembering about this week"))
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 3 + 14)
        self.note_error = ErrorLabel(self.note)
        self._build_layout()

        self.hours.changed.connect(self._refresh)
        self.items.changed.connect(self._refresh)
        self._pulled_back: tuple[bool, bool] | None = None  # what the prompts follow
        self._baseline: WeeklyCheckIn | None = None
        self._saved_prompts: list[str] = []
        self._loading = False
        self.load_week(self.week)

    # ------------------------------------------------------------ layout
    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Weekly check-in")))
        top.addStretch(1)
        week_label = QLabel(self.tr("&Week"))
        week_label.setBuddy(self.picker)
        top.addWidget(week_label)
        top.addWidget(self.picker)

        body = QWidget()
        form = QVBoxLayout(body)
        form.setContentsMargins(4, 0, 12, 0)
        form.setSpacing(6)
        form.addWidget(heading(self.tr("Where did your hours go?")))
        form.addWidget(self.fill_bar)
        form.addWidget(self.hours)
        form.addWidget(self.hours_hint)
        form.addWidget(self.items)
        form.addSpacing(8)
        form.addWidget(heading(self.tr("Delegations due for a check-in")))
        form.addWidget(self.delegations)
        form.addSpacing(8)
        form.addWidget(self.growth_due)
        form.addWidget(self.narrative_due)
        form.addSpacing(8)
        form.addWidget(heading(self.tr("Reflect")))
        form.addWidget(self.reflections)
        form.addSpacing(8)
        note_label = heading(self.tr("&Note (optional)"))
        note_label.setBuddy(self.note)
        form.addWidget(note_label)
        form.addWidget(self.note)
        form.addWidget(self.note_error)
        form.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save check-in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setProperty("role", "primary")
        self.save_button.setToolTip(self.tr("Save this week (Ctrl+Enter)"))
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        save_shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        save_shortcut.activated.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(caption(self.tr(
            "Two minutes: where your week went, who you checked in with, and one thought "
            "to take into next week.")))  # fmt: skip
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(700, 780)

    # ------------------------------------------------------------ loading
    def load_week(self, week: IsoWeek) -> None:
        """Show ``week``: its saved values when it was logged, a blank week otherwise."""
        self.week = week
        self._loading = True  # one refresh at the end, not one per field
        state = self.ctx.state
        existing = state.checkin(week)
        plan_start = IsoWeek.of(state.plan.start_date) if state.plan else week
        first = min([plan_start, *(c.week for c in state.checkins)])
        self.picker.set_weeks(first, self.ctx.today(), (c.week for c in state.checkins), week)
        self.setWindowTitle(self.tr("Weekly check-in — {0}").format(week_dates(week)))

        owners = {p.id: p.name for p in state.people if p.id is not None}
        self.hours.set_values(
            existing.execution_hours if existing else 0.0,
            existing.strategy_hours if existing else 0.0,
        )
        self.hours_hint.setText(hours_hint(state, week))
        self.items.set_items(
            state.items, dict(existing.item_hours) if existing else {}, owner_hints(state, owners)
        )
        self.delegations.set_delegations(delegations_due(state.delegations, week.day(6)), owners)
        self.growth_due.load()
        self.reflections.reset(
            {a.prompt: a.answer for a in existing.answers} if existing else {},
            motive_check(state, week),
        )
        self._saved_prompts = [a.prompt for a in existing.answers] if existing else []
        self.note.set_text_quietly(existing.note if existing else "")
        self._pulled_back = None
        self._fill = self._before_fill = None
        self.fill_bar.set_week(week)
        self._loading = False
        self._show_errors({}, {})
        self._refresh()
        self._baseline = self.draft()
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        """Top to bottom, as the fields are seen: rows made after the dialog came last."""
        chain: list[QWidget] = [self.picker, self.fill_bar.fill_button]
        chain += [self.fill_bar.refresh_button, self.fill_bar.undo_button]
        chain += [self.hours.execution, self.hours.strategy]
        chain += [self.items.toggle, *self.items.boxes(), self.items.fill]
        for row in self.delegations.rows:
            chain += [row.done, row.note, row.on_track]
        chain += self.growth_due.buttons() + self.narrative_due.buttons()
        chain += [*self.reflections.tab_chain(), self.note, self.save_button]
        chain.append(self.cancel_button)
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # ------------------------------------------------------------ the draft
    def draft(self) -> WeeklyCheckIn:
        split = self.hours.split()
        return WeeklyCheckIn(
            week=self.week,
            execution_hours=split.execution_hours,
            strategy_hours=split.strategy_hours,
            item_hours=self.items.item_hours(),
            note=self.note.toPlainText().strip(),
            answers=self.reflections.answers(),
        )

    def is_dirty(self) -> bool:
        return self.draft() != self._baseline or bool(self.delegations.logs())

    def _item_ids(self) -> list[int]:
        return [i.id for i in self.ctx.state.items if i.id is not None]

    def _refresh(self) -> None:
        """Live: the item totals against the week, boomerangs, and the prompts they bring."""
        if self._loading:
            return
        draft = self.draft()
        errors = validate_checkin(draft, self._item_ids())
        items_total = sum(hours for _, hours in draft.item_hours)
        self.items.show_totals(items_total, draft.total_hours, "item_hours" not in errors)
        if "item_hours" not in errors:
            self.items.show_error(None)  # a message from a refused save goes once it is fixed
        self.hours.show_errors(errors)
        found = self.ctx.service.boomerangs(draft)
        imported = [
            b for b in self._imported_boomerangs() if b.item_id not in {f.item_id for f in found}
        ]
        self.items.show_boomerangs(
            [boomerang_message(b) for b in found] + [came_back_message(b) for b in imported]
        )
        pulled_back = bool(found or imported)
        key = prompt_key(self.ctx.service, draft, pulled_back)
        if key != self._pulled_back:
            self._pulled_back = key
            prompts = choose_prompts(
                self.ctx.service,
                draft,
                self._saved_prompts,
                pulled_back,
                self.reflections.typed_prompts(),
            )
            self.reflections.set_prompts(prompts)
            self._set_tab_order()

    # ------------------------------------------------------------ imported time
    def _imported_boomerangs(self) -> list[Boomerang]:
        """Work that came back, seen in imported time: the fill's, else what was saved."""
        service = self.ctx.service
        if self._fill is not None:
            pairs = imported_item_hours(self._fill.preview.hours, self._fill.item_ids)
            return service.boomerangs_in(self.week, pairs)
        saved = self.ctx.state.imported_week(self.week)
        return service.boomerangs_in(self.week, saved.item_hours) if saved else []

    def apply_fill(self, result: FillResult) -> None:
        """Put a fill's hours (and its split by item, when complete) into the fields."""
        if self._before_fill is None:
            split = self.hours.split()
            self._before_fill = (
                split.execution_hours, split.strategy_hours, self.items.item_hours(),
            )  # fmt: skip
        self._fill = result
        fill = result.fill
        self._loading = True
        self.hours.set_values(fill.execution_hours, fill.strategy_hours)
        if fill.item_hours:
            self.items.set_hours(dict(fill.item_hours))
        self._loading = False
        self.fill_bar.show_filled(result, [])  # what came back shows in the items banner
        self._pulled_back = None  # the prompts follow what came back
        self._refresh()

    def undo_fill(self) -> None:
        """Put back what the fields held before the fill."""
        if self._before_fill is None:
            return
        execution, strategy, item_hours = self._before_fill
        self._loading = True
        self.hours.set_values(execution, strategy)
        self.items.set_hours(dict(item_hours))
        self._loading = False
        self._fill = self._before_fill = None
        self.fill_bar.show_unfilled()
        self._pulled_back = None
        self._refresh()

    # ------------------------------------------------------------ week and save
    def _week_chosen(self, week: IsoWeek) -> None:
        if week == self.week:
            return
        if self.is_dirty() and not self.ctx.dialogs.confirm(
            self.tr("Switch weeks?"),
            self.tr("What you entered for {0} is not saved yet. Leave it?").format(self.week),
        ):
            self.picker.select(self.week)
            return
        self.load_week(week)

    def _show_errors(self, errors: dict[str, str], log_errors: dict[int, str]) -> None:
        self.hours.show_errors(errors)
        self.items.show_error(errors.get("item_hours"))
        self.reflections.show_error(errors.get("answers"))
        self.note_error.show_error(errors.get("note"))
        self.delegations.show_errors(log_errors)

    def problems(self) -> list[str]:
        """Every message shown next to a field right now."""
        labels = self.findChildren(ErrorLabel)
        return [label.message() for label in labels if label.message()]

    def accept(self) -> None:
        """Save, or show what is wrong next to the fields and save nothing."""
        draft = self.draft()
        on = checkin_date(draft, self.ctx.today())
        logs = self.delegations.logs()
        errors = validate_checkin(draft, self._item_ids())
        log_errors = delegation_log_errors(logs, self.ctx.state.delegations, on)
        self._show_errors(errors, log_errors)
        if errors or log_errors:
            return
        if (
            self._fill is None
            and not self.is_dirty()
            and self.ctx.state.checkin(self.week) is not None
        ):
            super().accept()  # nothing changed: no empty step on the undo stack
            return
        if self._fill is not None:
            saved = save_with_import(self.ctx, draft, logs, on, self._fill)
        else:
            saved = save_checkin(self.ctx, draft, logs, on)
        if saved:
            super().accept()


def show_checkin(
    ctx: AppContext, parent: QWidget | None = None, week: IsoWeek | None = None
) -> CheckinDialog:
    """Open the check-in without blocking; it is deleted once closed."""
    dialog = CheckinDialog(ctx, week, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def open_checkin(
    ctx: AppContext, parent: QWidget | None = None, week: IsoWeek | None = None
) -> bool:
    """Run the check-in modally; True when a week was saved."""
    dialog = CheckinDialog(ctx, week, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
