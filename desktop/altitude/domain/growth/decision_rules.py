"""The journal's rules: what makes an entry whole, when it is kept as written, its review date.

Like ``domain.validation``, ``validate_*`` return ``{field: message}`` (empty when fine) and
never raise; ``amend`` raises ``ValidationError`` with a message saying what to do instead.

Kept as written: what was written at decision time can be corrected until the review is
due (or until the review is written, if that comes first); from then on it stays as it was
and later thoughts are appended as hindsight notes. Open-source decision journals do the
same (the original read-only, reflections appended): hindsight is what a journal catches,
and an expectation edited after the fact would make the calibration flatter the user.
The links (people, delegations, items), the review and new hindsight notes stay open.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from altitude.domain.growth.decisions import Door, JournalEntry
from altitude.domain.growth.described import FORMAT_VERSION, new_in_format
from altitude.domain.records import field_of, fields_of, problems, whole
from altitude.domain.validation import ValidationError
from altitude.i18n import QT_TRANSLATE_NOOP, formats
from altitude.i18n.sentence import Local, problem

# Fields a user may change at any time; every other described field is decision-time.
LATER_FIELDS = frozenset({"people", "delegations", "items", "reviews", "hindsight", "id"})
DECISION_TIME_FIELDS = tuple(f.name for f in fields_of(JournalEntry) if f.name not in LATER_FIELDS)

REVIEW_DAYS = QT_TRANSLATE_NOOP("Validation", "Review after 1 to 365 days.")


@new_in_format(FORMAT_VERSION)
@dataclass(frozen=True, slots=True)
class ReviewRules:
    """When a decision comes up for review, by its door: rules of thumb, editable.

    Ours, not published numbers. The reasoning: Bezos (shareholder letters 2015/2016)
    says reversible (two-way door) decisions should be made fast, so their review comes
    soon, about three weeks; a one-way door needs longer to show what it did, about 90
    days, the span of a first transition plan (Watkins, *The First 90 Days*).
    """

    two_way_days: int = whole(1, 365, REVIEW_DAYS, default=21)
    one_way_days: int = whole(1, 365, REVIEW_DAYS, default=90)

    def days(self, door: Door) -> int:
        return self.one_way_days if door == Door.ONE_WAY else self.two_way_days

    def label(self, door: Door) -> str:
        what = "one-way door" if door == Door.ONE_WAY else "two-way door"
        return f"A {what}: review in about {self.days(door)} days (a rule of thumb)."


def default_review_date(decided_on: date, door: Door, rules: ReviewRules | None = None) -> date:
    return decided_on + timedelta(days=(rules or ReviewRules()).days(door))


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def validate_journal_entry(entry: JournalEntry) -> dict[str, str]:
    e = entry
    errors = problems(e)
    spec = field_of(JournalEntry, "rationale").spec
    limit = spec.max_length or 0
    if "rationale" not in errors and len(e.rationale) > limit:
        template = QT_TRANSLATE_NOOP(
            "Validation", "Keep the rationale to {0} characters (it has {1})."
        )
        errors["rationale"] = problem("Validation", template, limit, len(e.rationale))
    options = [o for o in e.options if o.strip()] if "options" not in errors else []
    if "options" not in errors:
        if len(options) < 2:
            errors["options"] = QT_TRANSLATE_NOOP(
                "Validation", "List at least two options you considered."
            )
        elif len({" ".join(o.split()).casefold() for o in options}) < len(options):
            errors["options"] = QT_TRANSLATE_NOOP("Validation", "List each option once.")
    if not {"options", "chosen"} & errors.keys() and not any(_same(e.chosen, o) for o in options):
        errors["chosen"] = QT_TRANSLATE_NOOP(
            "Validation", "Choose one of the options you listed, or add your choice to them."
        )
    if "decided_on" in errors:
        return errors  # the dates below can only be judged against a decision date
    decided = e.decided_on
    if "review_on" not in errors and e.review_on <= decided:
        errors["review_on"] = field_of(JournalEntry, "review_on").spec.message
    if "expected_by" not in errors and e.expected_by <= decided:
        errors["expected_by"] = field_of(JournalEntry, "expected_by").spec.message
    if "raised_on" not in errors and e.raised_on is not None and e.raised_on > decided:
        errors["raised_on"] = field_of(JournalEntry, "raised_on").spec.message
    if "reviews" not in errors:
        if len(e.reviews) > 1:
            errors["reviews"] = QT_TRANSLATE_NOOP(
                "Validation", "A decision has one review; add later thoughts as hindsight notes."
            )
        elif any(r.reviewed_on < decided for r in e.reviews):
            errors["reviews"] = QT_TRANSLATE_NOOP(
                "Validation", "Date the review on or after the decision."
            )
    if "hindsight" not in errors and any(n.on < decided for n in e.hindsight):
        errors["hindsight"] = QT_TRANSLATE_NOOP(
            "Validation", "Date hindsight notes on or after the decision."
        )
    return errors


def editable_until(entry: JournalEntry) -> date:
    """The first day the decision-time fields are kept as written: the review date, or the
    day the review was written if that came earlier."""
    review = entry.review
    if review is not None and review.reviewed_on < entry.review_on:
        return review.reviewed_on
    return entry.review_on


def kept_as_written(entry: JournalEntry, today: date) -> bool:
    return today >= editable_until(entry)


def amend(entry: JournalEntry, new: JournalEntry, today: date) -> JournalEntry:
    """``new`` when the change is allowed today; else ValidationError naming each field.

    Before the review is due anything may be corrected. From then on the decision-time
    fields stay as written and hindsight notes can only be appended; the links and the
    review may still change.
    """
    if not kept_as_written(entry, today):
        return new
    since = editable_until(entry).isoformat()
    template = QT_TRANSLATE_NOOP(
        "Validation",
        "Kept as written since {0}, when its review came due: "
        "add a hindsight note with what you think now.",
    )
    kept = problem("Validation", template, Local(since, lambda: formats.day(editable_until(entry))))
    errors: dict[str, str] = {
        n: kept for n in DECISION_TIME_FIELDS if getattr(entry, n) != getattr(new, n)
    }
    if new.hindsight[: len(entry.hindsight)] != entry.hindsight:
        errors["hindsight"] = QT_TRANSLATE_NOOP(
            "Validation", "Earlier hindsight notes are kept as written: add a new note."
        )
    if errors:
        raise ValidationError(errors)
    return new


def reviews_due(entries: Iterable[JournalEntry], today: date) -> list[JournalEntry]:
    """Unreviewed entries whose review date has come, the longest overdue first."""
    due = [e for e in entries if e.review is None and e.review_on <= today]
    return sorted(due, key=lambda e: e.review_on)
