"""The open file: :class:`FileSession` (the lock, the store, open / read-only / refused),
:class:`PlanController` (the deal on screen, undo, autosave), and what the window says and
offers about the file (why it did not open, Restore from Backup…, the File menu, the unsaved bar).
"""
