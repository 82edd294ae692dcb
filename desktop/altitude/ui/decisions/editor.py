"""The decision editor: every field of a journal entry, checked by the domain's rules.

Nothing is saved on bad input: ``accept`` checks the entry with the domain's
``validate_journal_entry`` (and, for an existing entry, ``amend``, which keeps the
decision-time fields as written once the review is due), shows each message beside its
field, and only then hands the entry to ``save`` (the page's ``ctx.perform``). Once the
review is due the decision-time fields are read-only: the links stay open and a later
thought is appended (``decision_rules``: hindsight is what a journal exists to catch).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from altitude.domain.entities import PlanState
from altitude.domain.growth.decision_rules import (
    ReviewRules,
    amend,
    default_review_date,
    editable_until,
    kept_as_written,
    validate_journal_entry,
)
from altitude.domain.growth.decisions import (
    PREMORTEM_PROMPT,
    RATIONALE_WORDS,
    REVERSE_PROMPT,
    DelegationLink,
    Door,
    HindsightNote,
    ItemLink,
    JournalEntry,
    PersonLink,
    kind_suggestions,
    rationale_hint,
    word_count,
)
from altitude.domain.records import MAX_TITLE
from altitude.domain.validation import ValidationError
from altitude.ui.decisions.editor_form import EditorForm
from altitude.ui.decisions.texts import door_meaning, review_rule
from altitude.ui.shared.fields import format_day, picked_day, quietly, to_qdate

Save = Callable[[JournalEntry], bool]  # True when saved; the dialog closes then


def blank_entry(today: date, rules: ReviewRules | None = None) -> JournalEntry:
    """A new entry: decided today, a two-way door, the numbers not given yet."""
    review = default_review_date(today, Door.TWO_WAY, rules)
    return JournalEntry(
        decision="",
        kind="",
        door=Door.TWO_WAY,
        decided_on=today,
        review_on=review,
        information=-1,
        chosen="",
        expected="",
        expected_by=review,
        confidence=-1,
        options=(),
    )


class DecisionEditor(QDialog):
    """Log a decision (``entry.id`` None) or edit one; ``save`` is called on a valid OK."""

    def __init__(
        self,
        state: PlanState,
        today: date,
        entry: JournalEntry,
        save: Save,
        *,
        rules: ReviewRules | None = None,
        reverse_prompt: str = REVERSE_PROMPT,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.original = entry
        self.saved_id: int | None = None  # a new entry's id, once saved
        self.today = today
        self.rules = rules or ReviewRules()
        self._save = save
        self.locked = entry.id is not None and kept_as_written(entry, today)
        self.setWindowTitle(self.tr("Log a decision") if entry.id is None else self.tr("Decision"))
        self.f = EditorForm(state, entry, reverse_prompt, PREMORTEM_PROMPT)
        f = self.f
        self._review_touched = entry.id is not None  # an existing date is the user's own
        f.kind.addItems(kind_suggestions(state.journal))
        self._fill(entry)
        f.door_group.idToggled.connect(self._door_toggled)
        f.decided_on.dateChanged.connect(lambda _d: self._dates_changed())
        f.review_on.dateChanged.connect(self._review_edited)
        f.options.textChanged.connect(self._options_changed)
        f.rationale.textChanged.connect(self._count_words)
        self.kept = QLabel(
            self.tr(
                "Kept as written since {0}, when its review came due — add a later thought "
                "instead (at the bottom). You can still change what it is linked to."
            ).format(format_day(editable_until(entry)))
        )
        self.kept.setWordWrap(True)
        bold = self.kept.font()
        bold.setBold(True)
        self.kept.setFont(bold)
        self.kept.setAccessibleName(self.tr("Kept as written"))
        self.kept.setVisible(self.locked)
        if self.locked:
            f.lock_decision_time()
            f.review_rule.hide()  # nothing to choose any more
            f.words.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save_button.setText(self.tr("Log decision") if entry.id is None else self.tr("Save"))
        save_button.setAccessibleName(save_button.text())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(self.tr("Decision fields"))
        scroll.setWidget(f)
        layout = QVBoxLayout(self)
        layout.addWidget(self.kept)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self._door_changed(keep_date=True)
        self._options_changed()
        self._count_words()
        (f.later if self.locked else f.decision).setFocus()
        self.resize(780, 760)

    # ------------------------------------------------------------ showing
    def _fill(self, e: JournalEntry) -> None:
        f = self.f
        f.decision.setText(e.decision)
        f.kind.setCurrentText(e.kind)
        f.door_button(e.door).setChecked(True)
        quietly(f.decided_on, lambda: f.decided_on.setDate(to_qdate(e.decided_on)))
        quietly(f.review_on, lambda: f.review_on.setDate(to_qdate(e.review_on)))
        f.information.setValue(e.information)
        f.options.setPlainText("\n".join(e.options))
        f.chosen.setCurrentText(e.chosen)
        f.rationale.setPlainText(e.rationale)
        f.expected.setText(e.expected)
        f.expected_by.setDate(to_qdate(e.expected_by))
        f.confidence.setValue(e.confidence)
        f.reverse_if.setPlainText(e.reverse_if)
        f.premortem.setPlainText(e.premortem)
        f.feeling.setText(e.feeling)
        f.set_raised_on(e.raised_on)
        f.set_made_by(e.made_by_id)

    def _door(self) -> Door:
        return Door.ONE_WAY if self.f.one_way.isChecked() else Door.TWO_WAY

    def _door_toggled(self, _id: int, on: bool) -> None:
        if on:
            self._door_changed()

    def _door_changed(self, keep_date: bool = False) -> None:
        door = self._door()
        self.f.door_meaning.setText(door_meaning(door))
        self.f.review_rule.setText(review_rule(door, self.rules))
        if not keep_date:
            self._dates_changed()

    def _dates_changed(self) -> None:
        """The review date follows the door's rule of thumb until the user sets it."""
        if self._review_touched or self.locked:
            return
        day = default_review_date(picked_day(self.f.decided_on), self._door(), self.rules)
        quietly(self.f.review_on, lambda: self.f.review_on.setDate(to_qdate(day)))

    def _review_edited(self, _day: QDate) -> None:
        self._review_touched = True

    def _options(self) -> tuple[str, ...]:
        lines = (" ".join(line.split()) for line in self.f.options.toPlainText().splitlines())
        return tuple(line for line in lines if line)

    def _options_changed(self) -> None:
        chosen = self.f.chosen
        current = chosen.currentText()
        quietly(chosen, chosen.clear)
        quietly(chosen, lambda: chosen.addItems(list(self._options())))
        quietly(chosen, lambda: chosen.setCurrentText(current))

    def _count_words(self) -> None:
        text = self.f.rationale.toPlainText()
        hint = rationale_hint(text)
        self.f.words.setText(
            self.tr("{0} — a few sentences are enough.").format(hint.split(":")[0])
            if hint
            else self.tr("{0} of {1} words — deciding without over-explaining").format(
                word_count(text), RATIONALE_WORDS
            )
        )
        font = self.f.words.font()
        font.setBold(hint is not None)  # past the gentle limit: a nudge, never a refusal
        self.f.words.setFont(font)

    # ------------------------------------------------------------ reading
    def entry(self) -> JournalEntry:
        """The entry as the fields say (the decision-time part as written when locked)."""
        f = self.f
        links = {
            "people": tuple(PersonLink(i) for i in f.people.checked()),
            "delegations": tuple(DelegationLink(i) for i in f.delegations.checked()),
            "items": tuple(ItemLink(i) for i in f.items.checked()),
        }
        later = f.later.toPlainText().strip()
        hindsight = self.original.hindsight
        if later:
            hindsight = (*hindsight, HindsightNote(self.today, later))
        if self.locked:
            return replace(self.original, hindsight=hindsight, **links)  # type: ignore[arg-type]
        return replace(
            self.original,
            decision=" ".join(f.decision.text().split())[:MAX_TITLE],
            kind=" ".join(f.kind.currentText().split()),
            door=self._door(),
            decided_on=picked_day(f.decided_on),
            review_on=picked_day(f.review_on),
            information=f.information.value(),
            options=self._options(),
            chosen=" ".join(f.chosen.currentText().split()),
            rationale=f.rationale.toPlainText().strip(),
            expected=" ".join(f.expected.text().split()),
            expected_by=picked_day(f.expected_by),
            confidence=f.confidence.value(),
            reverse_if=f.reverse_if.toPlainText().strip(),
            premortem=f.premortem.toPlainText().strip(),
            feeling=f.feeling.text().strip(),
            raised_on=f.raised_on_day(),
            made_by_id=f.made_by_id(),
            hindsight=hindsight,
            **links,  # type: ignore[arg-type]
        )

    def problems(self, entry: JournalEntry) -> dict[str, str]:
        errors = validate_journal_entry(entry)
        if self.original.id is not None and not errors:
            try:
                amend(self.original, entry, self.today)
            except ValidationError as exc:
                errors = exc.errors
        return errors

    def accept(self) -> None:
        """Save and close when the entry is whole; else say what to fix, beside each field."""
        entry = self.entry()
        errors = self.problems(entry)
        self.f.show_errors(errors)
        if errors or entry == self.original:
            if not errors:
                super().accept()  # nothing changed: nothing to save
            return
        if self._save(entry):
            super().accept()
