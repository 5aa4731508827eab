"""After the walk: the follow-ups (view, model, start-up notice), Reopen…, Record Outcome…, then
and now, the walking record and the editor's "After the walk" section. A window feature
(:mod:`ui.after_walk.feature`).
"""
