"""Where the deals are: a Walkaway file, or a team server (standard library only, for every start-up).

``--db`` and ``$WALKAWAY_DB`` name either; :func:`resolve_target` tells which and checks a
server's address (no password in it, TLS to another machine) before anything connects.
"""

from __future__ import annotations

import os
from pathlib import Path

from planner.paths import DB_ENV, default_db_path
from planner.store.server.address import ServerAddress, is_server_address, parse_address

#: A Walkaway file's path, or a team server's checked address.
Target = Path | ServerAddress


def resolve_target(given: str | None = None) -> Target:
    """``given`` (``--db``), else ``$WALKAWAY_DB``, else the user data folder's file; a server's address
    is parsed and checked (:class:`planner.store.server.address.AddressError` says why not)."""
    text = given or os.environ.get(DB_ENV) or ""
    if text and is_server_address(text):
        return parse_address(text)
    return Path(text).expanduser() if text else default_db_path()


def is_server(target: Target) -> bool:
    return isinstance(target, ServerAddress)
