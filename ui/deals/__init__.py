"""The deals of the open file: the list (model and pane), New Plan…, Quick Plan…, and the actions
on whole deals (duplicate, delete, the demo plans).
"""
