"""Walkaway's Qt layer: windows, dialogs and models over :mod:`planner`."""
