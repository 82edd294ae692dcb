"""Work that came back to you, in the user's words: translatable, the week as a date."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from altitude.domain.metrics import Boomerang, format_hours
from altitude.i18n import formats


def tr(text: str) -> str:
    return QCoreApplication.translate("Boomerang", text)


def boomerang_message(boomerang: Boomerang) -> str:
    """ "You spent 3 h on Release sign-off, delegated to Sam in the week of 7 Sep 2026." """
    monday = boomerang.delegated_week.monday()
    week = formats.day(monday)
    return tr("You spent {0} on {1}, delegated to {2} in the week of {3}.").format(
        format_hours(boomerang.hours), boomerang.item_title, boomerang.owner_name, week
    )
