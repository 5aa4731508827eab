"""Commit and sign, the brief: the live preview, Export brief… and printing, the commit and revise
dialogs, and the commitment lock on the editor. A window feature (:mod:`ui.brief.feature`).
"""
