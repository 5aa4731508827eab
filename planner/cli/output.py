"""Everything a command prints goes through :func:`planner.text_rules.visible`.

Text stored by another tool (or typed into the database directly) may hold ESC,
BEL or C1 controls that would retitle the terminal or clear the screen. While a
command runs, standard output and standard error show every control character as
``\\u001b``-style text; a newline and a tab pass. The escape is JSON's own, so
``--json`` output and ``export`` still read back to the very same text.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

from planner.text_rules import visible


class VisibleStream:
    """A text stream that writes through :func:`visible`; everything else is the wrapped stream's."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(visible(text))
        return len(text)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextmanager
def visible_output() -> Iterator[None]:
    """Wrap ``sys.stdout`` and ``sys.stderr`` for the duration (tests' captures included)."""
    out, err = sys.stdout, sys.stderr
    if out is not None:
        sys.stdout = VisibleStream(out)
    if err is not None:
        sys.stderr = VisibleStream(err)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err


def one_line(message: str) -> str:
    """An error message for standard error: one line, whatever the user's input in it held."""
    return visible(message, multiline=False)
