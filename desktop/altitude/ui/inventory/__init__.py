"""The inventory screen: what you do today, weighed, with the what-if split."""
