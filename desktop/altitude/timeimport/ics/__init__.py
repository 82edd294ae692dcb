"""iCalendar files: an outline check (scan), what each VEVENT says (events), bounded
expansion with recurring-ical-events (expand), the default weeks (window), and the entries
from it all (reader)."""
