"""The first-run guided wizard (also File → New plan…)."""

from altitude.ui.wizard.launch import open_plan_wizard
from altitude.ui.wizard.wizard import PlanWizard

__all__ = ["PlanWizard", "open_plan_wizard"]
