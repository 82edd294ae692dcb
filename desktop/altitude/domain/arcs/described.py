"""The JSON format version the arcs' records arrive in, and the link records they share.

They are marked with ``growth.described.new_in_format`` like the journal; the version is
the one after the time-import format (4).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from altitude.domain.growth.described import link_spec, new_in_format, replace_since
from altitude.domain.records import SPEC

FORMAT_VERSION = 5


def _link(refers_to: str, message: str) -> Any:
    return field(metadata={SPEC: replace_since(link_spec(refers_to, message), FORMAT_VERSION)})


@new_in_format(FORMAT_VERSION)
@dataclass(frozen=True, slots=True)
class ActionItemLink:
    item_id: int = _link("item", "Link an item from your inventory.")


@new_in_format(FORMAT_VERSION)
@dataclass(frozen=True, slots=True)
class ActionDelegationLink:
    delegation_id: int = _link("delegation", "Link one of your delegations.")
