"""Reusable widgets that show state and emit intent; they never save anything."""
