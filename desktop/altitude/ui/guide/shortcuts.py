"""The shortcut tables of the guide, read from the actions themselves as the app runs.

Written by hand they would go stale the first time someone adds a shortcut; read from the
menus they are what the keyboard does. Keys are shown as the platform writes them
(``Ctrl+K``; ``⌘K`` on macOS).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu


def tr(text: str) -> str:
    return QCoreApplication.translate("GuideShortcuts", text)


def plain(text: str) -> str:
    """A menu text as read aloud: no ``&`` mnemonics, no Markdown table breaks."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").replace("|", "/")


def keys_of(action: QAction) -> str:
    fmt = QKeySequence.SequenceFormat.NativeText
    return tr(" or ").join(k.toString(fmt) for k in action.shortcuts() if not k.isEmpty())


def _menu_rows(menu: QMenu, label: str) -> Iterable[tuple[str, QAction]]:
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            yield from _menu_rows(sub, f"{label} > {plain(sub.title())}")
        elif not action.isSeparator():
            yield label, action


def menu_actions(window: QMainWindow) -> list[tuple[str, QAction]]:
    """(menu, action) for every menu action with a shortcut, in menu order."""
    rows: list[tuple[str, QAction]] = []
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            rows += [(m, a) for m, a in _menu_rows(menu, plain(menu.title())) if keys_of(a)]
    return rows


def stable_text(window: QMainWindow, action: QAction) -> str:
    """Undo and Redo carry the name of the change they would undo: not for a table."""
    if action is getattr(window, "undo_action", None):
        return tr("Undo the last change")
    if action is getattr(window, "redo_action", None):
        return tr("Redo what you undid")
    return plain(action.text())


def table(header: tuple[str, str, str], rows: Iterable[tuple[str, str, str]]) -> str:
    lines = [f"| {' | '.join(header)} |", "|---|---|---|"]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    return "\n".join(lines)


def menu_shortcuts(window: QMainWindow) -> str:
    rows = [(keys_of(a), m, stable_text(window, a)) for m, a in menu_actions(window)]
    return table((tr("keys"), tr("menu"), tr("what it does")), rows)


def own_shortcuts(actions: Iterable[QAction]) -> str:
    """The guide window's own keys (find, back, forward …)."""
    rows = [(keys_of(a), tr("the guide"), plain(a.text())) for a in actions if keys_of(a)]
    return table((tr("keys"), tr("where"), tr("what it does")), rows)
