"""The "altitude-plan" JSON format and the check-ins CSV: strict reading, the codec derived
from the record descriptions, and the generated JSON Schema."""

from altitude.store.interchange.codec import FORMAT, VERSION, checkins_csv, dumps, loads
from altitude.store.interchange.jsonsafe import MAX_IMPORT_BYTES, InterchangeError

__all__ = [
    "FORMAT",
    "MAX_IMPORT_BYTES",
    "VERSION",
    "InterchangeError",
    "checkins_csv",
    "dumps",
    "loads",
]
