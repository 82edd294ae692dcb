"""What the plan keeps of time import: the rules (in order), the remembered sources and
each imported week's figures; undoable edits of each (``undo.changes``).

The readers are not imported here: this mixin is part of the service the GUI builds at
start-up, and only ``zone_problem`` touches ``timeimport`` (its zone check, lazily).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from altitude.domain.validation import check
from altitude.domain.weeks import IsoWeek
from altitude.domain.worktime.stored import (
    MAX_RULES,
    ImportedTime,
    TimeRule,
    TimeSource,
    clean_words,
    validate_imported,
    validate_time_rule,
    validate_time_source,
)
from altitude.i18n import QT_TRANSLATE_NOOP
from altitude.services.base import ServiceBase, saved_id
from altitude.services.errors import ActionError
from altitude.services.undo.changes import (
    DeleteTimeSource,
    PutImportedTime,
    PutTimeRules,
    PutTimeSource,
    RemoveImportedTime,
    RestoreTimeSource,
)
from altitude.services.undo.edit import Edit

if TYPE_CHECKING:
    from altitude.domain.worktime.rules import Rule
    from altitude.store import RemovedTimeSource


def zone_problem(name: str) -> str | None:
    """What is wrong with a time zone the user gave ("" = the system's, always fine)."""
    if not name.strip():
        return None
    from altitude.timeimport.errors import TimeImportError
    from altitude.timeimport.zones import zone_named

    try:
        zone_named(name)
    except TimeImportError:
        return f"{name.strip()!r} is not a time zone; choose a name like Europe/Berlin."
    return None


class TimeLibrary(ServiceBase):
    # ------------------------------------------------------------ rules
    def stored_rules(self) -> tuple[Rule, ...]:
        """The plan's rules as the classifier takes them, in order, with item titles (a rule
        whose item was deleted keeps its words and mode, with no item)."""
        from altitude.domain.worktime.rules import Rule

        state = self.state
        titles = {i.id: i.title for i in state.items}
        return tuple(
            Rule(r.words, r.mode, titles.get(r.item_id) if r.item_id is not None else None)
            for r in state.time_rules
        )

    def put_time_rules(self, rules: Sequence[TimeRule]) -> Edit[tuple[TimeRule, ...]]:
        """The whole ordered list in place of the old one (a file's rules, an undo)."""
        cleaned = tuple(self._checked_rule(r, index) for index, r in enumerate(rules))
        if len(cleaned) > MAX_RULES:
            raise ActionError(f"Keep to {MAX_RULES} rules or fewer (there are {len(cleaned)}).")
        ids = [r.id for r in cleaned if r.id is not None]
        if len(set(ids)) < len(ids):
            raise ActionError(
                QT_TRANSLATE_NOOP("Errors", "Each rule can be in the list only once.")
            )
        with self._action():
            old = self.state.time_rules
            saved = self.store.put_time_rules(cleaned)
        return Edit(saved, PutTimeRules(old))

    def import_time_rules(self, rules: Sequence[Rule], source: str) -> Edit[tuple[TimeRule, ...]]:
        """A rules file's rules in place of the plan's, item titles resolved to ids (ignoring
        case and spacing); refused whole, naming the rule, when a title is not an item.
        Backed up first; one transaction."""
        from altitude.services.safety_actions import backup_before

        ids = {" ".join(i.title.split()).casefold(): i.id for i in self.state.items}
        stored: list[TimeRule] = []
        for number, rule in enumerate(rules, start=1):
            item_id = None
            if rule.item is not None:
                item_id = ids.get(" ".join(rule.item.split()).casefold())
                if item_id is None:
                    raise ActionError(
                        f"{source}: rule {number}: {rule.item!r} is not an item in your "
                        "inventory; use an item's title exactly, or leave item out"
                    )
            stored.append(TimeRule(tuple(rule.words), rule.mode, item_id))
        for index, checked in enumerate(stored):
            self._checked_rule(checked, index)  # every rule checked before the backup
        backup_before(self, "rules")
        return self.put_time_rules(stored)

    def add_time_rule(self, rule: TimeRule, at: int | None = None) -> Edit[TimeRule]:
        """A new rule at ``at`` (None: last; the first match wins, so place matters)."""
        rules = list(self.state.time_rules)
        place = len(rules) if at is None else max(0, min(at, len(rules)))
        rules.insert(place, replace(rule, id=None))
        edit = self.put_time_rules(rules)
        return Edit(edit.result[place], edit.undo)

    def update_time_rule(self, rule: TimeRule) -> Edit[TimeRule]:
        rules = list(self.state.time_rules)
        index = self._rule_index(rule.id)
        rules[index] = rule
        edit = self.put_time_rules(rules)
        return Edit(edit.result[index], edit.undo)

    def move_time_rule(self, rule_id: int, to_index: int) -> Edit[TimeRule]:
        rules = list(self.state.time_rules)
        moved = rules.pop(self._rule_index(rule_id))
        place = max(0, min(to_index, len(rules)))
        rules.insert(place, moved)
        edit = self.put_time_rules(rules)
        return Edit(edit.result[place], edit.undo)

    def delete_time_rule(self, rule_id: int) -> Edit[None]:
        rules = list(self.state.time_rules)
        del rules[self._rule_index(rule_id)]
        return Edit(None, self.put_time_rules(rules).undo)

    def _rule_index(self, rule_id: int | None) -> int:
        for index, rule in enumerate(self.state.time_rules):
            if rule.id == rule_id and rule_id is not None:
                return index
        raise ActionError(f"There is no rule {rule_id} any more; it may have been removed.")

    def _checked_rule(self, rule: TimeRule, index: int) -> TimeRule:
        cleaned = replace(rule, words=clean_words(rule.words))
        errors = validate_time_rule(cleaned)
        if cleaned.item_id is not None and self.state.item(cleaned.item_id) is None:
            errors.setdefault("item_id", "Choose an item from your inventory, or none.")
        if errors:
            check({f"rule {index + 1}: {k}": v for k, v in errors.items()})
        return cleaned

    # ------------------------------------------------------------ sources
    def time_source(self, source_id: int) -> TimeSource:
        found = next((s for s in self.state.time_sources if s.id == source_id), None)
        if found is None:
            raise ActionError(f"There is no source {source_id} any more; it may have been removed.")
        return found

    def remember_time_source(self, source: TimeSource) -> Edit[TimeSource]:
        """Add the source, or update the one with the same path (keeping its id); sets
        ``last_read`` to today."""
        read = replace(source, name=source.name.strip(), last_read=self.today())
        self._check_source(read)
        same = next((s for s in self.state.time_sources if s.path == read.path), None)
        if same is None:
            with self._action():
                added = self.store.add_time_source(replace(read, id=None))
            return Edit(added, DeleteTimeSource(saved_id(added.id)))
        return self.update_time_source(replace(read, id=same.id))

    def update_time_source(self, source: TimeSource) -> Edit[TimeSource]:
        """Save a source over the one with its id (a rename, another zone)."""
        self._check_source(source)
        old = self.time_source(saved_id(source.id))
        if any(s.path == source.path and s.id != source.id for s in self.state.time_sources):
            check({"path": "Another source reads that file already."})
        with self._action():
            self.store.update_time_source(source)
        return Edit(source, PutTimeSource(old))

    def delete_time_source(self, source_id: int) -> Edit[None]:
        """The weeks read from it keep their figures, with no source."""
        with self._action():
            removed = self.store.delete_time_source(source_id)
        return Edit(None, RestoreTimeSource(removed))

    def restore_time_source(self, removed: RemovedTimeSource) -> Edit[TimeSource]:
        source = removed.source
        source_id = saved_id(source.id)
        if any(s.id == source_id or s.path == source.path for s in self.state.time_sources):
            raise ActionError(f"The source {source.name!r} is back already.")
        with self._action():
            self.store.restore_time_source(removed)
        return Edit(source, DeleteTimeSource(source_id))

    def _check_source(self, source: TimeSource) -> None:
        errors = validate_time_source(source)
        problem = zone_problem(source.zone) if "zone" not in errors else None
        if problem:
            errors["zone"] = problem
        check(errors)

    # ------------------------------------------------------------ imported weeks
    def put_imported_time(self, x: ImportedTime) -> Edit[ImportedTime]:
        """The week's imported figures in place of what was kept for it."""
        errors = validate_imported(x)
        state = self.state
        if x.source_id is not None and all(s.id != x.source_id for s in state.time_sources):
            errors.setdefault("source_id", "The source is no longer remembered.")
        if any(state.item(item_id) is None for item_id, _ in x.item_hours):
            errors.setdefault("item_hours", "One of the items is no longer in your inventory.")
        check(errors)
        with self._action():
            old = self.state.imported_week(x.week)
            self.store.put_imported(x)
        undo = RemoveImportedTime(x.week) if old is None else PutImportedTime(old)
        return Edit(x, undo)

    def remove_imported_time(self, week: IsoWeek) -> Edit[None]:
        with self._action():
            removed = self.store.delete_imported(week)
        return Edit(None, PutImportedTime(removed))
