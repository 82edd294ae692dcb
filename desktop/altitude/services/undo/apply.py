"""Carry out one change: the same service action a user's edit would run."""

from __future__ import annotations

from typing import TYPE_CHECKING, assert_never

from altitude.services.undo.arcs_changes import (
    DeleteFunction,
    DeleteNarrative,
    DeleteStakeholder,
    PutReview,
    RemoveReview,
    RestoreFunction,
    RestoreNarrative,
    RestoreStakeholder,
    UpdateFunction,
    UpdateStakeholder,
)
from altitude.services.undo.changes import (
    Batch,
    Change,
    DeleteCheckin,
    DeleteDecision,
    DeleteDelegation,
    DeleteItem,
    DeletePerson,
    DeleteTimeSource,
    PutCheckin,
    PutDecision,
    PutImportedTime,
    PutTimeRules,
    PutTimeSource,
    RemoveImportedTime,
    RestoreCheckin,
    RestoreDecision,
    RestoreDelegation,
    RestoreItem,
    RestorePerson,
    RestoreTimeSource,
    UpdateDelegation,
    UpdateItem,
    UpdatePerson,
    UpdatePlan,
    UpdateSettings,
)
from altitude.services.undo.feedback_changes import (
    DeleteFeedback,
    DeleteTheme,
    RestoreFeedback,
    RestoreTheme,
    UpdateFeedback,
    UpdateTheme,
)

if TYPE_CHECKING:
    from altitude.services.service import Altitude


def carry_out(service: Altitude, change: Change) -> Change:
    """Do ``change`` through the service (inside the caller's transaction) and return
    the change that takes it back. A new kind of change that is not handled here is a
    type error (``assert_never``)."""
    match change:
        case UpdateItem(item):
            return service.update_item(item).undo
        case DeleteItem(item_id):
            return service.delete_item(item_id).undo
        case RestoreItem(removed):
            return service.restore_item(removed).undo
        case UpdatePerson(person):
            return service.update_person(person).undo
        case DeletePerson(person_id):
            return service.delete_person(person_id).undo
        case RestorePerson(removed):
            return service.restore_person(removed).undo
        case UpdateDelegation(delegation):
            return service.update_delegation(delegation).undo
        case DeleteDelegation(delegation_id):
            return service.delete_delegation(delegation_id).undo
        case RestoreDelegation(removed):
            return service.restore_delegation(removed).undo
        case PutCheckin(checkin):
            return service.record_checkin(checkin).undo
        case DeleteCheckin(week):
            return service.delete_checkin(week).undo
        case RestoreCheckin(checkin):
            return service.restore_checkin(checkin).undo
        case UpdatePlan(plan):
            return service.update_plan(plan).undo
        case UpdateSettings(settings):
            return service.update_settings(settings).undo
        case DeleteDecision(entry_id):
            return service.delete_decision(entry_id).undo
        case PutDecision(entry):
            return service.put_back_decision(entry).undo
        case RestoreDecision(entry):
            return service.restore_decision(entry).undo
        case PutTimeRules(rules):
            return service.put_time_rules(rules).undo
        case PutTimeSource(source):
            return service.update_time_source(source).undo
        case DeleteTimeSource(source_id):
            return service.delete_time_source(source_id).undo
        case RestoreTimeSource(removed):
            return service.restore_time_source(removed).undo
        case PutImportedTime(imported):
            return service.put_imported_time(imported).undo
        case RemoveImportedTime(week):
            return service.remove_imported_time(week).undo
        case Batch(changes):
            # Taking back a batch takes back its steps in the opposite order.
            return Batch(tuple(reversed([carry_out(service, c) for c in changes])))
        case UpdateTheme(theme):
            return service.update_theme(theme).undo
        case DeleteTheme(theme_id):
            return service.delete_theme(theme_id).undo
        case RestoreTheme(theme, entry_ids):
            return service.restore_theme(theme, entry_ids).undo
        case UpdateFeedback(entry):
            return service.update_feedback(entry).undo
        case DeleteFeedback(entry_id):
            return service.delete_feedback(entry_id).undo
        case RestoreFeedback(entry):
            return service.restore_feedback(entry).undo
        case DeleteNarrative(version_id):
            return service.delete_narrative_version(version_id).undo
        case RestoreNarrative(version):
            return service.restore_narrative_version(version).undo
        case UpdateStakeholder(person):
            return service.update_stakeholder(person).undo
        case DeleteStakeholder(stakeholder_id):
            return service.delete_stakeholder(stakeholder_id).undo
        case RestoreStakeholder(removed):
            return service.restore_stakeholder(removed).undo
        case UpdateFunction(function):
            return service.update_function(function).undo
        case DeleteFunction(function_id):
            return service.delete_function(function_id).undo
        case RestoreFunction(function):
            return service.restore_function(function).undo
        case PutReview(review):
            return service.put_review(review).undo
        case RemoveReview(day):
            return service.delete_review(day).undo
        case _:
            assert_never(change)
