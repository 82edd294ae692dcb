"""Thinking in arcs in the export (format version 5 on).

Four lists at the top: ``narratives`` (the versions, oldest first: by written_on, then
id), ``stakeholders`` and ``functions`` (by id), ``reviews`` (by milestone day). Ids are
checked like the rest: unique, and every reference names a record in the same file; and
what the database holds across rows — one boss, one review per milestone day — is said
here with the place, rather than as a refusal from SQLite after the file was read.
"""

from __future__ import annotations

from altitude.domain.arcs.functions import BusinessFunction
from altitude.domain.arcs.narrative import NarrativeVersion
from altitude.domain.arcs.reviews import MilestoneReview
from altitude.domain.arcs.stakeholders import Stakeholder
from altitude.store.interchange.growth_refs import unique_ids
from altitude.store.interchange.jsonsafe import InterchangeError

ARCS_SINCE = 5  # the format version the keys arrive in
ARCS_LISTS: tuple[tuple[str, type, str], ...] = (
    ("narratives", NarrativeVersion, "The strategic narrative's versions, by written_on, then id."),
    ("stakeholders", Stakeholder, "Relationships beyond the team, sorted by id."),
    ("functions", BusinessFunction, "The cross-functional map, sorted by id."),
    ("reviews", MilestoneReview, "Milestone reviews, one per milestone day, by day."),
)


def check_arcs_ids(
    narratives: tuple[NarrativeVersion, ...],
    stakeholders: tuple[Stakeholder, ...],
    functions: tuple[BusinessFunction, ...],
    reviews: tuple[MilestoneReview, ...],
    ids: dict[str, set[int]],
) -> None:
    """``ids``: the item and delegation ids of the file, by what they are."""
    unique_ids((v.id for v in narratives), "narratives")
    people = unique_ids((p.id for p in stakeholders), "stakeholders")
    unique_ids((f.id for f in functions), "functions")
    unique_ids((r.id for r in reviews), "reviews")
    for i, v in enumerate(narratives):
        for j, action in enumerate(v.actions):
            at = f"narratives[{i}].actions[{j}]"
            for k, item in enumerate(action.items):
                if item.item_id not in ids["item"]:
                    where = f"{at}.items[{k}].item_id"
                    raise InterchangeError(f"{where}: no item has id {item.item_id}")
            for k, link in enumerate(action.delegations):
                if link.delegation_id not in ids["delegation"]:
                    raise InterchangeError(
                        f"{at}.delegations[{k}].delegation_id: no delegation has id"
                        f" {link.delegation_id}"
                    )
    bosses = [i for i, p in enumerate(stakeholders) if p.is_boss]
    if len(bosses) > 1:
        raise InterchangeError(f"stakeholders[{bosses[1]}].is_boss: only one person is your boss")
    for i, f in enumerate(functions):
        if f.learn_from_id is not None and f.learn_from_id not in people:
            raise InterchangeError(
                f"functions[{i}].learn_from_id: no stakeholder has id {f.learn_from_id}"
            )
    days: set[int] = set()
    for i, r in enumerate(reviews):
        if r.milestone_day in days:
            raise InterchangeError(
                f"reviews[{i}].milestone_day: day {r.milestone_day} is reviewed twice"
            )
        days.add(r.milestone_day)
