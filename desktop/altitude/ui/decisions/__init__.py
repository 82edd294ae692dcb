"""The decision journal page: log, correct, review and learn from your decisions."""
