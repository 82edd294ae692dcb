"""Opening the decision editor from elsewhere: taking a delegation back is a decision.

After a take-back succeeds the delegation page calls ``offer_take_back_decision``: asked
through ``ctx.dialogs``, it opens the editor prefilled from the domain's draft
(``growth.take_back``: why, the two options, what would have to be true to hand it over
again), linked to the delegation, its owner and its item. The numbers (information,
confidence) and the expectation are left for the user: a guessed one would flatter the
calibration.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from altitude.domain.growth.decision_rules import ReviewRules
from altitude.domain.growth.decisions import JournalEntry
from altitude.domain.growth.take_back import HAND_BACK_PROMPT, take_back_draft
from altitude.ui.decisions.editor import DecisionEditor
from altitude.ui.decisions.fields import NOT_GIVEN
from altitude.ui.shared.context import AppContext


def tr(text: str) -> str:
    return QCoreApplication.translate("Decisions", text)


def review_rules(ctx: AppContext) -> ReviewRules:
    """The plan's review rules of thumb (its settings: two-way and one-way door days)."""
    return ctx.service.review_rules()


def editor_for(
    ctx: AppContext,
    entry: JournalEntry,
    parent: QWidget | None = None,
    reverse_prompt: str | None = None,
) -> DecisionEditor:
    """The editor on ``entry``, saving through ``ctx.perform`` (a new one when its id is
    None); opened without blocking."""
    service = ctx.service

    def save(e: JournalEntry) -> bool:
        short = e.decision if len(e.decision) <= 40 else e.decision[:39] + "…"
        if e.id is None:
            text = tr("Log decision: {0}").format(short)
            saved = ctx.attempt(text, lambda: service.record_decision(e))
            dialog.saved_id = saved.result.id if saved is not None else None
            return saved is not None
        return ctx.perform(
            tr("Edit decision: {0}").format(short), lambda: service.amend_decision(e)
        )

    extra = {"reverse_prompt": reverse_prompt} if reverse_prompt else {}
    dialog = DecisionEditor(
        ctx.state, ctx.today(), entry, save, rules=review_rules(ctx), parent=parent, **extra
    )
    dialog.open()
    return dialog


def offer_take_back_decision(
    ctx: AppContext, delegation_id: int, parent: QWidget | None = None
) -> DecisionEditor | None:
    """Ask whether to record the take-back as a decision; the open editor, or None."""
    delegation = ctx.state.delegation(delegation_id)
    if delegation is None:
        return None
    if not ctx.dialogs.confirm(
        tr("Record this as a decision?"),
        tr(
            "Taking “{0}” back is a decision worth catching: why, and what would have to be "
            "true to hand it over again. Open it in the decision journal?"
        ).format(delegation.outcome),
    ):
        return None
    owner = ctx.state.person(delegation.owner_id) if delegation.owner_id is not None else None
    draft = take_back_draft(delegation, owner.name if owner else "")
    today, rules = ctx.today(), review_rules(ctx)
    entry = draft.entry(
        decided_on=today,
        information=NOT_GIVEN,
        confidence=NOT_GIVEN,
        expected="",
        expected_by=today + timedelta(days=rules.two_way_days),
        hand_back_when="",
        rules=rules,
    )
    return editor_for(ctx, entry, parent, reverse_prompt=HAND_BACK_PROMPT)
