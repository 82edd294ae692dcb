"""Headless commands; they call the same services as the GUI.

Nothing is imported here: `altitude` parses its arguments (cli.parser) before it knows
whether it opens the window, and that must not load the services.
"""
