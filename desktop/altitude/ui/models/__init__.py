"""Table models: small classes on ``base.RowTableModel``, each with its own tests."""
