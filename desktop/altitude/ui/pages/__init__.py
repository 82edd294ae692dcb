"""The sidebar pages."""
