"""The plan screen: roles, dates, the target split, milestones and identity."""
