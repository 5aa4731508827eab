"""``python -m planner``: the same as the ``walkaway`` command."""

from planner.cli import run

run()
