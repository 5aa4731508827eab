"""Keep the command line's signing path from importing an HTTP stack it never uses.

pyHanko imports its aiohttp timestamp client and certificate fetchers at import
time, which loads aiohttp: about a third of ``walkaway brief``'s start-up.
Walkaway never asks a timestamp server or fetches certificates: briefs are signed
and checked offline (``allow_fetching=False``). :func:`skip_http_clients` puts
stand-in modules in their place before pyHanko is first imported; using a
stand-in raises a clear error.
Only the short-lived ``walkaway brief|verify`` processes call it; the GUI does not.
"""

from __future__ import annotations

import sys
import types

#: pyHanko modules that import aiohttp at import time, and the names they export.
_STAND_INS = {
    "pyhanko.sign.timestamps.aiohttp_client": ("AIOHttpTimeStamper", "HTTPTimeStamper"),
    "pyhanko_certvalidator.fetchers.aiohttp_fetchers": ("AIOHttpFetcherBackend",),
}


class _OfflineOnly:
    def __init__(self, *_args: object, **_kwargs: object) -> None:
        raise RuntimeError("Walkaway signs offline: no HTTP timestamp client in this process")


def skip_http_clients() -> bool:
    """Install the stand-ins unless aiohttp or pyHanko is already loaded; True if installed."""
    if "aiohttp" in sys.modules or "pyhanko" in sys.modules or "pyhanko_certvalidator" in sys.modules:
        return False
    for name, exported in _STAND_INS.items():
        stand_in = types.ModuleType(name, "Walkaway: no HTTP client here (signing and checking are offline).")
        for attribute in exported:
            setattr(stand_in, attribute, _OfflineOnly)
        setattr(stand_in, "__all__", list(exported))  # noqa: B010 - ModuleType declares no __all__
        sys.modules[name] = stand_in
    return True
