"""Altitude: a transition plan for people stepping from individual contributor into management."""

from __future__ import annotations

__version__ = "0.1.0"
