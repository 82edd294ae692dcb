"""What the growth records share in their descriptions: the format version they arrive in.

The journal and the feedback log enter the JSON format in version 3. ``records.whole`` and
``records.day`` take ``since=``; ``line``, ``text``, ``choice``, ``ref``, ``lines`` and
``records`` do not. Rather than pass ``since`` to some fields and not others (which would
read as if the rest were older), ``new_in_format(3)`` marks every described field of a
record at once, right after the dataclass is made and before anything reads it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from types import MappingProxyType
from typing import Any, TypeVar

from altitude.domain.records import SPEC, FieldSpec, Kind

FORMAT_VERSION = 3  # the JSON format version the journal and the feedback log arrive in

T = TypeVar("T")


def new_in_format(version: int) -> Callable[[type[T]], type[T]]:
    """A class decorator (above ``@dataclass``): every described field gets ``since=version``."""

    def mark(cls: type[T]) -> type[T]:
        found: dict[str, dataclasses.Field[Any]] = getattr(cls, "__dataclass_fields__", {})
        for f in found.values():
            spec = f.metadata.get(SPEC)
            if isinstance(spec, FieldSpec):
                f.metadata = MappingProxyType({**f.metadata, SPEC: replace_since(spec, version)})
        return cls

    return mark


def replace_since(spec: FieldSpec, version: int) -> FieldSpec:
    return dataclasses.replace(spec, since=version)


def link_spec(refers_to: str, message: str) -> FieldSpec:
    """A ref that must be set: the one field of a link record (``records.ref`` may be null)."""
    return FieldSpec(Kind.REF, message=message, refers_to=refers_to, since=FORMAT_VERSION)
