"""What a user can do with the growth toolkit: the decision journal and the feedback log."""
