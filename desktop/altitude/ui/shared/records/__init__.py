"""What the record pages share (Relationships, Functions): a table that keeps its selection,
an editing dialog checked by the record's description, dialogs opened without blocking."""
