"""The Store's writes of the record types added after the first release, one mixin each
(``Store`` mixes them in): the journal and feedback log, time import, thinking in arcs."""
