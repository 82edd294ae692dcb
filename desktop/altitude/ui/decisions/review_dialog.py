"""Review a decision: what happened, whether the forecast came true, and — rated apart —
how it turned out and how you decided (Annie Duke: judging a decision by its outcome
alone is "resulting"). The cell of her 2x2 the answers land in is shown as you choose.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from altitude.domain.growth.decision_rules import validate_journal_entry
from altitude.domain.growth.decisions import JournalEntry, JournalReview, Quality
from altitude.ui.decisions.texts import cell_gloss, cell_title, quality_label
from altitude.ui.shared.fields import (
    ErrorLabel,
    PlainTextField,
    caption,
    date_edit,
    format_day,
    heading,
    picked_day,
    to_qdate,
    with_error,
)


class _Choice(QWidget):
    """Two or more radio buttons in a row, none chosen at first."""

    def __init__(self, accessible: str, labels: list[str]) -> None:
        super().__init__()
        self.group = QButtonGroup(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[QRadioButton] = []
        for number, text in enumerate(labels):
            button = QRadioButton(text)
            button.setAccessibleName(f"{accessible}: {text}")
            self.group.addButton(button, number)
            layout.addWidget(button)
            self.buttons.append(button)
        layout.addStretch(1)

    def chosen(self) -> int | None:
        found = self.group.checkedId()
        return None if found < 0 else found

    def choose(self, number: int) -> None:
        self.buttons[number].setChecked(True)


_QUALITIES = (Quality.GOOD, Quality.POOR)


class ReviewDialog(QDialog):
    def __init__(
        self,
        entry: JournalEntry,
        today: date,
        save: Callable[[JournalReview], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        tr = self.tr
        self.entry = entry
        self._save = save
        self.setWindowTitle(tr("Review a decision"))
        what = QLabel(
            tr("“{0}”, decided {1}. You expected: {2} by {3} ({4}% sure).").format(
                entry.decision,
                format_day(entry.decided_on),
                entry.expected,
                format_day(entry.expected_by),
                entry.confidence,
            )
        )
        what.setWordWrap(True)
        what.setTextFormat(Qt.TextFormat.PlainText)
        what.setAccessibleName(tr("The decision and its forecast"))
        self.reviewed_on = date_edit(tr("Reviewed on"), today)
        self.what_happened = PlainTextField()
        self.what_happened.setAccessibleName(tr("What happened"))
        self.what_happened.setPlaceholderText(tr("The facts, as they turned out"))
        self.what_happened.setFixedHeight(80)
        self.came_true = _Choice(tr("Did it come true"), [tr("Yes"), tr("No")])
        self.outcome = _Choice(tr("Outcome"), [quality_label(q) for q in _QUALITIES])
        self.process = _Choice(tr("Process"), [quality_label(q) for q in _QUALITIES])
        self.cell = caption("")
        self.cell.setAccessibleName(tr("What the two ratings together say"))
        self.errors = {n: ErrorLabel() for n in ("came_true", "outcome", "process", "reviews")}
        self.errors["reviews"].field = self.reviewed_on
        for choice in (self.outcome, self.process):
            choice.group.idToggled.connect(lambda _id, _on: self._show_cell())
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(tr("Reviewed on"), with_error(self.reviewed_on, self.errors["reviews"]))
        form.addRow(tr("What happened"), self.what_happened)
        form.addRow(
            tr("Did what you expected happen?"),
            with_error(self.came_true, self.errors["came_true"]),
        )
        form.addRow(tr("How did it turn out?"), with_error(self.outcome, self.errors["outcome"]))
        form.addRow(tr("How did you decide?"), with_error(self.process, self.errors["process"]))
        form.addRow(
            "",
            caption(
                tr(
                    "Judge how you decided by what you knew then, not by how it turned out: "
                    "a good decision can meet bad luck."
                )
            ),
        )
        form.addRow("", self.cell)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Save)
        ok.setText(tr("Save review"))
        ok.setAccessibleName(tr("Save review"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Look back")))
        layout.addWidget(what)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        review = entry.review
        if review is not None:  # rewriting the one review: start from it
            self.reviewed_on.setDate(to_qdate(review.reviewed_on))
            self.what_happened.setPlainText(review.what_happened)
            self.came_true.choose(0 if review.came_true else 1)
            self.outcome.choose(_QUALITIES.index(review.outcome_quality))
            self.process.choose(_QUALITIES.index(review.process_quality))
        self._show_cell()
        self.what_happened.setFocus()
        self.resize(620, 480)

    def _show_cell(self) -> None:
        outcome, process = self.outcome.chosen(), self.process.chosen()
        if outcome is None or process is None:
            self.cell.setText(self.tr("Rate both to see which of Annie Duke's four cells it is."))
            return
        p, o = _QUALITIES[process], _QUALITIES[outcome]
        gloss = cell_gloss(p, o)
        self.cell.setText(
            self.tr("{0}: Annie Duke calls this “{1}”.").format(
                gloss[:1].upper() + gloss[1:], cell_title(p, o).lower()
            )
        )

    def review(self) -> JournalReview | None:
        came, outcome, process = (
            self.came_true.chosen(),
            self.outcome.chosen(),
            self.process.chosen(),
        )
        if came is None or outcome is None or process is None:
            return None
        return JournalReview(
            reviewed_on=picked_day(self.reviewed_on),
            came_true=came == 0,
            outcome_quality=_QUALITIES[outcome],
            process_quality=_QUALITIES[process],
            what_happened=self.what_happened.toPlainText().strip(),
        )

    def accept(self) -> None:
        tr = self.tr
        errors = {
            "came_true": tr("Say whether what you expected happened.")
            if self.came_true.chosen() is None
            else None,
            "outcome": tr("Rate the outcome good or poor.")
            if self.outcome.chosen() is None
            else None,
            "process": tr("Rate how you decided good or poor.")
            if self.process.chosen() is None
            else None,
        }
        review = self.review()
        if review is not None:
            checked = validate_journal_entry(replace(self.entry, reviews=(review,)))
            errors["reviews"] = checked.get("reviews") or checked.get("reviews.what_happened")
        for name, label in self.errors.items():
            label.show_error(errors.get(name))
        if review is not None and not any(errors.values()) and self._save(review):
            super().accept()
