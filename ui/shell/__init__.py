"""The frame around the features: the main window and its window manager, the host API features
plug into (:mod:`ui.shell.host`), the features registry, Help (guide, about), the welcome on first
start, the crash notice, quitting on signals and the empty file's first screen.
"""
