"""Open the wizard over the main window: File → New plan… and the Plan page's button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from altitude.domain.entities import PlanState
from altitude.ui.shared.context import AppContext
from altitude.ui.wizard.wizard import PlanWizard


def tr(text: str) -> str:
    return QCoreApplication.translate("PlanWizard", text)


def has_data(state: PlanState) -> bool:
    return bool(state.plan or state.items or state.people or state.delegations or state.checkins)


def open_plan_wizard(
    ctx: AppContext,
    parent: QWidget | None = None,
    on_saved: Callable[[], object] | None = None,
) -> PlanWizard | None:
    """Show the wizard (window-modal, non-blocking) and return it; None if the user declined.

    When something is saved already, the user confirms first and Finish replaces it
    (``start_plan(..., replace=True)``); until Finish nothing changes.
    """
    replace = has_data(ctx.state)
    if replace and not ctx.dialogs.confirm(
        tr("Start a new plan?"),
        tr(
            "When you finish the wizard, your current plan, inventory, delegations, team and "
            "check-ins are replaced by the new plan. Export them first if you want a copy. "
            "Cancelling the wizard keeps everything as it is."
        ),
    ):
        return None
    wizard = PlanWizard(ctx, parent, replace=replace)
    if on_saved is not None:
        wizard.accepted.connect(on_saved)
    wizard.finished.connect(wizard.deleteLater)
    wizard.open()
    return wizard
