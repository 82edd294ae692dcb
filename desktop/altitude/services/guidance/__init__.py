"""First-run guidance read from resources/: the role families' suggestions."""
