"""Time import's records in the export (format version 4 on).

``time`` is one object with three lists: ``sources`` (remembered files, by id), ``rules``
(in the user's order: the first match wins, so the list order *is* the data) and
``imported`` (what each imported week showed, by week). Ids are checked like the rest:
unique, and every reference names a record in the same file.
"""

from __future__ import annotations

from altitude.domain.worktime.stored import ImportedTime, TimeRule, TimeSource
from altitude.store.interchange.growth_refs import unique_ids
from altitude.store.interchange.jsonsafe import InterchangeError

TIME_SINCE = 4  # the format version the key arrives in
TIME_KEYS = ("sources", "rules", "imported")
TIME_LISTS: tuple[tuple[str, type], ...] = (
    ("sources", TimeSource),
    ("rules", TimeRule),
    ("imported", ImportedTime),
)


def check_time_ids(
    sources: tuple[TimeSource, ...],
    rules: tuple[TimeRule, ...],
    imported: tuple[ImportedTime, ...],
    item_ids: set[int],
) -> None:
    source_ids = unique_ids((s.id for s in sources), "time.sources")
    unique_ids((r.id for r in rules), "time.rules")
    paths: set[str] = set()
    for i, s in enumerate(sources):
        if s.path in paths:
            raise InterchangeError(f"time.sources[{i}].path: the same file is listed twice")
        paths.add(s.path)
    for i, r in enumerate(rules):
        if r.item_id is not None and r.item_id not in item_ids:
            raise InterchangeError(f"time.rules[{i}].item_id: no item has id {r.item_id}")
    weeks: set[str] = set()
    for i, x in enumerate(imported):
        at = f"time.imported[{i}]"
        if str(x.week) in weeks:
            raise InterchangeError(f"{at}.week: {x.week} appears twice")
        weeks.add(str(x.week))
        if x.source_id is not None and x.source_id not in source_ids:
            raise InterchangeError(f"{at}.source_id: no time source has id {x.source_id}")
        for j, (item_id, _) in enumerate(x.item_hours):
            if item_id not in item_ids:
                raise InterchangeError(f"{at}.item_hours[{j}].item_id: no item has id {item_id}")
