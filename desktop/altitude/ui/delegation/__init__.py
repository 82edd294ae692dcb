"""The delegation ledger: outcomes, owners, levels, check-ins and take-backs."""
