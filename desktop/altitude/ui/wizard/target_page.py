"""Step 7: your target split — where you start, where you aim, and the line between.

The milestones between follow the situation chosen earlier (a rule of thumb, said so
under the preview); they can be changed on the Plan page after Finish.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from altitude.domain.guidance.situations import guide_for
from altitude.domain.metrics import current_split, format_hours
from altitude.domain.plan_draft import Draft
from altitude.i18n import formats
from altitude.services.catalogue import RuleOfThumb
from altitude.ui.plan.glide import GlidePreview
from altitude.ui.shared.fields import ErrorLabel, caption, format_day, heading
from altitude.ui.wizard.situation_texts import marked as situation_marked
from altitude.ui.wizard.step import WizardStep

FALLBACK_TARGET = 50
STEP_UP = 10  # when you already spend the usual target on strategy, aim a little higher


class TargetPage(WizardStep):
    def __init__(self, rules: Sequence[RuleOfThumb]) -> None:
        super().__init__()
        self.setTitle(self.tr("Your target split"))
        self.setSubTitle(self.tr("How much of your week should go to strategy by the end?"))
        self.rules = tuple(rules)
        self._target_set = False
        self.baseline = QLabel()
        self.baseline.setWordWrap(True)
        self.baseline.setAccessibleName(self.tr("Where you start"))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 100)
        self.slider.setPageStep(5)
        self.slider.setAccessibleName(self.tr("Target share of strategy (slider)"))
        self.spin = QSpinBox()
        self.spin.setRange(0, 100)
        self.spin.setSuffix(" %")
        self.spin.setAccessibleName(self.tr("Target share of strategy"))
        self.slider.valueChanged.connect(self.spin.setValue)
        self.spin.valueChanged.connect(self.slider.setValue)
        self.spin.valueChanged.connect(self._target_moved)
        self.end_label = QLabel()
        self.preview = GlidePreview()
        # Shorter than on the Plan page: the rules' texts below take more lines in German
        # and French, and the wizard's minimum height must hold them.
        self.preview.setMinimumHeight(130)
        self.milestones = caption("")
        self.milestones.setAccessibleName(
            self.tr("Your milestones and where their pace comes from")
        )
        self.errors = {
            "target_share": ErrorLabel(self.spin),
            "baseline_share": ErrorLabel(self.baseline),
            "milestones": ErrorLabel(self.preview),
        }
        target_row = QHBoxLayout()
        target_row.addWidget(self.end_label)
        target_row.addWidget(self.slider, 1)
        target_row.addWidget(self.spin)
        layout = QVBoxLayout(self)
        layout.addWidget(self.baseline)
        layout.addLayout(target_row)
        for label in self.errors.values():
            layout.addWidget(label)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.milestones)
        layout.addWidget(self._rules_box())

    def _rules_box(self) -> QWidget:
        self.rule_buttons: list[QPushButton] = []
        self.rule_labels: list[QLabel] = []
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 4, 0, 0)
        grid.setVerticalSpacing(4)
        grid.addWidget(heading(self.tr("Rules of thumb, not rules")), 0, 0, 1, 2)
        grid.addWidget(
            caption(
                self.tr(
                    "There is no authoritative split: these are starting points from practice, "
                    "each with where it comes from."
                )
            ),
            1, 0, 1, 2,
        )  # fmt: skip
        for row, rule in enumerate(self.rules, start=2):
            button = QPushButton(
                self.tr("Use {0}%").format(formats.short_number(rule.target_share, 2))
            )
            button.setAccessibleName(
                self.tr("Use {0}%: {1}").format(
                    formats.short_number(rule.target_share, 2), rule.label
                )
            )
            button.setCheckable(True)  # shows which rule the target follows now
            button.clicked.connect(lambda _=False, r=rule: self._use_rule(r))
            self.rule_buttons.append(button)
            text = QLabel(rule.label)
            text.setWordWrap(True)
            self.rule_labels.append(text)
            details = self.tr("Source: {0}\nCaveat: {1}").format(rule.source, rule.caveat)
            for widget in (button, text):
                widget.setToolTip(details)
            text.setAccessibleDescription(details)
            grid.addWidget(button, row, 0)
            grid.addWidget(text, row, 1)
        self.rule_detail = caption("")
        self.rule_detail.setAccessibleName(self.tr("Source and caveat of the chosen rule of thumb"))
        grid.addWidget(self.rule_detail, len(self.rules) + 2, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        return box

    def _use_rule(self, rule: RuleOfThumb) -> None:
        self.spin.setValue(round(rule.target_share))
        self._show_rule()  # also when the value was already there

    def _show_rule(self) -> None:
        rule = next((r for r in self.rules if round(r.target_share) == self.spin.value()), None)
        for button, label, each in zip(
            self.rule_buttons, self.rule_labels, self.rules, strict=True
        ):
            button.setChecked(each is rule)
            font = label.font()
            font.setBold(each is rule)
            label.setFont(font)
        if rule is None:
            self.rule_detail.setText(
                self.tr("Your own target: as valid as any rule of thumb. Adjust it after a month.")
            )
            return
        self.rule_detail.setText(
            self.tr("{0}% — source: {1} Caveat: {2}").format(
                formats.short_number(rule.target_share, 2), rule.source, rule.caveat
            )
        )

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        draft = self.plan_wizard().draft()
        split = current_split(draft.items)
        self.baseline.setText(
            self.tr(
                "<b>Today: {0}% strategy.</b> Of the {1} a week you ticked, {2} go to strategy."
            ).format(
                formats.number(draft.baseline),
                format_hours(split.total_hours),
                format_hours(split.strategy_hours),
            )
        )
        if draft.horizon_end is not None:
            self.end_label.setText(
                self.tr("By {0}, aim for:").format(format_day(draft.horizon_end))
            )
        if not self._target_set:
            usual = round(self.rules[0].target_share) if self.rules else FALLBACK_TARGET
            start = round(draft.baseline)
            self.spin.setValue(usual if start < usual else min(100, start + STEP_UP))
            self._target_set = True
        self._show_rule()
        self._draw()

    def answer(self, draft: Draft) -> Draft:
        return replace(draft, target_share=float(self.spin.value()))

    def _target_moved(self) -> None:
        self._show_rule()
        if self.wizard() is not None:
            self._draw()
            self.recheck()

    def _draw(self) -> None:
        draft = self.plan_wizard().draft()
        plan = draft.plan(self.plan_wizard().ctx.today())
        self.preview.set_plan(plan)
        if draft.situation is None:
            text = self.tr(
                "The milestones lie on a straight line from today's split to your target. "
                "Choose your situation (Back) for another pace, or change them on the Plan "
                "page after Finish."
            )
        else:
            guide = guide_for(draft.situation)
            text = self.tr(
                "Your situation, {0}, sets the pace: {1}. A rule of thumb ({2}); change "
                "the milestones on the Plan page after Finish."
            ).format(
                situation_marked(guide.name), situation_marked(guide.pace),
                situation_marked(guide.source),
            )  # fmt: skip
        self.milestones.setText(text)
