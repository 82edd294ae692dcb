"""A sentence the domain builds for the user, kept as its parts so any layer can word it.

The domain knows no translator: it returns a ``Sentence`` — a template marked for
translation where it is written (``QT_TRANSLATE_NOOP`` / ``QT_TRANSLATE_N_NOOP`` with the
same context), the values that fill its ``{0}``, ``{1}``… and, for a count, ``n`` (its
``%n`` picks the plural form). The GUI and the report show ``translated()``; the CLI, a
contract for scripts, prints ``english()``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from altitude.i18n import english, translate


@dataclass(frozen=True, slots=True)
class Local:
    """A value the CLI writes as it always has (ISO week, "+1.5") and the GUI through the
    locale (``altitude.i18n.formats``: "Woche vom 14. Dez.", "+1,5")."""

    plain: str
    local: Callable[[], str] = field(compare=False)  # equal when the plain value is

    def __str__(self) -> str:
        return self.plain


Value = str | int | float | Local


@dataclass(frozen=True, slots=True)
class Sentence:
    context: str
    template: str  # marked with QT_TRANSLATE_NOOP(context, ...) where the sentence is made
    values: tuple[Value, ...] = ()
    n: int = -1  # a count: the template has %n and a plural form (QT_TRANSLATE_N_NOOP)

    def english(self) -> str:
        return english(self.context, self.template, None, self.n).format(*self.values)

    def translated(self) -> str:
        shown = [v.local() if isinstance(v, Local) else v for v in self.values]
        return translate(self.context, self.template, None, self.n).format(*shown)

    def __str__(self) -> str:
        return self.english()
