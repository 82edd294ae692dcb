"""Table models: small QAbstractTableModel classes, each with its own tests."""
