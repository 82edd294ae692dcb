"""Thinking in arcs as actions: the strategic narrative, relationships beyond the team, the
cross-functional map and the milestone reviews (``domain.arcs``). One mixin each, mixed
into ``Altitude``; every edit is one transaction returning an ``Edit`` whose undo is data
(``undo.arcs_changes``)."""
