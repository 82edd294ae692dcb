"""What changed between two versions of the narrative, part by part, readably.

The words come from the domain's ``narrative_diff`` (a word-level diff, so a rewritten
sentence shows the words that moved, not a whole paragraph). Shown as rich text: removed
words struck through in red as ``[-…-]``, added ones underlined in green as ``{+…+}`` —
the marks and the strike/underline carry the meaning without colour (and the same marks
as the CLI and the report), the colours come from ``ui.shared.theme`` for light and dark.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from altitude.domain.arcs.narrative import NarrativeVersion
from altitude.domain.arcs.narrative_diff import PartChange, Piece, narrative_diff
from altitude.ui.narrative.wording import part_title, tr
from altitude.ui.shared.fields import caption, format_day
from altitude.ui.shared.theme import diff_colours

LIST_PARTS = ("will_not", "actions")  # one entry a line; the others are running text


def version_label(number: int, version: NarrativeVersion) -> str:
    return tr("Version {0} · {1}").format(number, format_day(version.written_on))


def _piece_html(piece: Piece, added: str, removed: str) -> str:
    text = escape(piece.text)
    if piece.change == "added":
        return f'<u style="color:{added}">{{+{text}+}}</u>'
    if piece.change == "removed":
        return f'<s style="color:{removed}">[-{text}-]</s>'
    return text


def key_html(dark: bool) -> str:
    """The key to the marks, drawn in the marks themselves."""
    added, removed = diff_colours(dark)
    return tr("Added: {0} · Removed: {1}").format(
        _piece_html(Piece(tr("underlined"), "added"), added, removed),
        _piece_html(Piece(tr("struck through"), "removed"), added, removed),
    )


def diff_html(changes: Sequence[PartChange], dark: bool) -> str:
    """The changed parts as HTML; "No changes" when there are none."""
    if not changes:
        return f"<p>{escape(tr('No changes: the two versions say the same.'))}</p>"
    added, removed = diff_colours(dark)
    blocks = []
    for change in changes:
        title = f"<h4>{escape(part_title(change.part))}</h4>"
        if change.part in LIST_PARTS:
            rows = "".join(
                f"<li>{_piece_html(p, added, removed)}</li>" for p in change.pieces
            )  # fmt: skip
            blocks.append(f"{title}<ul>{rows}</ul>")
        else:
            words = " ".join(_piece_html(p, added, removed) for p in change.pieces)
            blocks.append(f"{title}<p>{words}</p>")
    return "".join(blocks)


class DiffView(QWidget):
    """Two version pickers (previous and latest by default) and what changed between them."""

    compared = Signal()  # the diff shown was redrawn

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.versions: list[NarrativeVersion] = []  # oldest first
        self.dark = False
        self.older = QComboBox()
        self.older.setAccessibleName(tr("Compare the version"))
        self.newer = QComboBox()
        self.newer.setAccessibleName(tr("with the version"))
        self.older.currentIndexChanged.connect(lambda _i: self._redraw())
        self.newer.currentIndexChanged.connect(lambda _i: self._redraw())
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(tr("What changed"))
        self.browser.setOpenLinks(False)
        self.key = caption("")
        self.key.setTextFormat(Qt.TextFormat.RichText)
        self.lonely = caption(
            tr("Only one version so far. Revise the narrative next month to see what changed.")
        )
        pickers = QHBoxLayout()
        for label, combo in ((tr("&Compare"), self.older), (tr("&with"), self.newer)):
            text = QLabel(label)
            text.setBuddy(combo)
            pickers.addWidget(text)
            pickers.addWidget(combo)
        pickers.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(pickers)
        layout.addWidget(self.key)
        layout.addWidget(self.lonely)
        layout.addWidget(self.browser, 1)

    def show_versions(self, versions: Sequence[NarrativeVersion], dark: bool) -> None:
        """Offer ``versions`` (any order) and compare the last two, or keep the choice."""
        ordered = sorted(versions, key=lambda v: (v.written_on, v.id or 0))
        keep = [v.id for v in self.versions] == [v.id for v in ordered]
        old_pick, new_pick = self.older.currentIndex(), self.newer.currentIndex()
        self.versions, self.dark = ordered, dark
        self.key.setText(key_html(dark))
        self.key.setAccessibleName(
            tr("Added words are marked with plus signs, removed ones with minus signs")
        )
        labels = [version_label(n, v) for n, v in enumerate(ordered, start=1)]
        for combo in (self.older, self.newer):
            blocked = combo.blockSignals(True)
            combo.clear()
            combo.addItems(labels)
            combo.blockSignals(blocked)
        if not keep or old_pick < 0:
            old_pick, new_pick = max(len(ordered) - 2, 0), len(ordered) - 1
        self.choose(old_pick, new_pick)

    def set_dark(self, dark: bool) -> None:
        """Redraw in the other palette's colours (the theme was switched)."""
        self.dark = dark
        self.key.setText(key_html(dark))
        self._redraw()

    def choose(self, older: int, newer: int) -> None:
        """Compare version ``older`` with ``newer`` (indices, oldest first)."""
        for combo, index in ((self.older, older), (self.newer, newer)):
            blocked = combo.blockSignals(True)
            combo.setCurrentIndex(index)
            combo.blockSignals(blocked)
        self._redraw()

    def changes(self) -> list[PartChange]:
        older, newer = self.older.currentIndex(), self.newer.currentIndex()
        if len(self.versions) < 2 or older < 0 or newer < 0:
            return []
        return narrative_diff(self.versions[older], self.versions[newer])

    def _redraw(self) -> None:
        several = len(self.versions) >= 2
        self.lonely.setVisible(not several)
        for widget in (self.older, self.newer, self.browser, self.key):
            widget.setEnabled(several)
        self.browser.setHtml(diff_html(self.changes(), self.dark) if several else "")
        self.compared.emit()
