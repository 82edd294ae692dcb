"""Filling check-ins from calendars and trackers: the service mixin and what its requests
and results hold (imported lazily: nothing here loads at start-up)."""
