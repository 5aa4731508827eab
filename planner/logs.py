"""The rotating log file, for bug reports.

At INFO level the log names actions and ids, never amounts, names or other
plan content: the log may be attached to a bug report.
"""

from __future__ import annotations

import logging
import logging.handlers
import traceback
from pathlib import Path

from planner.paths import log_dir, private_dir

LOG_NAME = "walkaway.log"
#: The file handler in place, if any; replaced when the log folder moves ($WALKAWAY_HOME changed).
_handler: logging.handlers.RotatingFileHandler | None = None


class _Formatter(logging.Formatter):
    """Our records in full; a library's only by logger, level and exception type.

    A library's message may quote what it was given (a signer's name in a certificate,
    a text it could not draw), and the log must hold no plan content.
    """

    def format(self, record: logging.LogRecord) -> str:
        if record.name == "walkaway" or record.name.startswith("walkaway."):
            return super().format(record)
        error = record.exc_info[0] if record.exc_info else None
        kind = f" ({error.__name__})" if error is not None else ""
        return f"{self.formatTime(record)} {record.levelname} {record.name}: message not kept{kind}"


def log_path() -> Path:
    return log_dir() / LOG_NAME


def setup_logging(level: int = logging.INFO) -> Path:
    """Send the log to a rotating file (1 MB x 3); safe to call again.

    The handler sits on the root logger: ``walkaway`` records at ``level`` and up, and the
    warnings of the libraries underneath (pyHanko, ReportLab), which would otherwise land
    on the terminal with their tracebacks, land in the file instead, without their text.
    """
    global _handler
    path = log_path()
    if _handler is not None and Path(_handler.baseFilename) == path.absolute():
        return path
    # Private like the plans: the log holds no plan content, but it does hold file activity.
    private_dir(path.parent)
    path.touch(mode=0o600, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(_Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    root.addHandler(handler)
    logging.getLogger("walkaway").setLevel(level)
    _handler = handler
    return path


def log_unexpected(error: BaseException) -> Path:
    """Write the traceback of an unexpected error to the log; return the log's path."""
    try:
        path = setup_logging()
        text = "".join(traceback.format_exception(error))
        logging.getLogger("walkaway").error("unexpected error\n%s", text)
        return path
    except OSError:
        return Path("(log unavailable)")
