"""What a user can do, shared by the GUI and the CLI. No Qt here."""

from altitude.services.errors import ActionError
from altitude.services.service import Altitude
from altitude.services.summary import Summary, summarize
from altitude.services.undo import Change, Edit

__all__ = ["ActionError", "Altitude", "Change", "Edit", "Summary", "summarize"]
