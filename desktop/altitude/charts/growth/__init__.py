"""Charts of the decision journal and the feedback log."""
