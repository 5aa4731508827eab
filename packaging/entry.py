"""PyInstaller's entry script: the bundle's ``walkaway`` is exactly the ``walkaway`` command."""

import sys

from planner.cli import main

if __name__ == "__main__":
    sys.exit(main())
