"""Reading time from calendars (.ics) and time trackers (Toggl, Clockify, Timewarrior,
Harvest) into ``altitude.domain.worktime.entries.TimeEntry`` values.

At the level of the store and the charts: it imports the domain only. It is imported
lazily (by the ``altitude time`` commands and the service's time methods), never at GUI
start-up: icalendar and dateutil are not light. Import the modules themselves
(``altitude.timeimport.reading``); only the error is re-exported here.
"""

from altitude.timeimport.errors import TimeImportError

__all__ = ["TimeImportError"]
