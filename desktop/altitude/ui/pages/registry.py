"""The sidebar's pages, in order (Ctrl+1 .. Ctrl+6)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from altitude.ui.context import AppContext
from altitude.ui.pages.base import Page
from altitude.ui.pages.checkins_page import CheckinsPage
from altitude.ui.pages.dashboard_page import DashboardPage
from altitude.ui.pages.delegation_page import DelegationPage
from altitude.ui.pages.inventory_page import InventoryPage
from altitude.ui.pages.plan_page import PlanPage
from altitude.ui.pages.team_page import TeamPage


def tr(text: str) -> str:
    return QCoreApplication.translate("Pages", text)


def build_pages(ctx: AppContext) -> list[Page]:
    return [
        DashboardPage(ctx),
        PlanPage(ctx),
        InventoryPage(ctx),
        DelegationPage(ctx),
        TeamPage(ctx),
        CheckinsPage(ctx),
    ]  # fmt: skip
