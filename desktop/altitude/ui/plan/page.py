"""The Plan page: everything the wizard asked, editable, saved as you go.

Each finished edit (Enter, leaving a field, a tick, or a pause after arrow keys and
typing) is checked with the domain's rules. Valid: saved at once through ``ctx.perform``
and undoable. Invalid: the message shows beside the field and nothing is saved.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from altitude.domain.entities import PlanState
from altitude.domain.validation import validate_plan
from altitude.services.catalogue import load_catalogue
from altitude.ui.plan.form import PlanForm
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.fields import Debouncer, caption
from altitude.ui.shared.page_base import Page
from altitude.ui.wizard import PlanWizard, open_plan_wizard

TYPING_PAUSE_MS = 2000


class PlanPage(Page):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.title = self.tr("Plan")
        self._suggestions = load_catalogue().identity
        self.wizard: PlanWizard | None = None
        self.form = PlanForm()
        self.form.changed.connect(self._changed)
        self.form.edited.connect(self.save)
        self._debounce = Debouncer(self)
        self._debounce.fired.connect(self.save)
        self._typing = Debouncer(self, TYPING_PAUSE_MS)  # not one undo step per short pause
        self._typing.fired.connect(self.save)
        self.form.typed.connect(self._typing.poke)

        title = QLabel(self.tr("Your plan"))
        title.setObjectName("pageTitle")
        hint = caption(self.tr("Changes are saved as you make them; Ctrl+Z undoes them."))
        content = QWidget()
        content_box = QVBoxLayout(content)
        content_box.setContentsMargins(20, 16, 20, 16)
        content_box.addWidget(title)
        content_box.addWidget(hint)
        content_box.addWidget(self.form, 1)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Plan details"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)

        self.stack = QStackedWidget()
        self.stack.addWidget(self._empty_state())
        self.stack.addWidget(scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.show_state(ctx.state)

    def _empty_state(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.addStretch(1)
        line = QLabel(
            self.tr(
                "You have no plan yet. Making one takes about five minutes: your move, why "
                "you want to lead, and the split of your week you aim for."
            )
        )
        line.setWordWrap(True)
        line.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.create_button = QPushButton(self.tr("Create a plan…"))
        self.create_button.setProperty("role", "primary")
        self.create_button.setAccessibleName(self.tr("Create a plan"))
        self.create_button.clicked.connect(self.create_plan)
        layout.addWidget(line)
        layout.addSpacing(12)
        layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        return box

    # ------------------------------------------------------------ Page

    def show_state(self, state: PlanState) -> None:
        if state.plan is None:
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        self._debounce.cancel()
        self._typing.cancel()
        self.form.show_plan(state.plan, self._suggestions)

    def new_item(self) -> None:
        """Ctrl+N: with no plan, make one; otherwise add a milestone."""
        if self.ctx.state.plan is None:
            self.create_plan()
        else:
            self.form.milestones.add_button.click()

    # ------------------------------------------------------------ saving

    def create_plan(self) -> None:
        self.wizard = open_plan_wizard(self.ctx, self.window())

    def save(self) -> bool:
        """Save what the form shows, if it is valid and differs. True when saved."""
        self._debounce.cancel()
        self._typing.cancel()
        old = self.ctx.state.plan
        if old is None:
            return False
        new = self.form.plan_from(old)
        problems = validate_plan(new)
        self.form.show_problems(problems)
        if problems or new == old:
            return False
        service = self.ctx.service
        return self.ctx.perform(self.tr("Edit plan"), lambda: service.update_plan(new))

    def _changed(self) -> None:
        state = self.ctx.state
        if state.plan is not None:
            self.form.preview.set_plan(self.form.plan_from(state.plan))
        self._debounce.poke()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        if self._debounce.pending() or self._typing.pending():  # leaving must not lose an edit
            self.save()
        super().hideEvent(event)
