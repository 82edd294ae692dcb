"""The Relationships page: the people beyond the team, their map, and the boss."""
