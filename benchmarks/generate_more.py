"""The ten-year plan's later record types, at the same scale (``generate.ten_year_plan``).

A decision every two weeks (260, a third reviewed), a feedback entry every two weeks on five
themes rated monthly, imported time for every week, the narrative revised every month (120
versions of four linked actions), 30 people beyond the team in touch about monthly (~3,600
contacts; the boss with the five conversations), the eight default functions touched every
two weeks or so (~2,000 touches), and a review at each milestone. Deterministic: the same
``rng`` state gives the same records.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from altitude.domain.arcs.described import ActionDelegationLink, ActionItemLink
from altitude.domain.arcs.functions import DEFAULT_FUNCTIONS, BusinessFunction, FunctionTouch
from altitude.domain.arcs.narrative import NarrativeAction, NarrativeVersion
from altitude.domain.arcs.reviews import MilestoneReview
from altitude.domain.arcs.stakeholders import (
    BossConversation,
    BossTopic,
    Contact,
    Stakeholder,
    Stance,
)
from altitude.domain.entities import Plan, WeeklyCheckIn
from altitude.domain.growth.decisions import (
    DelegationLink,
    Door,
    ItemLink,
    JournalEntry,
    JournalReview,
    PersonLink,
    Quality,
)
from altitude.domain.growth.feedback import (
    FeedbackEntry,
    FeedbackTheme,
    SelfRating,
    SourceKind,
    ThemeOrigin,
)
from altitude.domain.worktime.stored import ImportedTime

STAKEHOLDERS = 30
THEMES = ("Operate at altitude", "Delegate outcomes", "Listen first", "Decide once", "Coach")


def journal(rng: random.Random, start: date, today: date, people: int, items: int,
            delegations: int) -> tuple[JournalEntry, ...]:  # fmt: skip
    entries = []
    for n, decided in enumerate(_every(start, today - timedelta(days=30), 14), start=1):
        door = Door.ONE_WAY if n % 3 == 0 else Door.TWO_WAY
        reviewed = n % 3 == 1
        entries.append(
            JournalEntry(
                decision=f"Decision {n}: who owns the next step",
                kind=rng.choice(("people", "money", "risk", "timing")),
                door=door,
                decided_on=decided,
                review_on=decided + timedelta(days=21 if door is Door.TWO_WAY else 90),
                information=rng.randint(30, 90),
                chosen="Hand it over",
                expected="It is done without me",
                expected_by=decided + timedelta(days=28),
                confidence=rng.randint(40, 90),
                options=("Hand it over", "Keep it a month"),
                rationale="The team is ready; I hover.",
                people=(PersonLink(rng.randint(1, people)),),
                delegations=(DelegationLink(rng.randint(1, delegations)),),
                items=(ItemLink(rng.randint(1, items)),),
                reviews=(_review(rng, decided),) if reviewed else (),
                id=n,
            )
        )
    return tuple(entries)


def _review(rng: random.Random, decided: date) -> JournalReview:
    outcome, process = rng.choice(tuple(Quality)), rng.choice(tuple(Quality))
    came_true = rng.random() < 0.7
    return JournalReview(decided + timedelta(days=30), came_true, outcome, process, "As expected.")


def feedback(rng: random.Random, start: date, today: date, people: int
             ) -> tuple[tuple[FeedbackTheme, ...], tuple[FeedbackEntry, ...]]:  # fmt: skip
    months = _every(start, today, 30)
    themes = tuple(
        FeedbackTheme(
            title,
            ThemeOrigin.IDENTITY if n < 2 else ThemeOrigin.OWN,
            self_ratings=tuple(SelfRating(day, rng.randint(2, 5)) for day in months),
            id=n + 1,
        )
        for n, title in enumerate(THEMES)
    )
    entries = tuple(
        FeedbackEntry(
            source=SourceKind.TEAM_MEMBER,
            on=day + timedelta(days=1),
            response="Try it for a month",
            person_id=rng.randint(1, people),
            theme_id=rng.randint(1, len(THEMES)),
            situation="The weekly planning",
            behaviour="I answered before the team did",
            impact="Fewer ideas came up",
            id=n,
        )
        for n, day in enumerate(_every(start, today - timedelta(days=2), 14), start=1)
    )
    return themes, entries


def imported(rng: random.Random, checkins: tuple[WeeklyCheckIn, ...]) -> tuple[ImportedTime, ...]:
    weeks = []
    for c in checkins:
        counted = c.execution_hours + c.strategy_hours
        meetings = round(counted * rng.uniform(0.3, 0.6), 1)
        weeks.append(
            ImportedTime(
                week=c.week,
                counted_hours=counted,
                meeting_hours=meetings,
                short_block_hours=round(meetings * 0.2, 1),
                focus_kept_hours=round(rng.uniform(2, 8), 1),
                focus_lost_hours=round(rng.uniform(0, 3), 1),
                item_hours=tuple((i, h) for i, h in c.item_hours),
            )
        )
    return tuple(weeks)


def narratives(rng: random.Random, start: date, today: date, items: int,
               delegations: int) -> tuple[NarrativeVersion, ...]:  # fmt: skip
    versions = []
    for n, written in enumerate(_every(start + timedelta(days=14), today, 30), start=1):
        actions = tuple(
            NarrativeAction(
                f"Action {k + 1} of version {n}",
                items=(
                    ActionItemLink(rng.randint(1, items)),
                    ActionItemLink(rng.randint(1, items)),
                ),
                delegations=(ActionDelegationLink(rng.randint(1, delegations)),),
            )
            for k in range(4)
        )
        versions.append(
            NarrativeVersion(
                written_on=written,
                diagnosis=f"Month {n}: the team waits on decisions that could be its own.",
                guiding_policy="Move decisions to the people closest to the work.",
                will_not=("Take on a second platform", f"Reopen decision {n}"),
                actions=actions,
                press_release="A team that ships without waiting for its director.",
                id=n,
            )
        )
    return tuple(versions)


def stakeholders(rng: random.Random, start: date, today: date) -> tuple[Stakeholder, ...]:
    people = []
    for n in range(1, STAKEHOLDERS + 1):
        boss = n == 1
        contacts = tuple(
            Contact(day, "Caught up") for day in _every(start + timedelta(days=n), today, 30)
        )
        talks = tuple(
            BossConversation(topic, start + timedelta(days=7 * (k + 1)), "Agreed the next step")
            for k, topic in enumerate(BossTopic)
        )
        people.append(
            Stakeholder(
                name=f"Stakeholder {n:02d}",
                role="Director" if boss else "Lead",
                function=DEFAULT_FUNCTIONS[n % len(DEFAULT_FUNCTIONS)].casefold(),
                influence=rng.randint(1, 5),
                interest=rng.randint(1, 5),
                stance=rng.choice(tuple(Stance)),
                trust=rng.randint(1, 5),
                contact_days=rng.choice((14, 30, 60, None)),
                is_boss=boss,
                contacts=contacts,
                conversations=talks if boss else (),
                id=n,
            )
        )
    return tuple(people)


def functions(rng: random.Random, start: date, today: date) -> tuple[BusinessFunction, ...]:
    return tuple(
        BusinessFunction(
            name=name,
            measured_on="Cash, margin, growth",
            how_we_move_it="Fewer escalations",
            learn_from_id=n + 2,
            could_explain=rng.randint(1, 5),
            touches=tuple(
                FunctionTouch(day, "Worked together")
                for day in _every(start + timedelta(days=n), today, 14)
                if rng.random() < 0.95
            ),
            id=n + 1,
        )
        for n, name in enumerate(DEFAULT_FUNCTIONS)
    )


def reviews(plan: Plan, today: date) -> tuple[MilestoneReview, ...]:
    """A review at each milestone that has come."""
    return tuple(
        MilestoneReview(
            milestone_day=m.day,
            held_on=plan.start_date + timedelta(days=m.day),
            planned_share=m.target_share,
            keep="The weekly planning",
            stop="Answering first",
            start="Asking first",
            id=n,
        )
        for n, m in enumerate(plan.milestones, start=1)
        if plan.start_date + timedelta(days=m.day) <= today
    )


def _every(first: date, last: date, days: int) -> list[date]:
    count = max(0, (last - first).days // days + 1)
    return [first + timedelta(days=days * k) for k in range(count)]
