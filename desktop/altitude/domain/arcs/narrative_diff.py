"""What changed between two versions of the narrative, readably.

Per part of the kernel: the words added and removed in the diagnosis, the policy and the
press release (a word-level diff: sentences get rewritten, and a line diff would show
the whole paragraph as changed), and the things ruled out and actions that came and went.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from altitude.domain.arcs.narrative import NarrativeVersion


@dataclass(frozen=True, slots=True)
class Piece:
    text: str
    change: str  # "same", "added", "removed"


@dataclass(frozen=True, slots=True)
class PartChange:
    part: str  # "diagnosis", "guiding_policy", "will_not", "actions", "press_release"
    pieces: tuple[Piece, ...]

    @property
    def changed(self) -> bool:
        return any(p.change != "same" for p in self.pieces)

    def plain(self) -> str:
        """One line for the CLI and the report: [-removed-] {+added+}."""
        marks = {"same": "{0}", "added": "{{+{0}+}}", "removed": "[-{0}-]"}
        return " ".join(marks[p.change].format(p.text) for p in self.pieces)


def word_diff(old: str, new: str) -> tuple[Piece, ...]:
    a, b = old.split(), new.split()
    pieces: list[Piece] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag == "equal":
            pieces.append(Piece(" ".join(a[i1:i2]), "same"))
            continue
        if i2 > i1:
            pieces.append(Piece(" ".join(a[i1:i2]), "removed"))
        if j2 > j1:
            pieces.append(Piece(" ".join(b[j1:j2]), "added"))
    return tuple(pieces)


def list_diff(old: tuple[str, ...], new: tuple[str, ...]) -> tuple[Piece, ...]:
    """Entries kept, removed and added (compared ignoring case and spacing), in order."""

    def key(value: str) -> str:
        return " ".join(value.split()).casefold()

    new_keys = {key(v) for v in new}
    old_keys = {key(v) for v in old}
    pieces = [Piece(v, "same" if key(v) in new_keys else "removed") for v in old]
    pieces += [Piece(v, "added") for v in new if key(v) not in old_keys]
    return tuple(pieces)


def narrative_diff(old: NarrativeVersion, new: NarrativeVersion) -> list[PartChange]:
    """The parts that changed, in the kernel's order (unchanged parts left out)."""
    parts = [
        PartChange("diagnosis", word_diff(old.diagnosis, new.diagnosis)),
        PartChange("guiding_policy", word_diff(old.guiding_policy, new.guiding_policy)),
        PartChange("will_not", list_diff(old.will_not, new.will_not)),
        PartChange(
            "actions",
            list_diff(tuple(a.action for a in old.actions), tuple(a.action for a in new.actions)),
        ),
        PartChange("press_release", word_diff(old.press_release, new.press_release)),
    ]
    return [p for p in parts if p.changed]
