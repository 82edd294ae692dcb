"""The feedback log's records: themes with the user's own ratings, and what others said.

What an entry asks follows the published methods (the app's guide cites them):
- SBI (Center for Creative Leadership): situation, behaviour, impact, as the other person
  described it; Lara Hogan's feedback equation adds the request (``ask``).
- Marshall Goldsmith's feedforward: ask for two ideas for the future, listen, say thank you
  (``feedforward``, at most two).
- A follow-up action on every entry (``response`` is required): 360 feedback alone changes
  little, more when the person sets goals and acts on it (Smither, London & Reilly,
  *Personnel Psychology*, 2005).
- The user rates themself on a theme before logging what others said, so their own view
  is not anchored by others' (self-ratings correlate only modestly with supervisors',
  r ≈ .22, and are more lenient: Heidemeier & Moser, *J. Applied Psychology*, 2009).

The store keeps themes in ``feedback_themes`` with ``self_ratings`` in
``feedback_self_ratings``; entries in ``feedback_entries`` with ``feedforward`` in
``feedback_feedforward``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from altitude.domain.growth.described import FORMAT_VERSION, new_in_format
from altitude.domain.records import choice, day, line, lines, record_id, records, ref, text, whole
from altitude.i18n import QT_TRANSLATE_NOOP
from altitude.i18n.sentence import problem

RATING_LOW, RATING_HIGH = 1, 5
RATING_MESSAGE = QT_TRANSLATE_NOOP("Validation", "Rate from 1 to 5.")
MAX_FEEDFORWARD = 2  # Goldsmith asks for two ideas


class SourceKind(StrEnum):
    TEAM_MEMBER = "team-member"
    PEER = "peer"
    BOSS = "boss"
    OTHER_FUNCTION = "other-function"  # someone from another function
    OTHER = "other"


class ThemeOrigin(StrEnum):
    IDENTITY = "identity"  # one of the plan's "who I need to become" statements
    OWN = "own"  # added by the user


@new_in_format(FORMAT_VERSION)
@dataclass(frozen=True, slots=True)
class SelfRating:
    on: date = day(
        QT_TRANSLATE_NOOP("Validation", "Choose the date of your rating."), column="on_date"
    )
    rating: int = whole(
        RATING_LOW, RATING_HIGH, QT_TRANSLATE_NOOP("Validation", "Rate yourself from 1 to 5.")
    )


@new_in_format(FORMAT_VERSION)
@dataclass(frozen=True, slots=True)
class FeedbackTheme:
    title: str = line(QT_TRANSLATE_NOOP("Validation", "Give the theme a title."))
    origin: ThemeOrigin = choice(
        ThemeOrigin,
        QT_TRANSLATE_NOOP(
            "Validation", "Choose whether the theme comes from your plan or is your own."
        ),
    )
    self_ratings: tuple[SelfRating, ...] = records(SelfRating, doc="Your own ratings, by date.")
    id: int | None = record_id()

    @property
    def latest_self_rating(self) -> SelfRating | None:
        return max(self.self_ratings, key=lambda r: r.on, default=None)


@new_in_format(FORMAT_VERSION)
@dataclass(frozen=True, slots=True)
class FeedbackEntry:
    source: SourceKind = choice(
        SourceKind,
        QT_TRANSLATE_NOOP(
            "Validation", "Choose a team member, a peer, your boss, another function or other."
        ),
    )
    on: date = day(
        QT_TRANSLATE_NOOP("Validation", "Choose the date you heard it."), column="on_date"
    )
    response: str = line(QT_TRANSLATE_NOOP("Validation", "Say what you will do about it."))
    person_id: int | None = ref("person", doc="The team member it came from, or null.")
    name: str = line(doc="Who it came from, when not a person on your team.")
    theme_id: int | None = ref("theme", doc="The theme it speaks to, or null.")
    situation: str = text(QT_TRANSLATE_NOOP("Validation", "The situation"))
    behaviour: str = text(QT_TRANSLATE_NOOP("Validation", "The behaviour"))
    impact: str = text(QT_TRANSLATE_NOOP("Validation", "The impact"))
    ask: str = text(QT_TRANSLATE_NOOP("Validation", "What they asked for"))
    feedforward: tuple[str, ...] = lines(
        QT_TRANSLATE_NOOP("Validation", "Each idea needs some words."),
        MAX_FEEDFORWARD,
        problem(
            "Validation",
            QT_TRANSLATE_NOOP("Validation", "Note at most {0} feedforward ideas."),
            MAX_FEEDFORWARD,
        ),
        column="idea",
        doc="Up to two ideas for the future (Goldsmith's feedforward).",
    )
    follow_up_on: date | None = day(
        QT_TRANSLATE_NOOP("Validation", "Choose a follow-up date on or after the feedback."),
        default=None,
        optional=True,
    )
    followed_up_on: date | None = day(
        QT_TRANSLATE_NOOP(
            "Validation", "Choose the date you followed up, on or after the feedback."
        ),
        default=None,
        optional=True,
    )
    rating: int | None = whole(
        RATING_LOW,
        RATING_HIGH,
        QT_TRANSLATE_NOOP("Validation", "Their rating is from 1 to 5, or leave it empty."),
        default=None,
        optional=True,
        doc="Their 1-5 for the theme, or null.",
    )
    id: int | None = record_id()


def _key(title: str) -> str:
    return " ".join(title.split()).casefold()


def themes_from_identity(
    identity: Iterable[str], themes: Iterable[FeedbackTheme]
) -> tuple[FeedbackTheme, ...]:
    """New themes for the plan's identity statements that are not a theme yet."""
    known = {_key(t.title) for t in themes}
    found: list[FeedbackTheme] = []
    for statement in identity:
        title = " ".join(statement.split())
        if title and _key(title) not in known:
            known.add(_key(title))
            found.append(FeedbackTheme(title, ThemeOrigin.IDENTITY))
    return tuple(found)
