"""Backups: the backups dialog and the recovery dialog for a damaged plan."""
