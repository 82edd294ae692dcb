"""Starting and editing the plan, and the settings."""

from __future__ import annotations

from collections.abc import Sequence

from altitude.domain.entities import InventoryItem, Plan, PlanState, Settings
from altitude.domain.validation import check, validate_item, validate_plan, validate_settings
from altitude.i18n import QT_TRANSLATE_NOOP
from altitude.services.base import ServiceBase
from altitude.services.errors import ActionError
from altitude.services.safety_actions import backup_before
from altitude.services.time.library import zone_problem
from altitude.services.undo.changes import UpdatePlan, UpdateSettings
from altitude.services.undo.edit import Edit


class PlanActions(ServiceBase):
    def start_plan(
        self,
        plan: Plan,
        items: Sequence[InventoryItem] = (),
        settings: Settings | None = None,
        *,
        replace: bool = False,
    ) -> PlanState:
        """The wizard's result: the plan and a first inventory, all or nothing."""
        check(validate_plan(plan))
        for index, item in enumerate(items):
            errors = validate_item(item)
            if errors:
                check({f"items[{index}].{k}": v for k, v in errors.items()})
        if settings is not None:
            check(validate_settings(settings))
        if replace:
            backup_before(self, "new-plan")  # outside the transaction; skips an empty store
        with self._action():
            if not self.store.is_empty() and not replace:
                raise ActionError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "A plan exists already; start a new one to replace it."
                    )
                )
            if replace:
                self.store.clear()
            self.store.save_plan(plan)
            for item in items:
                self.store.add_item(item)
            if settings is not None:
                self.store.save_settings(settings)
        return self.state

    def update_plan(self, plan: Plan) -> Edit[Plan]:
        check(validate_plan(plan))
        with self._action():
            old = self.require_plan()
            self.store.save_plan(plan)
        return Edit(plan, UpdatePlan(old))

    def update_settings(self, settings: Settings) -> Edit[Settings]:
        check(validate_settings(settings))
        zone = zone_problem(settings.time_zone)  # the service knows the zone database
        if zone:
            check({"time_zone": zone})
        with self._action():
            old = self.store.get_settings()
            self.store.save_settings(settings)
        return Edit(settings, UpdateSettings(old))

    def require_plan(self) -> Plan:
        plan = self.state.plan
        if plan is None:
            raise ActionError(
                QT_TRANSLATE_NOOP(
                    "Errors", "There is no plan yet; run the first-run wizard or `altitude sample`."
                )
            )
        return plan
