"""The check-ins screen: the list of weeks, and the weekly check-in dialog."""
