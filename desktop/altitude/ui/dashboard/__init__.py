"""The dashboard: cards, the trajectory chart and what needs attention."""
