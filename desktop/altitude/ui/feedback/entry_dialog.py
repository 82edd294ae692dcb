"""Log (or correct) what someone said: who, when, situation, behaviour and impact, what they
asked for, up to two feedforward ideas, what you'll do, when to follow up, their rating.

The guides follow the published methods (SBI from the Center for Creative Leadership,
Goldsmith's feedforward) and ask about behaviour and tasks, never character
(``domain.growth.feedback_prompts``). When the theme has no rating of your own yet, the
dialog asks for yours first, at the top, and their rating waits until you have given it.
Messages show beside their fields; nothing is saved until every field is fine.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from altitude.domain.growth import feedback_prompts as prompts
from altitude.domain.growth.feedback import FeedbackEntry, FeedbackTheme, SelfRating, SourceKind
from altitude.domain.growth.feedback_rules import validate_feedback_entry
from altitude.i18n import translate_marked
from altitude.ui.feedback.rating import RatingPicker, why_first
from altitude.ui.feedback.wording import rating_text, source_names, tr
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.fields import (
    ErrorLabel,
    PlainTextField,
    caption,
    date_edit,
    heading,
    picked_day,
    to_qdate,
    with_error,
)


def marked(text: str) -> str:
    """A feedback prompt marked in the domain, in the app's language."""
    return translate_marked(prompts.CONTEXT, text)


FOLLOW_UP_AFTER = timedelta(days=14)  # our rule of thumb: soon enough to still matter


class FeedbackEntryDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        entry: FeedbackEntry | None = None,
        theme_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.old = entry
        state = ctx.state
        today = ctx.today()
        self._themes = {t.id: t for t in state.themes}
        self.setWindowTitle(tr("Correct feedback") if entry else tr("Log feedback"))
        self.errors: dict[str, ErrorLabel] = {}

        self.theme = QComboBox()
        self.theme.setAccessibleName(tr("Theme"))
        self.theme.addItem(tr("No theme"), None)
        for t in state.themes:
            self.theme.addItem(t.title, t.id)
        chosen = entry.theme_id if entry is not None else theme_id
        self.theme.setCurrentIndex(max(0, self.theme.findData(chosen)))

        self.own_box = QFrame()
        self.own_box.setObjectName("ownRatingFirst")
        self.own_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.own = RatingPicker(tr("Your own rating"))
        own_layout = QVBoxLayout(self.own_box)
        self.own_title = heading("")
        self.own_title.setWordWrap(True)
        own_layout.addWidget(self.own_title)
        own_layout.addWidget(caption(why_first()))
        own_layout.addWidget(self.own)
        own_layout.addWidget(self._error("self_rating", self.own))

        self.source = QComboBox()
        self.source.setAccessibleName(tr("Who it came from"))
        for kind, name in source_names().items():
            self.source.addItem(name, kind.value)
        self.person = QComboBox()
        self.person.setAccessibleName(tr("Team member"))
        for p in state.people:
            self.person.addItem(p.name, p.id)
        self.name = QLineEdit()
        self.name.setAccessibleName(tr("Their name"))
        self.name.setPlaceholderText(tr("Their name and role, e.g. Jonas Weber, Checkout"))
        self.on = date_edit(tr("When you heard it"), today)
        self.situation = self._text(tr("Situation"), marked(prompts.SITUATION_HINT))
        self.behaviour = self._text(tr("Behaviour"), marked(prompts.BEHAVIOUR_HINT))
        self.impact = self._text(tr("Impact"), marked(prompts.IMPACT_HINT))
        self.ask = self._text(tr("What they asked for"), tr("What they would like you to do."))
        self.ideas = [self._line(tr("Feedforward idea {0}").format(n)) for n in (1, 2)]
        self.response = self._line(tr("What you'll do"), marked(prompts.RESPONSE_HINT))
        self.follow = QCheckBox(tr("Follow up on"))
        self.follow.setAccessibleName(tr("Follow up"))
        self.follow.setChecked(True)
        self.follow_on = date_edit(tr("Follow-up date"), today + FOLLOW_UP_AFTER)
        self.follow.toggled.connect(self.follow_on.setEnabled)
        self.rating = QComboBox()
        self.rating.setAccessibleName(tr("Their rating for the theme"))
        self.rating.addItem(tr("They didn't give one"), None)
        for value in range(1, 6):
            self.rating.addItem(rating_text(value), value)
        self.general = ErrorLabel()
        self._build(entry)
        if entry is not None:
            self._fill(entry)
        self.source.currentIndexChanged.connect(self._show_who)
        self.theme.currentIndexChanged.connect(self._show_own)
        self.own.chosen.connect(lambda _r: self._show_own())
        self._show_who()
        self._show_own()
        self.resize(640, 760)

    # ------------------------------------------------------------ building
    def _error(self, name: str, field: QWidget | None) -> ErrorLabel:
        label = ErrorLabel(field)
        self.errors[name] = label
        return label

    def _text(self, accessible: str, hint: str) -> PlainTextField:
        field = PlainTextField()
        field.setAccessibleName(accessible)
        field.setPlaceholderText(hint)
        field.setToolTip(hint)  # the hint stays at hand once the field is filled
        field.setFixedHeight(field.fontMetrics().lineSpacing() * 3 + 14)
        return field

    def _line(self, accessible: str, hint: str = "") -> QLineEdit:
        field = QLineEdit()
        field.setAccessibleName(accessible)
        field.setPlaceholderText(hint)
        return field

    def _build(self, entry: FeedbackEntry | None) -> None:
        form = QFormLayout()
        form.addRow(tr("Theme"), with_error(self.theme, self._error("theme_id", self.theme)))
        form.addRow(self.own_box)  # the whole width, right under the theme it rates
        who = QHBoxLayout()
        who.addWidget(self.source)
        who.addWidget(self.person, 1)
        who.addWidget(self.name, 1)
        who_cell = QWidget()
        who_cell.setLayout(who)
        who.setContentsMargins(0, 0, 0, 0)
        form.addRow(tr("From"), with_error(who_cell, self._error("name", self.name)))
        form.addRow(tr("When"), with_error(self.on, self._error("on", self.on)))
        form.addRow("", caption(tr("As they described it (situation, behaviour, impact):")))
        for name, label, field in (
            ("situation", tr("Situation"), self.situation),
            ("behaviour", tr("Behaviour"), self.behaviour),
            ("impact", tr("Impact"), self.impact),
            ("ask", tr("They asked for"), self.ask),
        ):
            form.addRow(label, with_error(field, self._error(name, field)))
        form.addRow(
            "", caption(tr("Feedforward: ask “{0}”").format(marked(prompts.FEEDFORWARD_ASK)))
        )
        ideas = QVBoxLayout()
        ideas.setContentsMargins(0, 0, 0, 0)
        for idea_field in self.ideas:
            ideas.addWidget(idea_field)
        ideas_cell = QWidget()
        ideas_cell.setLayout(ideas)
        form.addRow(tr("Ideas"), with_error(ideas_cell, self._error("feedforward", None)))
        form.addRow(
            tr("You'll do"), with_error(self.response, self._error("response", self.response))
        )
        follow = QHBoxLayout()
        follow.setContentsMargins(0, 0, 0, 0)
        follow.addWidget(self.follow)
        follow.addWidget(self.follow_on)
        follow.addStretch(1)
        follow_cell = QWidget()
        follow_cell.setLayout(follow)
        form.addRow(tr("Follow-up"), with_error(follow_cell, self._error("follow_up_on", None)))
        form.addRow(tr("Their rating"), with_error(self.rating, self._error("rating", self.rating)))
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(form)
        body_layout.addWidget(self.general)
        scroll = QScrollArea()
        scroll.setAccessibleName(tr("Feedback entry"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(tr("Save changes") if entry else tr("Log feedback"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            caption(tr("Write down what they saw you do and what it led to, in their words."))
        )
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

    def _fill(self, e: FeedbackEntry) -> None:
        self.source.setCurrentIndex(max(0, self.source.findData(e.source.value)))
        self.person.setCurrentIndex(max(0, self.person.findData(e.person_id)))
        self.name.setText(e.name)
        self.on.setDate(to_qdate(e.on))
        for text_field, text in ((self.situation, e.situation), (self.behaviour, e.behaviour),
                                 (self.impact, e.impact), (self.ask, e.ask)):  # fmt: skip
            text_field.setPlainText(text)
        for idea_field, idea in zip(self.ideas, e.feedforward, strict=False):
            idea_field.setText(idea)
        self.response.setText(e.response)
        self.follow.setChecked(e.follow_up_on is not None)
        if e.follow_up_on is not None:
            self.follow_on.setDate(to_qdate(e.follow_up_on))
        self.rating.setCurrentIndex(max(0, self.rating.findData(e.rating)))

    # ------------------------------------------------------------ showing
    def _from_team_member(self) -> bool:
        """From someone on your team, chosen from the list (a name when there is none)."""
        return self.source.currentData() == SourceKind.TEAM_MEMBER.value and self.person.count() > 0

    def _show_who(self) -> None:
        self.person.setVisible(self._from_team_member())
        self.name.setVisible(not self._from_team_member())

    def chosen_theme(self) -> FeedbackTheme | None:
        return self._themes.get(self.theme.currentData())

    def needs_own_rating(self) -> bool:
        theme = self.chosen_theme()
        return theme is not None and not theme.self_ratings

    def _show_own(self) -> None:
        needed = self.needs_own_rating()
        self.own_box.setVisible(needed)
        theme = self.chosen_theme()
        if theme is not None:
            self.own_title.setText(
                tr("First, how do you rate yourself on “{0}”?").format(theme.title)
            )
        waiting = needed and self.own.rating() is None
        self.rating.setEnabled(not waiting)
        self.rating.setToolTip(tr("Give your own rating first, above.") if waiting else "")
        if not needed or not waiting:
            self.errors["self_rating"].show_error(None)

    # ------------------------------------------------------------ saving
    def entry(self) -> FeedbackEntry:
        from_team = self._from_team_member()
        person_id = self.person.currentData() if from_team else None
        ideas = tuple(i.text().strip() for i in self.ideas if i.text().strip())
        base = self.old or FeedbackEntry(SourceKind.PEER, self.ctx.today(), "")
        return replace(
            base,
            source=SourceKind(self.source.currentData()),
            on=picked_day(self.on),
            response=self.response.text().strip(),
            person_id=person_id,
            name="" if person_id is not None else self.name.text().strip(),
            theme_id=self.theme.currentData(),
            situation=self.situation.toPlainText().strip(),
            behaviour=self.behaviour.toPlainText().strip(),
            impact=self.impact.toPlainText().strip(),
            ask=self.ask.toPlainText().strip(),
            feedforward=ideas,
            follow_up_on=picked_day(self.follow_on) if self.follow.isChecked() else None,
            rating=self.rating.currentData() if self.rating.isEnabled() else None,
        )

    def problems(self) -> dict[str, str]:
        """Every message shown beside a field right now, by field."""
        return {name: label.message() for name, label in self.errors.items() if label.message()}

    def check(self) -> dict[str, str]:
        """Show what is wrong beside each field; the messages, empty when it can be saved."""
        entry = self.entry()
        theme = self.chosen_theme()
        own = self.own.rating() if self.needs_own_rating() else None
        errors: dict[str, str] = {}
        if self.needs_own_rating() and own is None:
            errors["self_rating"] = tr("Choose your own rating from 1 to 5 first.")
        if theme is not None and own is not None:
            theme = replace(theme, self_ratings=(SelfRating(self.ctx.today(), own),))
        errors.update(validate_feedback_entry(entry, theme))
        if errors.get("theme_id") and "self_rating" in errors:
            del errors["theme_id"]  # the same thing, said once, where it is fixed
        if errors.get("person_id"):
            errors.setdefault("name", errors.pop("person_id"))
        for name, label in self.errors.items():
            label.show_error(errors.get(name))
        unplaced = [m for n, m in errors.items() if n not in self.errors]
        self.general.show_error(" ".join(unplaced) or None)
        return errors

    def accept(self) -> None:
        """Save as one undoable step, or show what is wrong and save nothing."""
        if self.check():
            return
        entry = self.entry()
        own = self.own.rating() if self.needs_own_rating() else None
        service = self.ctx.service
        if self.old is None:
            done = self.ctx.perform(
                tr("Log feedback"), lambda: service.log_feedback(entry, self_rating=own)
            )
        else:
            done = self.ctx.perform(
                tr("Correct feedback"), lambda: service.update_feedback(entry, self_rating=own)
            )
        if done:
            super().accept()
