"""The Reviews page: the 30/60/90-day milestone reviews, their guided dialog and the boss sheet."""
