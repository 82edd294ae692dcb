"""The feedback log: themes (from the plan's identity or your own), rating yourself first,
logging what others said, following up.

Your own rating of a theme comes before anyone else's is logged for it, so your view is not
anchored by theirs (``growth.feedback_rules``).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from altitude.domain.growth.feedback import (
    FeedbackEntry,
    FeedbackTheme,
    SelfRating,
    ThemeOrigin,
    themes_from_identity,
)
from altitude.domain.growth.feedback_rules import (
    follow_ups_due,
    validate_feedback_entry,
    validate_theme,
)
from altitude.domain.validation import check
from altitude.services.base import ServiceBase
from altitude.services.errors import ActionError

if TYPE_CHECKING:  # the statistics load when first asked for, not at start-up
    from altitude.domain.growth.feedback_stats import ThemeView


class FeedbackActions(ServiceBase):
    # ------------------------------------------------------------ themes
    def add_identity_themes(self) -> tuple[FeedbackTheme, ...]:
        """A theme for each of the plan's identity statements that is not one yet."""
        state = self.state
        identity = state.plan.identity if state.plan is not None else ()
        new = themes_from_identity(identity, state.themes)
        with self._action():
            return tuple(self.store.add_theme(t) for t in new)

    def add_theme(self, title: str) -> FeedbackTheme:
        theme = FeedbackTheme(title.strip(), ThemeOrigin.OWN)
        if any(" ".join(t.title.split()).casefold() == " ".join(title.split()).casefold()
               for t in self.state.themes):  # fmt: skip
            check({"title": "You have a theme with that title already."})
        check(validate_theme(theme))
        with self._action():
            return self.store.add_theme(theme)

    def delete_theme(self, theme_id: int) -> None:
        """Feedback on the theme is kept, with no theme."""
        self.theme(theme_id)
        with self._action():
            self.store.delete_theme(theme_id)

    def rate_yourself(self, theme_id: int, rating: int, on: date | None = None) -> FeedbackTheme:
        """Your own rating of a theme; a second one on the same day replaces the first."""
        theme = self.theme(theme_id)
        when = on or self.today()
        kept = tuple(r for r in theme.self_ratings if r.on != when)
        ratings = tuple(sorted((*kept, SelfRating(when, rating)), key=lambda r: r.on))
        rated = replace(theme, self_ratings=ratings)
        check(validate_theme(rated))
        with self._action():
            self.store.update_theme(rated)
        return rated

    def theme(self, theme_id: int | None) -> FeedbackTheme:
        found = next((t for t in self.state.themes if t.id == theme_id), None)
        if found is None:
            raise ActionError(f"There is no feedback theme with id {theme_id}.")
        return found

    def theme_views(self, since: date | None = None) -> list[ThemeView]:
        """Per theme, your latest rating against the mean of others'."""
        state = self.state
        from altitude.domain.growth.feedback_stats import theme_view

        return [theme_view(t, state.feedback, since) for t in state.themes]

    # ------------------------------------------------------------ entries
    def log_feedback(self, entry: FeedbackEntry) -> FeedbackEntry:
        entry = replace(entry, id=None)
        self._check_feedback(entry)
        with self._action():
            return self.store.add_feedback(entry)

    def update_feedback(self, entry: FeedbackEntry) -> FeedbackEntry:
        self.feedback_entry(entry.id)
        self._check_feedback(entry)
        with self._action():
            self.store.update_feedback(entry)
        return entry

    def mark_followed_up(self, entry_id: int, on: date | None = None) -> FeedbackEntry:
        old = self.feedback_entry(entry_id)
        return self.update_feedback(replace(old, followed_up_on=on or self.today()))

    def delete_feedback(self, entry_id: int) -> None:
        self.feedback_entry(entry_id)
        with self._action():
            self.store.delete_feedback(entry_id)

    def feedback_entry(self, entry_id: int | None) -> FeedbackEntry:
        found = next((f for f in self.state.feedback if f.id == entry_id), None)
        if found is None:
            raise ActionError(f"There is no feedback entry with id {entry_id}.")
        return found

    def follow_ups_due(self) -> list[FeedbackEntry]:
        return follow_ups_due(self.state.feedback, self.today())

    def _check_feedback(self, entry: FeedbackEntry) -> None:
        state = self.state
        if entry.person_id is not None and state.person(entry.person_id) is None:
            check({"person_id": "Choose a team member from the list."})
        theme = None
        if entry.theme_id is not None:
            theme = next((t for t in state.themes if t.id == entry.theme_id), None)
            if theme is None:
                check({"theme_id": "That feedback theme no longer exists."})
        check(validate_feedback_entry(entry, theme))
