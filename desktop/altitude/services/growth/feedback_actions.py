"""The feedback log: themes (from the plan's identity or your own), rating yourself first,
logging what others said, following up.

Your own rating of a theme comes before anyone else's is logged for it, so your view is not
anchored by theirs (``growth.feedback_rules``).

Every edit returns an ``Edit`` whose undo is data (``undo.feedback_changes``): a deleted
theme comes back under its id with its ratings, and the entries about it point at it again.
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
from altitude.domain.validation import ValidationError, check
from altitude.i18n import QT_TRANSLATE_NOOP
from altitude.i18n.sentence import problem
from altitude.services.base import ServiceBase, saved_id
from altitude.services.errors import ActionError
from altitude.services.undo.changes import Batch, Change, batch
from altitude.services.undo.edit import Edit
from altitude.services.undo.feedback_changes import (
    DeleteFeedback,
    DeleteTheme,
    RestoreFeedback,
    RestoreTheme,
    UpdateFeedback,
    UpdateTheme,
)

if TYPE_CHECKING:  # the statistics load when first asked for, not at start-up
    from altitude.domain.growth.feedback_stats import ThemeView


class FeedbackActions(ServiceBase):
    # ------------------------------------------------------------ themes
    def add_identity_themes(self) -> Edit[tuple[FeedbackTheme, ...]]:
        """A theme for each of the plan's identity statements that is not one yet."""
        state = self.state
        identity = state.plan.identity if state.plan is not None else ()
        new = themes_from_identity(identity, state.themes)
        with self._action():
            added = tuple(self.store.add_theme(t) for t in new)
        undo: list[Change] = [DeleteTheme(saved_id(t.id)) for t in reversed(added)]
        return Edit(added, batch(*undo) if undo else Batch(()))

    def add_theme(self, title: str) -> Edit[FeedbackTheme]:
        theme = FeedbackTheme(" ".join(title.split()), ThemeOrigin.OWN)
        self._check_theme(theme)
        with self._action():
            saved = self.store.add_theme(theme)
        return Edit(saved, DeleteTheme(saved_id(saved.id)))

    def update_theme(self, theme: FeedbackTheme) -> Edit[FeedbackTheme]:
        """Save the theme whole (a new title, its ratings); its entries keep pointing at it."""
        theme = replace(theme, title=" ".join(theme.title.split()))
        with self._action():
            old = self.theme(theme.id)
            self._check_theme(theme)
            self.store.update_theme(theme)
        return Edit(theme, UpdateTheme(old))

    def delete_theme(self, theme_id: int) -> Edit[FeedbackTheme]:
        """Feedback on the theme is kept, with no theme; the undo links it again."""
        with self._action():
            theme = self.theme(theme_id)
            about = tuple(saved_id(f.id) for f in self.state.feedback if f.theme_id == theme_id)
            self.store.delete_theme(theme_id)
        return Edit(theme, RestoreTheme(theme, about))

    def restore_theme(
        self, theme: FeedbackTheme, entry_ids: tuple[int, ...] = ()
    ) -> Edit[FeedbackTheme]:
        """Undo a delete: refused, changing nothing, if its id or its entries moved on."""
        with self._action():
            state = self.state
            why = f"The theme “{theme.title}” cannot come back"
            if theme.id is None or any(t.id == theme.id for t in state.themes):
                raise ActionError(f"{why}: another theme has its id ({theme.id}) now.")
            entries = [next((f for f in state.feedback if f.id == i), None) for i in entry_ids]
            if any(e is None or e.theme_id is not None for e in entries):
                raise ActionError(f"{why}: feedback about it was deleted or moved since.")
            self.store.add_theme(theme)  # under its old id, with its ratings
            for entry in entries:
                if entry is not None:
                    self.store.update_feedback(replace(entry, theme_id=theme.id))
        return Edit(theme, DeleteTheme(saved_id(theme.id)))

    def rate_yourself(
        self, theme_id: int, rating: int, on: date | None = None
    ) -> Edit[FeedbackTheme]:
        """Your own rating of a theme; a second one on the same day replaces the first."""
        theme = self.theme(theme_id)
        when = on or self.today()
        kept = tuple(r for r in theme.self_ratings if r.on != when)
        ratings = tuple(sorted((*kept, SelfRating(when, rating)), key=lambda r: r.on))
        return self.update_theme(replace(theme, self_ratings=ratings))

    def theme(self, theme_id: int | None) -> FeedbackTheme:
        found = next((t for t in self.state.themes if t.id == theme_id), None)
        if found is None:
            raise ActionError(
                problem(
                    "Errors",
                    QT_TRANSLATE_NOOP("Errors", "There is no feedback theme with id {0}."),
                    str(theme_id),
                )
            )
        return found

    def theme_views(self, since: date | None = None) -> list[ThemeView]:
        """Per theme, your latest rating against the mean of others'."""
        state = self.state
        from altitude.domain.growth.feedback_stats import theme_view

        return [theme_view(t, state.feedback, since) for t in state.themes]

    def theme_title_problem(self, title: str, theme_id: int | None = None) -> str | None:
        """What is wrong with ``title`` for a new theme (or theme ``theme_id``), or None."""
        theme = FeedbackTheme(" ".join(title.split()), ThemeOrigin.OWN, id=theme_id)
        try:
            self._check_theme(theme)
        except ValidationError as exc:
            return next(iter(exc.errors.values()))
        return None

    def _check_theme(self, theme: FeedbackTheme) -> None:
        key = _key(theme.title)
        if any(_key(t.title) == key and t.id != theme.id for t in self.state.themes):
            check({"title": "You have a theme with that title already."})
        check(validate_theme(theme))

    # ------------------------------------------------------------ entries
    def log_feedback(
        self, entry: FeedbackEntry, self_rating: int | None = None
    ) -> Edit[FeedbackEntry]:
        """Log what someone said. ``self_rating``, when given, is your own rating of the
        entry's theme, saved first (today) in the same step: your view before theirs."""
        entry = replace(entry, id=None)
        with self._action():
            rated = self._rate_first(entry, self_rating)
            self._check_feedback(entry)
            saved = self.store.add_feedback(entry)
        return Edit(saved, batch(DeleteFeedback(saved_id(saved.id)), *rated))

    def update_feedback(
        self, entry: FeedbackEntry, self_rating: int | None = None
    ) -> Edit[FeedbackEntry]:
        """Correct an entry (``self_rating`` as for ``log_feedback``, for a new theme)."""
        with self._action():
            old = self.feedback_entry(entry.id)
            rated = self._rate_first(entry, self_rating)
            self._check_feedback(entry)
            self.store.update_feedback(entry)
        return Edit(entry, batch(UpdateFeedback(old), *rated))

    def _rate_first(self, entry: FeedbackEntry, self_rating: int | None) -> list[Change]:
        """Your own rating of the entry's theme, saved first; the change that takes it back."""
        if self_rating is None or entry.theme_id is None:
            return []
        return [self.rate_yourself(entry.theme_id, self_rating).undo]

    def mark_followed_up(self, entry_id: int, on: date | None = None) -> Edit[FeedbackEntry]:
        old = self.feedback_entry(entry_id)
        return self.update_feedback(replace(old, followed_up_on=on or self.today()))

    def delete_feedback(self, entry_id: int) -> Edit[FeedbackEntry]:
        with self._action():
            entry = self.feedback_entry(entry_id)
            self.store.delete_feedback(entry_id)
        return Edit(entry, RestoreFeedback(entry))

    def restore_feedback(self, entry: FeedbackEntry) -> Edit[FeedbackEntry]:
        """Undo a delete: the entry under its old id, refused if what it points at is gone."""
        with self._action():
            state = self.state
            why = "The feedback entry cannot come back"
            if entry.id is None or any(f.id == entry.id for f in state.feedback):
                raise ActionError(f"{why}: another entry has its id ({entry.id}) now.")
            if entry.person_id is not None and state.person(entry.person_id) is None:
                raise ActionError(f"{why}: the team member it came from was deleted since.")
            if entry.theme_id is not None and not any(t.id == entry.theme_id for t in state.themes):
                raise ActionError(f"{why}: its theme was deleted since.")
            self.store.add_feedback(entry)
        return Edit(entry, DeleteFeedback(saved_id(entry.id)))

    def feedback_entry(self, entry_id: int | None) -> FeedbackEntry:
        found = next((f for f in self.state.feedback if f.id == entry_id), None)
        if found is None:
            raise ActionError(
                problem(
                    "Errors",
                    QT_TRANSLATE_NOOP("Errors", "There is no feedback entry with id {0}."),
                    str(entry_id),
                )
            )
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


def _key(title: str) -> str:
    return " ".join(title.split()).casefold()
