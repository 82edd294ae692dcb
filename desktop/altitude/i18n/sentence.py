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


class Problem(str):
    """A message for the user whose text is its English (what ``str()``, the CLI and the
    tests see) and that keeps its ``Sentence``, so the GUI can show it in the app's
    language (``shown``). A str, so every ``{field: message}`` dict stays one."""

    sentence: Sentence

    def __new__(cls, sentence: Sentence) -> Problem:
        made = super().__new__(cls, sentence.english())
        made.sentence = sentence
        return made


def problem(context: str, template: str, *values: Value, n: int = -1) -> Problem:
    """A message with values: ``template`` marked with ``QT_TRANSLATE_NOOP(context, ...)``
    (``QT_TRANSLATE_N_NOOP`` with ``n``) where it is written, never an f-string."""
    return Problem(Sentence(context, template, values, n))


VALIDATION = "Validation"  # the context of every field's and rule's message (domain)
ERRORS = "Errors"  # the context of the messages services raise


def shown(message: str, context: str = VALIDATION) -> str:
    """``message`` in the app's language: a ``Problem`` by its sentence, a plain message
    by its text (marked with ``QT_TRANSLATE_NOOP(context, ...)`` where it is defined).
    Text that is already translated, or no message of ours, comes back as it is."""
    if isinstance(message, Problem):
        return message.sentence.translated()
    return translate(context, message) if message else message


def part(message: str, context: str = VALIDATION) -> Local:
    """A message (or a marked name such as "The growth goal") as a value of another
    message: English in English, translated where the whole is."""
    return Local(str(message), lambda: shown(message, context))
