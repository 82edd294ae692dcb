"""The things a transition plan is made of. Plain, immutable values: no I/O.

Entities carry an ``id`` that is ``None`` until the store has saved them. Changes
are made with ``dataclasses.replace`` so every version can be kept for undo.
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, NamedTuple

from altitude.domain.field_rules import MAX_HOURS_PER_KIND, MAX_IDENTITY
from altitude.domain.growth.decisions import JournalEntry
from altitude.domain.growth.feedback import FeedbackEntry, FeedbackTheme
from altitude.domain.guidance.situations import Situation
from altitude.domain.records import (
    FieldSpec,
    Kind,
    choice,
    day,
    describe_tuple,
    flag,
    line,
    lines,
    number,
    record,
    record_id,
    records,
    ref,
    text,
    whole,
)
from altitude.domain.records import week as week_field
from altitude.domain.weeks import IsoWeek
from altitude.i18n import QT_TRANSLATE_NOOP
from altitude.i18n.sentence import problem

if TYPE_CHECKING:  # stored.py uses ItemHours from here; PlanState only names its types
    from altitude.domain.arcs.functions import BusinessFunction
    from altitude.domain.arcs.narrative import NarrativeVersion
    from altitude.domain.arcs.reviews import MilestoneReview
    from altitude.domain.arcs.stakeholders import Stakeholder
    from altitude.domain.worktime.stored import ImportedTime, TimeRule, TimeSource


class Mode(StrEnum):
    EXECUTION = "execution"
    STRATEGY = "strategy"


class Decision(StrEnum):
    UNDECIDED = "undecided"
    KEEP = "keep"
    DELEGATE = "delegate"
    COACH = "coach-then-delegate"
    STOP = "stop"


class Status(StrEnum):
    PLANNED = "planned"
    HANDING_OVER = "handing-over"
    OWNED = "owned"
    TAKEN_BACK = "taken-back"


class Theme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


DEFAULT_HORIZON_DAYS = 90
DEFAULT_MILESTONE_DAYS = (30, 60, 90)
DEFAULT_TOLERANCE = 5.0  # percentage points either side of the glide path

PLAN_V5 = 5  # the JSON format version the plan's situation and family arrive in
MAX_FAMILY = 60  # a family id: a few lowercase words joined by hyphens

SHARE_MESSAGE = QT_TRANSLATE_NOOP("Validation", "A share of the week must be between 0 and 100%.")
LEVEL_MESSAGE = QT_TRANSLATE_NOOP(
    "Validation", "The delegation level must be a whole number from 1 to 7."
)
HOURS_MESSAGE = QT_TRANSLATE_NOOP("Validation", "Hours must be between 0 and 100.")
WEEKDAY_MESSAGE = QT_TRANSLATE_NOOP(
    "Validation", "Choose a day of the week (0 is Monday, 6 is Sunday)."
)


@dataclass(frozen=True, slots=True)
class Milestone:
    """A checkpoint ``day`` days after the start, with the strategy share due by then."""

    day: int = whole(
        1, None, QT_TRANSLATE_NOOP("Validation", "Milestone days must rise one after another.")
    )
    target_share: float = number(
        0,
        100,
        QT_TRANSLATE_NOOP(
            "Validation", "Each milestone's strategy share must be between 0 and 100%."
        ),
    )
    label: str = line()


@dataclass(frozen=True, slots=True)
class Plan:
    current_role: str = line(QT_TRANSLATE_NOOP("Validation", "Name the role you had."))
    new_role: str = line(QT_TRANSLATE_NOOP("Validation", "Name the role you are stepping into."))
    start_date: date = day(QT_TRANSLATE_NOOP("Validation", "Choose the date the plan starts."))
    horizon_end: date = day(QT_TRANSLATE_NOOP("Validation", "The plan must end after it starts."))
    # percent of the week on strategy when the plan starts, and by the horizon end
    baseline_share: float = number(0, 100, SHARE_MESSAGE)
    target_share: float = number(0, 100, SHARE_MESSAGE)
    milestones: tuple[Milestone, ...] = records(Milestone)
    motive: str = text(
        QT_TRANSLATE_NOOP("Validation", "Your motive"), doc='The answer to "Why do I want to lead?"'
    )
    identity: tuple[str, ...] = lines(
        QT_TRANSLATE_NOOP("Validation", "Each statement needs some words."),
        MAX_IDENTITY,
        problem(
            "Validation",
            QT_TRANSLATE_NOOP("Validation", "Choose at most {0} statements of who to become."),
            MAX_IDENTITY,
        ),
        column="phrase",
        doc="Who I need to become.",
    )
    tolerance: float = number(
        0,
        50,
        QT_TRANSLATE_NOOP("Validation", "The tolerance must be between 0 and 50 points."),
        default=DEFAULT_TOLERANCE,
    )
    # What the first-run wizard asked (format 5): Watkins' situation, and the role family
    # whose suggestions it offered (an id of services.guidance.families; "" = none).
    situation: Situation | None = choice(
        Situation,
        QT_TRANSLATE_NOOP("Validation", "Choose one of the five situations, or none."),
        default=None,
        optional=True,
        doc="The business situation (Watkins' STARS), or null when not sure.",
        since=PLAN_V5,
    )
    family: str = line(
        doc="The role family whose suggestions the wizard offered (its id), or empty.",
        max_length=MAX_FAMILY,
        since=PLAN_V5,
    )

    @property
    def horizon_days(self) -> int:
        return (self.horizon_end - self.start_date).days


def default_milestones(
    baseline: float, target: float, horizon_days: int = DEFAULT_HORIZON_DAYS
) -> tuple[Milestone, ...]:
    """30/60/90-day milestones on a straight line from baseline to target.

    Milestones past a shorter horizon are dropped; the horizon end is always one.
    """
    days = [d for d in DEFAULT_MILESTONE_DAYS if d < horizon_days] + [horizon_days]
    return tuple(
        Milestone(
            day=d,
            target_share=round(baseline + (target - baseline) * d / horizon_days, 1),
            label=f"{d} days",
        )
        for d in days
    )


def new_plan(
    current_role: str,
    new_role: str,
    start_date: date,
    baseline_share: float,
    target_share: float,
    horizon_days: int = DEFAULT_HORIZON_DAYS,
    motive: str = "",
    identity: tuple[str, ...] = (),
) -> Plan:
    return Plan(
        current_role=current_role,
        new_role=new_role,
        start_date=start_date,
        horizon_end=start_date + timedelta(days=horizon_days),
        baseline_share=baseline_share,
        target_share=target_share,
        milestones=default_milestones(baseline_share, target_share, horizon_days),
        motive=motive,
        identity=identity,
    )


@dataclass(frozen=True, slots=True)
class Factors:
    """The five weighing factors, each rated 1 (low) to 5 (high)."""

    leverage: int = whole(
        1, 5, QT_TRANSLATE_NOOP("Validation", "Rate leverage from 1 to 5."), default=3
    )  # yield when *you* do it
    only_you: int = whole(
        1, 5, QT_TRANSLATE_NOOP("Validation", "Rate only-you from 1 to 5."), default=3
    )  # nobody else could
    risk: int = whole(
        1, 5, QT_TRANSLATE_NOOP("Validation", "Rate risk from 1 to 5."), default=3
    )  # cost if done imperfectly
    growth: int = whole(
        1, 5, QT_TRANSLATE_NOOP("Validation", "Rate growth from 1 to 5."), default=3
    )  # how it grows someone
    attachment: int = whole(
        1, 5, QT_TRANSLATE_NOOP("Validation", "Rate attachment from 1 to 5."), default=3
    )  # your attachment

    def as_dict(self) -> dict[str, int]:
        return {name: getattr(self, name) for name in FACTOR_NAMES}


FACTOR_NAMES: tuple[str, ...] = ("leverage", "only_you", "risk", "growth", "attachment")


@dataclass(frozen=True, slots=True)
class InventoryItem:
    title: str = line(QT_TRANSLATE_NOOP("Validation", "Give the item a title."))
    hours: float = number(  # per week
        0,
        MAX_HOURS_PER_KIND,
        QT_TRANSLATE_NOOP("Validation", "Hours per week must be more than 0 and at most 100."),
        above=True,
    )
    mode: Mode = choice(Mode, QT_TRANSLATE_NOOP("Validation", "Choose execution or strategy."))
    factors: Factors = record(Factors)
    decision: Decision = choice(
        Decision,
        QT_TRANSLATE_NOOP(
            "Validation", "Choose keep, delegate, coach then delegate, stop, or undecided."
        ),
        default=Decision.UNDECIDED,
    )
    notes: str = text(QT_TRANSLATE_NOOP("Validation", "Notes"))
    id: int | None = record_id()


@dataclass(frozen=True, slots=True)
class Person:
    name: str = line(QT_TRANSLATE_NOOP("Validation", "Give the person a name."))
    role: str = line()
    growth_goal: str = text(QT_TRANSLATE_NOOP("Validation", "The growth goal"))
    notes: str = text(QT_TRANSLATE_NOOP("Validation", "Notes"))
    one_to_one_days: int | None = whole(
        1,
        365,
        QT_TRANSLATE_NOOP(
            "Validation", "Meet every 1 to 365 days, or leave the one-to-one cadence empty."
        ),
        default=None,
        optional=True,
        doc="How often you meet one to one, in days; null when not set.",
        since=2,
    )
    last_one_to_one: date | None = day(
        QT_TRANSLATE_NOOP("Validation", "Choose the date of the last one-to-one."),
        default=None,
        optional=True,
        doc="The date of the last one-to-one; null when none is logged.",
        since=2,
    )
    id: int | None = record_id()

    def one_to_one_due(self) -> date | None:
        """When the next one-to-one is due: None without a cadence; with a cadence and no
        one-to-one logged yet, it is due now (``date.min``)."""
        if self.one_to_one_days is None:
            return None
        if self.last_one_to_one is None:
            return date.min
        return self.last_one_to_one + timedelta(days=self.one_to_one_days)


@dataclass(frozen=True, slots=True)
class DelegationCheckIn:
    on: date = day(column="on_date")
    note: str = text(QT_TRANSLATE_NOOP("Validation", "A check-in note"), default=MISSING)
    on_track: bool = flag()


@dataclass(frozen=True, slots=True)
class LevelStep:
    """A planned level: reach ``level`` by ``week`` weeks after the delegation began."""

    week: int = whole(
        0,
        None,
        QT_TRANSLATE_NOOP("Validation", "Plan the levels in order of week, from week 0 on."),
    )
    level: int = whole(1, 7, LEVEL_MESSAGE)


@dataclass(frozen=True, slots=True)
class LevelChange:
    """The actual level, as set on a date."""

    on: date = day(column="on_date")
    level: int = whole(1, 7, LEVEL_MESSAGE)


@dataclass(frozen=True, slots=True)
class Delegation:
    outcome: str = line(QT_TRANSLATE_NOOP("Validation", "Describe the outcome you hand over."))
    started_on: date = day(
        QT_TRANSLATE_NOOP("Validation", "Choose the date the hand-over started.")
    )
    owner_id: int | None = ref("person", doc="The team member who owns the outcome, or null.")
    item_id: int | None = ref("item", doc="The inventory item it came from, or null.")
    success_measure: str = text(QT_TRANSLATE_NOOP("Validation", "The success measure"))
    level: int = whole(1, 7, LEVEL_MESSAGE, default=3)
    cadence_days: int = whole(
        1, 365, QT_TRANSLATE_NOOP("Validation", "Check in every 1 to 365 days."), default=7
    )
    next_checkin: date | None = day(
        QT_TRANSLATE_NOOP("Validation", "Choose the next check-in date."),
        default=None,
        optional=True,
    )
    status: Status = choice(
        Status,
        QT_TRANSLATE_NOOP("Validation", "Choose planned, handing over, owned or taken back."),
        default=Status.PLANNED,
    )
    taken_back_reason: str = text(QT_TRANSLATE_NOOP("Validation", "The reason"))
    hours_freed: float = number(
        0,
        MAX_HOURS_PER_KIND,
        QT_TRANSLATE_NOOP("Validation", "Hours freed per week must be between 0 and 100."),
        default=0.0,
    )
    checkins: tuple[DelegationCheckIn, ...] = records(DelegationCheckIn)
    level_plan: tuple[LevelStep, ...] = records(LevelStep)
    level_history: tuple[LevelChange, ...] = records(LevelChange)
    id: int | None = record_id()


@dataclass(frozen=True, slots=True)
class ReflectionAnswer:
    prompt: str = text(QT_TRANSLATE_NOOP("Validation", "A prompt"), default=MISSING)
    answer: str = text(QT_TRANSLATE_NOOP("Validation", "An answer"), default=MISSING)


class ItemHours(NamedTuple):
    """Hours of a week logged on one inventory item; a plain ``(item_id, hours)`` pair."""

    item_id: int
    hours: float


describe_tuple(
    ItemHours,
    item_id=FieldSpec(
        Kind.REF, "Hours can only be logged on items from your inventory.", refers_to="item"
    ),
    hours=FieldSpec(
        Kind.NUMBER, "Hours per item must be between 0 and 100.", 0, MAX_HOURS_PER_KIND
    ),
)


@dataclass(frozen=True, slots=True)
class WeeklyCheckIn:
    week: IsoWeek = week_field()
    execution_hours: float = number(0, MAX_HOURS_PER_KIND, HOURS_MESSAGE)
    strategy_hours: float = number(0, MAX_HOURS_PER_KIND, HOURS_MESSAGE)
    item_hours: tuple[tuple[int, float], ...] = records(ItemHours)  # (inventory item id, hours)
    note: str = text(QT_TRANSLATE_NOOP("Validation", "The note"))
    answers: tuple[ReflectionAnswer, ...] = records(ReflectionAnswer)

    @property
    def total_hours(self) -> float:
        return self.execution_hours + self.strategy_hours


class ReportSection(StrEnum):
    """The parts of the PDF report, in the order it prints them."""

    PLAN = "plan"
    CHARTS = "charts"
    INVENTORY = "inventory"
    DELEGATIONS = "delegations"
    DECISIONS = "decisions"
    FEEDBACK = "feedback"
    # format 5: thinking in arcs (domain.arcs) and the one-page sheet for the boss
    NARRATIVE = "narrative"
    RELATIONSHIPS = "relationships"
    FUNCTIONS = "functions"
    REVIEWS = "reviews"
    BOSS = "boss"


REPORT_SECTIONS: tuple[str, ...] = tuple(s.value for s in ReportSection)
# Every section there was before format 5. A stored choice holding all of these meant
# "everything" (it was the default, or the user ticked every box): it becomes every section
# now, so the new ones print too. Migration 0005 does it in the database and the codec for
# an older export (``upgraded_sections``); a choice of some sections stays as it was.
REPORT_SECTIONS_V4: tuple[str, ...] = (
    "plan",
    "charts",
    "inventory",
    "delegations",
    "decisions",
    "feedback",
)


def upgraded_sections(sections: tuple[str, ...]) -> tuple[str, ...]:
    """A report choice from before format 5, as it reads now (see REPORT_SECTIONS_V4)."""
    return REPORT_SECTIONS if set(REPORT_SECTIONS_V4) <= set(sections) else sections


DEFAULT_FOCUS_WORDS: tuple[str, ...] = ("focus time", "focus", "deep work")
MAX_ADDRESSES = 20  # the user's own e-mail addresses
MAX_ADDRESS = 254  # RFC 5321's longest address
MAX_FOCUS_WORDS = 30
MAX_WORD = 80  # a rule's or a focus word
MAX_ZONE = 64  # the longest IANA name is about 32 characters
SETTINGS_V4 = 4  # the JSON format version the time-import and review settings arrive in


@dataclass(frozen=True, slots=True)
class Settings:
    checkin_weekday: int = whole(0, 6, WEEKDAY_MESSAGE, default=4)  # 0 = Monday; Friday
    first_day_of_week: int = whole(0, 6, WEEKDAY_MESSAGE, default=0)
    theme: Theme = choice(
        Theme,
        QT_TRANSLATE_NOOP("Validation", "Choose the system, light or dark theme."),
        default=Theme.SYSTEM,
    )
    backups_kept: int = whole(
        1, 100, QT_TRANSLATE_NOOP("Validation", "Keep between 1 and 100 backups."), default=10
    )
    # Settings is a key/value table (a row per field, no parent id to hang child rows on),
    # so its tuples are kept as a JSON array in the value, read and written whole and never
    # queried by element; triggers check each element (migration 0004).
    time_zone: str = line(
        doc="Your IANA time zone (e.g. Europe/Berlin) for imported time; empty: the system's.",
        max_length=MAX_ZONE,
        since=SETTINGS_V4,
    )  # a known zone is checked by the service (the domain reads no zone database)
    my_addresses: tuple[str, ...] = lines(
        QT_TRANSLATE_NOOP("Validation", "Each address needs some characters."),
        MAX_ADDRESSES,
        problem(
            "Validation",
            QT_TRANSLATE_NOOP("Validation", "List at most {0} of your e-mail addresses."),
            MAX_ADDRESSES,
        ),
        column="my_addresses",
        doc="Your e-mail addresses: for declined invitations and meeting load.",
        max_length=MAX_ADDRESS,
        stripped=True,
        as_json=True,
        since=SETTINGS_V4,
    )
    focus_words: tuple[str, ...] = lines(
        QT_TRANSLATE_NOOP("Validation", "Each focus word needs some letters."),
        MAX_FOCUS_WORDS,
        problem(
            "Validation",
            QT_TRANSLATE_NOOP("Validation", "List at most {0} focus words."),
            MAX_FOCUS_WORDS,
        ),
        column="focus_words",
        doc="An event whose title contains one of these is protected (focus) time.",
        max_length=MAX_WORD,
        stripped=True,
        as_json=True,
        since=SETTINGS_V4,
        default=DEFAULT_FOCUS_WORDS,
    )
    two_way_review_days: int = whole(
        1,
        365,
        QT_TRANSLATE_NOOP("Validation", "Review a two-way door decision after 1 to 365 days."),
        default=21,
        doc="The rule of thumb for reviewing a two-way door decision, in days.",
        since=SETTINGS_V4,
    )
    one_way_review_days: int = whole(
        1,
        730,
        QT_TRANSLATE_NOOP("Validation", "Review a one-way door decision after 1 to 730 days."),
        default=90,
        doc="The rule of thumb for reviewing a one-way door decision, in days.",
        since=SETTINGS_V4,
    )
    report_sections: tuple[str, ...] = lines(
        QT_TRANSLATE_NOOP("Validation", "Name a report section."),
        len(REPORT_SECTIONS),
        problem(
            "Validation",
            QT_TRANSLATE_NOOP(
                "Validation", "Choose one or more report sections of {0}, each once."
            ),
            ", ".join(REPORT_SECTIONS),
        ),
        column="report_sections",
        doc="The sections the PDF report prints.",
        min_count=1,
        choices=ReportSection,
        as_json=True,
        since=SETTINGS_V4,
        default=REPORT_SECTIONS,
    )


@dataclass(frozen=True, slots=True)
class PlanState:
    """Everything in one store, as the services hand it to the GUI and the CLI."""

    plan: Plan | None = None
    items: tuple[InventoryItem, ...] = ()
    people: tuple[Person, ...] = ()
    delegations: tuple[Delegation, ...] = ()
    checkins: tuple[WeeklyCheckIn, ...] = ()  # sorted by week
    settings: Settings = field(default_factory=Settings)
    journal: tuple[JournalEntry, ...] = ()  # the decision journal, by id
    themes: tuple[FeedbackTheme, ...] = ()  # feedback themes with your own ratings, by id
    feedback: tuple[FeedbackEntry, ...] = ()  # what others said, by id
    time_sources: tuple[TimeSource, ...] = ()  # remembered calendar and tracker files, by id
    time_rules: tuple[TimeRule, ...] = ()  # in the user's order: the first match wins
    imported: tuple[ImportedTime, ...] = ()  # what imported time showed, one per week, by week
    narratives: tuple[NarrativeVersion, ...] = ()  # by written_on, then id (oldest first)
    stakeholders: tuple[Stakeholder, ...] = ()  # relationships beyond the team, by id
    functions: tuple[BusinessFunction, ...] = ()  # the cross-functional map, by id
    reviews: tuple[MilestoneReview, ...] = ()  # milestone reviews, by milestone_day

    def item(self, item_id: int) -> InventoryItem | None:
        return next((i for i in self.items if i.id == item_id), None)

    def person(self, person_id: int) -> Person | None:
        return next((p for p in self.people if p.id == person_id), None)

    def delegation(self, delegation_id: int) -> Delegation | None:
        return next((d for d in self.delegations if d.id == delegation_id), None)

    def checkin(self, week: IsoWeek) -> WeeklyCheckIn | None:
        return next((c for c in self.checkins if c.week == week), None)

    def imported_week(self, week: IsoWeek) -> ImportedTime | None:
        return next((x for x in self.imported if x.week == week), None)

    def stakeholder(self, stakeholder_id: int) -> Stakeholder | None:
        return next((p for p in self.stakeholders if p.id == stakeholder_id), None)

    def function(self, function_id: int) -> BusinessFunction | None:
        return next((f for f in self.functions if f.id == function_id), None)

    def boss(self) -> Stakeholder | None:
        """The stakeholder marked as your manager (at most one is), or None."""
        return next((p for p in self.stakeholders if p.is_boss), None)
