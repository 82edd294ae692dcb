"""Time read from calendars and trackers: entries as elapsed UTC spans cut at local Mondays,
and the rules that classify them (pure: the readers are in altitude.timeimport)."""
