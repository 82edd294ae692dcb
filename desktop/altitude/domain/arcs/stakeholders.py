"""Relationships beyond the team: the boss, peers, other functions' leads, key customers.

- **Power-interest grid** (Mendelow, 1991): influence and interest, 1-5 each, place a
  person in one of four quadrants — manage closely, keep satisfied, keep informed, monitor.
- **Coalitions** (Watkins, *The First 90 Days*): stance is supporter, convincible, opponent
  or unknown; approach influential supporters first, then influential convincibles.
- **The five conversations with the new boss** (Watkins): the situation, expectations,
  resources, style, personal development — each with when it was held and what was agreed.
- Linda Hill ("Becoming the Boss", HBR 2007): influence comes from relationships and
  credibility, not formal authority; hence trust (1-5) and how often to be in touch.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from altitude.domain.arcs.described import FORMAT_VERSION
from altitude.domain.growth.described import new_in_format
from altitude.domain.records import (
    SPEC,
    FieldSpec,
    Kind,
    choice,
    day,
    line,
    record_id,
    records,
    text,
    whole,
)
from altitude.i18n import QT_TRANSLATE_NOOP

HIGH = 3  # on a 1-5 scale, 3 and above is high: the grid's middle line


class Stance(StrEnum):
    SUPPORTER = "supporter"
    CONVINCIBLE = "convincible"
    OPPONENT = "opponent"
    UNKNOWN = "unknown"


class Quadrant(StrEnum):
    MANAGE_CLOSELY = "manage closely"  # high influence, high interest
    KEEP_SATISFIED = "keep satisfied"  # high influence, low interest
    KEEP_INFORMED = "keep informed"  # low influence, high interest
    MONITOR = "monitor"  # low, low


class BossTopic(StrEnum):
    """Watkins' five conversations with the new boss, in his order."""

    SITUATION = "situation"
    EXPECTATIONS = "expectations"
    RESOURCES = "resources"
    STYLE = "style"
    DEVELOPMENT = "personal development"


@new_in_format(FORMAT_VERSION)
@dataclass(frozen=True, slots=True)
class Contact:
    on: date = day(
        QT_TRANSLATE_NOOP("Validation", "Choose the date you were in touch."), column="on_date"
    )
    note: str = text(QT_TRANSLATE_NOOP("Validation", "The note"))


@new_in_format(FORMAT_VERSION)
@dataclass(frozen=True, slots=True)
class BossConversation:
    topic: BossTopic = choice(
        BossTopic, QT_TRANSLATE_NOOP("Validation", "Choose one of the five conversations.")
    )
    held_on: date = day(QT_TRANSLATE_NOOP("Validation", "Choose the date of the conversation."))
    agreed: str = text(QT_TRANSLATE_NOOP("Validation", "What was agreed"))


# records.flag has no default; most people are not the boss
_BOSS = FieldSpec(
    Kind.FLAG,
    message=QT_TRANSLATE_NOOP("Validation", "Choose yes or no."),
    doc="Your manager: the five conversations apply.",
)


@new_in_format(FORMAT_VERSION)
@dataclass(frozen=True, slots=True)
class Stakeholder:
    name: str = line(QT_TRANSLATE_NOOP("Validation", "Give their name."))
    role: str = line(doc="Their role, e.g. VP Sales.")
    function: str = line(doc="Their function, e.g. finance.")
    influence: int = whole(
        1, 5, QT_TRANSLATE_NOOP("Validation", "Rate their influence from 1 to 5."), default=3
    )
    interest: int = whole(
        1,
        5,
        QT_TRANSLATE_NOOP("Validation", "Rate their interest in your work from 1 to 5."),
        default=3,
    )
    stance: Stance = choice(
        Stance,
        QT_TRANSLATE_NOOP("Validation", "Choose supporter, convincible, opponent or unknown."),
        default=Stance.UNKNOWN,
    )
    trust: int = whole(
        1, 5, QT_TRANSLATE_NOOP("Validation", "Rate the trust between you from 1 to 5."), default=3
    )
    contact_days: int | None = whole(
        1,
        365,
        QT_TRANSLATE_NOOP("Validation", "Be in touch every 1 to 365 days, or leave it empty."),
        default=None,
        optional=True,
    )
    is_boss: bool = field(default=False, metadata={SPEC: _BOSS})
    owe_them: str = text(QT_TRANSLATE_NOOP("Validation", "What you owe them"))
    owe_me: str = text(QT_TRANSLATE_NOOP("Validation", "What they owe you"))
    contacts: tuple[Contact, ...] = records(Contact, doc="When you were in touch, newest last.")
    conversations: tuple[BossConversation, ...] = records(BossConversation)
    id: int | None = record_id()

    @property
    def last_contact(self) -> date | None:
        return max((c.on for c in self.contacts), default=None)

    def contact_due(self) -> date | None:
        """When to be in touch next: None without a rhythm; now (``date.min``) if never."""
        if self.contact_days is None:
            return None
        last = self.last_contact
        return date.min if last is None else last + timedelta(days=self.contact_days)

    def contact_overdue(self, today: date) -> bool:
        due = self.contact_due()
        return due is not None and due < today

    @property
    def quadrant(self) -> Quadrant:
        if self.influence >= HIGH:
            return Quadrant.MANAGE_CLOSELY if self.interest >= HIGH else Quadrant.KEEP_SATISFIED
        return Quadrant.KEEP_INFORMED if self.interest >= HIGH else Quadrant.MONITOR


def overdue_contacts(people: Iterable[Stakeholder], today: date) -> list[Stakeholder]:
    """The people you meant to be in touch with by now, longest overdue first."""
    late = [p for p in people if p.contact_overdue(today)]
    return sorted(late, key=lambda p: (p.contact_due() or date.min, p.name.casefold()))


_STANCE_ORDER = {Stance.SUPPORTER: 0, Stance.CONVINCIBLE: 1, Stance.UNKNOWN: 2, Stance.OPPONENT: 3}


def watkins_order(people: Iterable[Stakeholder]) -> list[Stakeholder]:
    """Whom to approach first when building a coalition: influential supporters, then
    influential convincibles, then the rest — the most influential first within each."""
    return sorted(
        people,
        key=lambda p: (p.influence < HIGH, _STANCE_ORDER[p.stance], -p.influence, -p.trust),
    )


def conversations_held(boss: Stakeholder) -> dict[BossTopic, BossConversation | None]:
    """Each of the five conversations with its latest holding, or None if not yet held."""
    latest: dict[BossTopic, BossConversation | None] = {topic: None for topic in BossTopic}
    for talk in sorted(boss.conversations, key=lambda c: c.held_on):
        latest[talk.topic] = talk
    return latest
