"""Which role family fits a move, from the words of the two role titles.

Each family lists words and phrases that suggest it ("sales", "account executive",
"charge nurse", "head of data"). A phrase matches a title when its words appear in it
next to each other, whole words only and in any case: "data" matches "Head of Data" but
not "database"; a title word may carry a plural "s" ("nurses" matches "nurse").

Scoring: a matched phrase scores its number of words (so "charge nurse" beats "nurse"
alone); the new role's matches count twice, the old role's once (the new role says what
the week will hold; the old one breaks silences such as a bare "Team lead"). The best
family wins; no match, or a tie at the top, returns no family: the caller falls back to
its general list rather than guess.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

NEW_ROLE_WEIGHT = 2
OLD_ROLE_WEIGHT = 1
_WORD = re.compile(r"\w+", re.UNICODE)


def words_of(text: str) -> tuple[str, ...]:
    """The text's words, lower-cased ("Head of Year 9" -> head, of, year, 9)."""
    return tuple(_WORD.findall(text.casefold()))


def _same_word(phrase_word: str, title_word: str) -> bool:
    return title_word == phrase_word or title_word == phrase_word + "s"


def phrase_in(phrase: Sequence[str], title: Sequence[str]) -> bool:
    """True when the phrase's words appear in the title next to each other."""
    n = len(phrase)
    if n == 0:
        return False
    return any(
        all(_same_word(p, t) for p, t in zip(phrase, title[i : i + n], strict=True))
        for i in range(len(title) - n + 1)
    )


@dataclass(frozen=True, slots=True)
class RoleMatch:
    """The best family's key and score; ``key`` is None when nothing (or a tie) won."""

    key: str | None
    score: int
    matched: tuple[str, ...] = ()  # the phrases that matched, for "suggested because…"


def _score(words: Sequence[str], new: Sequence[str], old: Sequence[str]) -> tuple[int, list[str]]:
    score, matched = 0, []
    for phrase in words:
        parts = words_of(phrase)
        points = NEW_ROLE_WEIGHT * len(parts) * phrase_in(parts, new)
        points += OLD_ROLE_WEIGHT * len(parts) * phrase_in(parts, old)
        if points:
            score += points
            matched.append(phrase)
    return score, matched


def best_family(
    families: Mapping[str, Sequence[str]], new_role: str, old_role: str = ""
) -> RoleMatch:
    """The family whose words fit the two titles best (see the module's docstring)."""
    new, old = words_of(new_role), words_of(old_role)
    scored = sorted(
        ((*_score(words, new, old), key) for key, words in families.items()),
        key=lambda entry: entry[0],
        reverse=True,
    )
    if not scored or scored[0][0] == 0:
        return RoleMatch(None, 0)
    top_score, matched, key = scored[0]
    if len(scored) > 1 and scored[1][0] == top_score:
        return RoleMatch(None, top_score)  # a tie: better the general list than a guess
    return RoleMatch(key, top_score, tuple(matched))
