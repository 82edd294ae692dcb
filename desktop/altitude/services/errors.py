"""Errors a service raises for a user to read: one line, what was wrong."""

from __future__ import annotations


class ActionError(Exception):
    """The action can't be done in the current state (e.g. a plan exists already)."""
