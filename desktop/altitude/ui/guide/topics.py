"""Which guide page F1 opens: for a sidebar page, and for a dialog.

A screen or dialog may name its page itself with a ``guide_topic`` class attribute. Else
the package it lives in decides (``altitude.ui.team.page`` -> ``team``): that survives
translation, which a page's title would not. Pages not built yet on this branch (the
decision journal, the feedback log) are listed already, under the package names and the
English titles they are likely to get, so F1 works on them once they are merged.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

FALLBACK = "index"

PACKAGE_TOPICS: dict[str, str] = {
    "dashboard": "dashboard",
    "plan": "plan",
    "wizard": "plan",
    "inventory": "inventory",
    "delegation": "delegation",
    "team": "team",
    "checkins": "checkins",
    "decisions": "decisions",
    "journal": "decisions",
    "feedback": "feedback",
    "narrative": "narrative",
    "relationships": "relationships",
    "functions": "functions",
    "reviews": "reviews",
    "settings": "data",
    "backups": "data",
    "guide": "index",
}

TITLE_TOPICS: dict[str, str] = {
    "Decisions": "decisions",
    "Decision journal": "decisions",
    "Journal": "decisions",
    "Feedback": "feedback",
    "Feedback log": "feedback",
    "Narrative": "narrative",
}


def topic_of(widget: QObject) -> str:
    """The guide page for a screen or a dialog, or the index when none fits."""
    named = getattr(widget, "guide_topic", None)
    if isinstance(named, str) and named:
        return named
    for cls in type(widget).__mro__:
        parts = cls.__module__.split(".")
        if parts[:2] == ["altitude", "ui"]:
            for part in parts[2:]:
                if part in PACKAGE_TOPICS:
                    return PACKAGE_TOPICS[part]
    title = getattr(widget, "title", None)
    if isinstance(title, str) and title in TITLE_TOPICS:
        return TITLE_TOPICS[title]
    return FALLBACK
