"""In the room: the Rounds section (model and chart), the verdict banner, Walk away… and
Threatening to walk?. A window feature (:mod:`ui.room.feature`).
"""
