"""The offline guide (Help > Altitude guide, F1): Markdown pages from ``resources/guide``.

Nothing here is imported at start-up: the Help menu imports ``launch`` when first used.
"""
