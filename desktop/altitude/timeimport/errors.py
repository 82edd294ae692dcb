"""The one error the time import raises for a user to read.

``TimeImportError`` derives from ``ValueError`` for now; the integrator rebases it onto
``altitude.errors.AltitudeError`` when that root exists (only this module changes).
Its text is one line: the file, the line or row, and what is wrong.
"""

from __future__ import annotations


class TimeImportError(ValueError):
    """A file, rules file or option the time import cannot use; nothing was written."""
