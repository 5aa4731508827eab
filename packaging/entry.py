"""PyInstaller's entry script: the bundle's ``walkaway`` is exactly the ``walkaway`` command."""

from planner.cli import run

if __name__ == "__main__":
    run()
