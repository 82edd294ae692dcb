"""Guidance the first run gives before there is any data: the leader's situation (Watkins'
STARS) and which field's suggestions fit the new role. Plain values and rules, no I/O."""
