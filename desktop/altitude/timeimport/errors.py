"""The one error the time import raises for a user to read.

``TimeImportError`` derives from the app's error root (and stays a ``ValueError``).
Its text is one line: the file, the line or row, and what is wrong.
"""

from __future__ import annotations

from altitude.errors import AltitudeError


class TimeImportError(AltitudeError, ValueError):
    """A file, rules file or option the time import cannot use; nothing was written."""
