"""``walkaway trust``: the keys ``verify`` accepts besides your own.

``verify`` exits 0 only for a brief signed by a key you know: one of your own, or one
you accepted here after checking its fingerprint with its owner.
"""

from __future__ import annotations

import argparse
from typing import Any


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    trust = subparsers.add_parser(
        "trust",
        parents=[common],  # --db is accepted like everywhere, though keys live in the data folder
        help="accept another person's signing key (CERT.pem or its SHA-256 fingerprint), list or remove keys",
    )
    what = trust.add_mutually_exclusive_group(required=True)
    what.add_argument("key", nargs="?", metavar="CERT.pem|FINGERPRINT", help="a certificate file or its fingerprint")
    what.add_argument("--list", action="store_true", help="list your own keys and the keys you trust")
    what.add_argument("--remove", metavar="FINGERPRINT", help="stop trusting this key")
    trust.set_defaults(handler=run_trust)


def _named(key: Any) -> str:
    return f"“{key.name}”" if key.name else "(no name given)"


def run_trust(args: argparse.Namespace) -> int:
    from planner.signing.known_keys import distrust, own_keys, trust, trusted_keys

    if args.list:
        own, trusted = own_keys(), trusted_keys()
        if not own and not trusted:
            print("No keys yet: your own is made on your first commit.")
        for key in own:
            print(f"{key.fingerprint}  own      {key.name}  ({key.where})")
        for key in trusted:
            print(f"{key.fingerprint}  trusted  {key.name or '(no name given)'}  (since {key.where})")
        return 0
    if args.remove:
        removed = distrust(args.remove)
        print(f"No longer trusted: {removed.fingerprint} {_named(removed)}")
        return 0
    from planner.dates import utc_now

    for key, what in trust(args.key, utc_now()):
        if what == "added":
            print(f"Trusted: {key.fingerprint} {_named(key)}")
        elif what == "own":
            print(f"Your own key already: {key.fingerprint} {_named(key)}")
        else:
            print(f"Already trusted: {key.fingerprint} {_named(key)}")
    return 0
