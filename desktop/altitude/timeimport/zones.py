"""The user's time zone: an IANA name given with ``--zone``, or the system's.

Weeks are cut at Monday 00:00 in this zone, and tracker times (wall times in the
exporting profile's zone, without an offset) are read in it.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from altitude.timeimport.errors import TimeImportError


def zone_named(name: str) -> ZoneInfo:
    text = name.strip()
    try:
        if not text or text.startswith(("/", ".")) or ".." in text:
            raise ValueError(text)  # zoneinfo would try such a name as a path
        return ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise TimeImportError(
            f"--zone {name!r}: not a time zone; use a name like Europe/Berlin or America/New_York"
        ) from None


def system_zone_name() -> str | None:
    """The system's zone by name ($TZ, then /etc/localtime, then /etc/timezone).

    A fixed offset (what ``datetime.now().astimezone()`` gives) would not do: it knows no
    daylight saving time, so half the year's Mondays would begin an hour off."""
    candidates = [os.environ.get("TZ", "").removeprefix(":")]
    with contextlib.suppress(OSError):
        target = os.readlink("/etc/localtime")
        candidates.append(target.split("zoneinfo/", 1)[1] if "zoneinfo/" in target else "")
    with contextlib.suppress(OSError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    for name in candidates:
        try:
            zone_named(name)
        except TimeImportError:
            continue
        return name
    return None


def user_zone(name: str | None) -> ZoneInfo:
    if name:
        return zone_named(name)
    found = system_zone_name()
    if found is None:
        raise TimeImportError(
            "cannot tell this computer's time zone; give it with --zone, e.g. --zone Europe/Berlin"
        )
    return zone_named(found)
