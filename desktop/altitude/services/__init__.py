"""What a user can do, shared by the GUI and the CLI. No Qt here."""

from typing import TYPE_CHECKING

from altitude.services.errors import ActionError
from altitude.services.service import Altitude
from altitude.services.summary import Summary, summarize

if TYPE_CHECKING:
    from altitude.services.undo import Change, Edit

__all__ = ["ActionError", "Altitude", "Change", "Edit", "Summary", "summarize"]


def __getattr__(name: str) -> object:
    """``Change`` and ``Edit`` when first asked for: the undo changes (~25 ms of dataclasses)
    are not needed to open a plan and show its dashboard."""
    if name in ("Change", "Edit"):
        from altitude.services import undo

        return getattr(undo, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
