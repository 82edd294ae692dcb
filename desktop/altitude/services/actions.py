"""Every action a user can take, as the mixins ``Altitude`` is made of.

Imported when a service is first asked for one of them (``Altitude.__getattr__``), not
when a service opens: the dashboard the app shows first needs only the store, the
overview and the summary, and these ~20 modules with their undo changes cost ~125 ms and
~2.8 MiB at every start (benchmarks/RESULTS.md). The order is the one ``Altitude`` always
had: it decides which mixin's method wins.
"""

from __future__ import annotations

from altitude.services.arcs.function_actions import FunctionActions
from altitude.services.arcs.narrative_actions import NarrativeActions
from altitude.services.arcs.review_actions import ReviewActions
from altitude.services.arcs.stakeholder_actions import StakeholderActions
from altitude.services.checkin_actions import CheckinActions
from altitude.services.compound_actions import CompoundActions
from altitude.services.delegation_actions import DelegationActions
from altitude.services.exchange_actions import ExchangeActions
from altitude.services.growth.feedback_actions import FeedbackActions
from altitude.services.growth.journal_actions import JournalActions
from altitude.services.inventory_actions import InventoryActions
from altitude.services.plan_actions import PlanActions
from altitude.services.safety_actions import SafetyActions
from altitude.services.team_actions import TeamActions
from altitude.services.time.actions import TimeActions
from altitude.services.time.fill import FillActions
from altitude.services.time.library import TimeLibrary


class AllActions(
    FillActions,
    CompoundActions,
    PlanActions,
    InventoryActions,
    TeamActions,
    DelegationActions,
    TimeActions,
    TimeLibrary,
    CheckinActions,
    ExchangeActions,
    SafetyActions,
    JournalActions,
    FeedbackActions,
    NarrativeActions,
    StakeholderActions,
    FunctionActions,
    ReviewActions,
):
    """The actions, in ``Altitude``'s order."""


def with_actions(cls: type) -> type:
    """``cls`` (``Altitude`` or a subclass) with every action: made once per class."""
    full = _MADE.get(cls)
    if full is None:
        namespace = {"__module__": cls.__module__, "__qualname__": cls.__qualname__,
                     "__doc__": cls.__doc__}  # fmt: skip
        full = _MADE[cls] = type(cls.__name__, (cls, AllActions), namespace)
    return full


_MADE: dict[type, type] = {}
