"""Entry script of the frozen app: the same `main` as the `altitude` console script.

One executable serves both the window (no arguments) and the headless commands.
"""

from __future__ import annotations

import sys

from altitude.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
