"""Errors a service raises for a user to read: one line, what was wrong."""

from __future__ import annotations

from altitude.errors import AltitudeError


class ActionError(AltitudeError):
    """The action can't be done in the current state (e.g. a plan exists already)."""
