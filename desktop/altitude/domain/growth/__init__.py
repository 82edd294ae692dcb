"""The growth toolkit's domain: the decision journal and the feedback log.

Plain values and rules, no I/O, no Qt. Like the rest of the domain this package
re-exports nothing: import from its modules (``growth.decisions``, ``growth.feedback`` …).
"""
