"""Thinking in arcs: the strategic narrative, relationships beyond the team, the
cross-functional map and the milestone reviews (plain Python, no I/O)."""
