"""iCalendar files: an outline check (scan), what each VEVENT says (events), bounded
expansion with recurring-ical-events (expand), and entries from it all (reader)."""
