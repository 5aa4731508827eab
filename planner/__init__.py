"""Walkaway's core: the plan, its rules, storage, plan files and the command line.

Nothing in this package imports Qt; it works without a display.
"""

__version__ = "0.1.0"
