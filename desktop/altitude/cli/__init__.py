"""Headless commands; they call the same services as the GUI."""

from altitude.cli.parser import build_parser
from altitude.cli.run import COMMANDS, run

__all__ = ["COMMANDS", "build_parser", "run"]
