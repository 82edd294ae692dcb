"""The strategic narrative: Rumelt's kernel, its versions, what changed and the arc."""
