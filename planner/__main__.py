"""``python -m planner``: the same as the ``walkaway`` command."""

import sys

from planner.cli import main

sys.exit(main())
