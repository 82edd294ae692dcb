"""Write or revise the narrative: every part of the kernel, the hints live as you type.

Prefilled from the latest version; saving writes a NEW version dated today (the old ones
stay, so the arc and the diff can show them), through the page's ``ctx.perform`` — one
undoable step. Saving the same words again is allowed on purpose: "it still holds" is a
monthly revisit too, and it is what stops the check-in asking. Nothing is saved on bad
input: the service's rules (``narrative_problem``: the record's limits and links that
still exist) are shown beside their fields.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from altitude.domain.arcs.narrative import NarrativeVersion
from altitude.domain.entities import PlanState
from altitude.domain.records import problems
from altitude.ui.narrative.action_rows import ActionList
from altitude.ui.narrative.kernel_view import hint_label
from altitude.ui.narrative.wording import hints_by_part, hours_text, part_question, part_title, tr
from altitude.ui.shared.fields import (
    ErrorLabel,
    PlainTextField,
    caption,
    clear_layout,
    date_edit,
    heading,
    picked_day,
)

Save = Callable[[NarrativeVersion], bool]  # True when saved; the dialog closes then
Hours = Callable[[NarrativeVersion], list[float]]
Problems = Callable[[NarrativeVersion], dict[str, str]]  # by field; the service's own rules


def blank_version(today: date) -> NarrativeVersion:
    return NarrativeVersion(
        written_on=today, diagnosis="", guiding_policy="", will_not=(), actions=(),
        press_release="",
    )  # fmt: skip


def _box(accessible: str, placeholder: str, lines: int) -> PlainTextField:
    box = PlainTextField()
    box.setAccessibleName(accessible)
    box.setPlaceholderText(placeholder)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class NarrativeEditor(QDialog):
    """``start`` is the latest version (or a blank one); ``save`` gets the new version."""

    def __init__(
        self,
        state: PlanState,
        today: date,
        start: NarrativeVersion,
        save: Save,
        hours_of: Hours,
        horizon: date | None = None,
        parent: QWidget | None = None,
        check: Problems = problems,
    ) -> None:
        super().__init__(parent)
        self._check = check
        self.today = today
        self.original = start
        self._save = save
        self._hours_of = hours_of
        first = start.id is None
        self.setWindowTitle(tr("Write your narrative") if first else tr("Revise the narrative"))
        self.diagnosis = _box(
            part_title("diagnosis"),
            tr("e.g. Two teams ship the same checkout twice, and nobody owns the overlap."),
            3,
        )
        self.guiding_policy = _box(
            part_title("guiding_policy"),
            tr("e.g. One checkout, owned by one team; the other moves to payments."),
            3,
        )
        self.will_not = _box(
            part_title("will_not"), tr("One per line, e.g. Take on new markets this year"), 3
        )
        self.action_list = ActionList(state, start.actions)
        self.press_release = _box(
            part_title("press_release"),
            tr("e.g. “Checkout now ships weekly, and customers notice…”"),
            4,
        )
        self.release_on = date_edit(
            tr("Date of the press release"), start.release_on or horizon or today
        )
        self.errors = {name: ErrorLabel(widget) for name, widget in self._fields().items()}
        self.hint_boxes: dict[str, QVBoxLayout] = {}
        self.shown_hints: dict[str, list[str]] = {}
        self.diagnosis.setPlainText(start.diagnosis)
        self.guiding_policy.setPlainText(start.guiding_policy)
        self.will_not.setPlainText("\n".join(start.will_not))
        self.press_release.setPlainText(start.press_release)
        self._lay_out()
        for box in (self.diagnosis, self.guiding_policy, self.will_not, self.press_release):
            box.textChanged.connect(self.refresh_hints)
        self.action_list.changed.connect(self.refresh_hints)
        self.refresh_hints()
        self.diagnosis.setFocus()
        self.resize(820, 700)

    def _fields(self) -> dict[str, QWidget]:
        return {
            "diagnosis": self.diagnosis,
            "guiding_policy": self.guiding_policy,
            "will_not": self.will_not,
            "actions": self.action_list,
            "press_release": self.press_release,
        }

    def _lay_out(self) -> None:
        body = QWidget()
        form = QVBoxLayout(body)
        form.addWidget(
            caption(
                tr(
                    "Rumelt's kernel: what is really going on, how you will deal with it, and "
                    "a few actions that carry it out. Hints appear as you write; none of them "
                    "stops you saving. Saving keeps this as a new version: earlier ones stay."
                )
            )
        )
        for part, widget in self._fields().items():
            title = heading(part_title(part))
            title.setBuddy(widget)
            form.addSpacing(6)
            form.addWidget(title)
            form.addWidget(caption(part_question(part)))
            if part == "press_release":
                dated = QLabel(tr("Dated:"))
                dated.setBuddy(self.release_on)
                form.addWidget(dated)
                form.addWidget(self.release_on)
            form.addWidget(widget)
            form.addWidget(self.errors[part])
            hints = QVBoxLayout()
            self.hint_boxes[part] = hints
            if part != "actions":  # the action list places its own hints
                form.addLayout(hints)
        form.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setAccessibleName(tr("The narrative's parts"))
        scroll.setWidget(body)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(tr("Save as a new version"))
        self.save_button.setAccessibleName(self.save_button.text())
        self.save_button.setToolTip(tr("Keep this as today's version (Ctrl+Enter)"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self).activated.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)

    # ------------------------------------------------------------ reading
    def version(self) -> NarrativeVersion:
        """The new version as the fields say, dated today."""
        lines = (" ".join(x.split()) for x in self.will_not.toPlainText().splitlines())
        release = self.press_release.toPlainText().strip()
        return NarrativeVersion(
            written_on=self.today,
            diagnosis=self.diagnosis.toPlainText().strip(),
            guiding_policy=self.guiding_policy.toPlainText().strip(),
            will_not=tuple(x for x in lines if x),
            actions=self.action_list.written(),
            press_release=release,
            release_on=picked_day(self.release_on) if release else None,
        )

    def hours(self, version: NarrativeVersion) -> list[float]:
        return self._hours_of(version)

    def refresh_hints(self) -> None:
        """The hints of the draft, beside the parts they concern."""
        draft = self.version()
        hours = self.hours(draft)
        found = hints_by_part(draft, hours)
        self.shown_hints = found
        for part, box in self.hint_boxes.items():
            if part == "actions":
                continue
            clear_layout(box)
            for text in found.get(part, []):
                box.addWidget(hint_label(text))

        def per_row(index: int) -> tuple[str, list[str]]:
            return hours_text(hours[index]), found.get(f"action:{index}", [])

        self.action_list.show_hints(found.get("actions", []), per_row)

    def hint_texts(self) -> list[str]:
        """Every hint shown now, in the kernel's order (for tests and screen readers)."""
        return [text for texts in self.shown_hints.values() for text in texts]

    def problems(self, version: NarrativeVersion) -> dict[str, str]:
        found = dict(self._check(version))
        linked_but_unnamed = any(
            not r.action().action for r in self.action_list.filled()
        )  # a row with links and no words
        if linked_but_unnamed:  # more to the point than the record's own message
            found["actions"] = tr("Say each action in a few words (or remove its row).")
        return found

    def show_errors(self, errors: dict[str, str]) -> None:
        for name, label in self.errors.items():
            label.show_error(errors.get(name))

    def accept(self) -> None:
        """Save a new version and close; else say what to fix beside each field."""
        version = self.version()
        errors = self.problems(version)
        self.show_errors(errors)
        if errors:
            return
        if self._save(version):
            super().accept()
