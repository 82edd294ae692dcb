"""The sidebar's pages, in order (Ctrl+1, Ctrl+2, … in this order).

``page_specs`` names each page and how to build it without building it (or importing its
module): the main window builds the page it shows first and the others once it is on
screen, so start-up does not wait for pages nobody looks at yet.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:  # the window's shell names the pages before the services are imported
    from altitude.ui.shared.context import AppContext
    from altitude.ui.shared.page_base import Page

PageFactory = Callable[["AppContext"], "Page"]


def tr(text: str) -> str:
    return QCoreApplication.translate("Pages", text)


def _factory(module: str, name: str) -> PageFactory:
    def build(ctx: AppContext) -> Page:
        page_class: type[Page] = getattr(import_module(f"altitude.ui.{module}.page"), name)
        return page_class(ctx)

    return build


def page_specs() -> list[tuple[str, PageFactory]]:
    """(sidebar title, builder) per page; the titles match each page's own ``title``."""
    return [
        (tr("Dashboard"), _factory("dashboard", "DashboardPage")),
        (tr("Plan"), _factory("plan", "PlanPage")),
        (tr("Inventory"), _factory("inventory", "InventoryPage")),
        (tr("Delegation"), _factory("delegation", "DelegationPage")),
        (tr("Team"), _factory("team", "TeamPage")),
        (tr("Check-ins"), _factory("checkins", "CheckinsPage")),
        (tr("Decisions"), _factory("decisions", "DecisionsPage")),
        (tr("Feedback"), _factory("feedback", "FeedbackPage")),
        (tr("Narrative"), _factory("narrative", "NarrativePage")),
        (tr("Relationships"), _factory("relationships", "RelationshipsPage")),
        (tr("Functions"), _factory("functions", "FunctionsPage")),
        (tr("Reviews"), _factory("reviews", "ReviewsPage")),
    ]
