"""The user's own signing key, PAdES signatures on the brief, and checking them.

- :mod:`planner.signing.keys`: a key and a self-signed certificate naming the signer,
  made on first commit and kept in the user data folder (0600), never in a plan.
- :mod:`planner.signing.sign`: a certification signature that allows no later change.
- :mod:`planner.signing.verify`: signer, time, fingerprint, and whether the file is intact
  (the signature validates AND covers the entire file).

pyHanko and cryptography load only inside these modules' functions' callers: import a
submodule when you need it, never this package's names at start-up.
"""
