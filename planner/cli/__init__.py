"""The ``walkaway`` command.

Exit codes: 0 done, 2 bad input or unknown id (one line on stderr), 1 an
unexpected error (one line on stderr, the traceback in the log file).
Each subcommand lives in its own module listed in :data:`COMMAND_MODULES`;
a module offers ``register(subparsers, common)`` and keeps heavy imports
inside its handlers, so ``walkaway --version`` stays instant.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from planner import __version__
from planner.errors import WalkawayError

#: Modules that add subcommands, in the order ``walkaway --help`` lists them.
COMMAND_MODULES = (
    "planner.cli.deals",
    "planner.cli.brief",
    "planner.cli.trust",
    "planner.cli.room",
    "planner.cli.followups",
    "planner.cli.backup",
    "planner.cli.team",
)

EXIT_OK = 0
EXIT_UNEXPECTED = 1
EXIT_BAD_INPUT = 2


class UsageError(WalkawayError):
    """A command line that does not parse."""


class _Parser(argparse.ArgumentParser):
    #: The subcommands' names (set by :func:`build_parser` on the top parser).
    commands: frozenset[str] = frozenset()

    # argparse prints the usage block and exits; we want one clear line and exit 2.
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message} (see '{self.prog} --help')")


def _db_option(text: str) -> str:
    from planner.store.server.address import PASSWORD_REFUSED, holds_password, is_server_address

    if not text.strip():
        raise argparse.ArgumentTypeError("give the path of a Walkaway file or a team server's address")
    if is_server_address(text) and holds_password(text):
        raise argparse.ArgumentTypeError(PASSWORD_REFUSED)  # never repeated: not even in part
    return text


def build_parser() -> _Parser:
    common = _Parser(add_help=False)
    common.add_argument(
        "--db",
        metavar="PATH",
        type=_db_option,
        # SUPPRESS: a subcommand's own default must not overwrite "walkaway --db X COMMAND".
        # Every parser shares this one action object: never give it a default (set_defaults
        # on any parser would change it for all of them); read it with getattr(args, "db", None).
        default=argparse.SUPPRESS,
        help="the Walkaway file, or the team server (postgresql://USER@HOST/DATABASE or service=NAME), "
        "to use (default: $WALKAWAY_DB, else a file in your user data folder)",
    )
    parser = _Parser(
        prog="walkaway",
        description="Plan the point where you walk away from a negotiation, and hold it.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"walkaway {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers, common)
    parser.commands = frozenset(subparsers.choices)
    return parser


def _split_gui_file(argv: list[str], commands: frozenset[str]) -> tuple[list[str], str | None]:
    """``walkaway FILE`` opens FILE in the window; argparse cannot mix that with subcommands."""
    skip_value = False
    for index, arg in enumerate(argv):
        if skip_value:
            skip_value = False
        elif arg == "--db":
            skip_value = True
        elif arg.startswith("-") or arg in commands:
            if arg in commands:
                return argv, None
        else:
            return argv[:index] + argv[index + 1 :], arg
    return argv, None


def _start_log() -> None:
    from planner.logs import setup_logging

    try:
        setup_logging()
    except OSError:  # a read-only home folder must not stop the command itself,
        import logging  # nor print log lines on the terminal through Python's last-resort handler

        logging.getLogger().addHandler(logging.NullHandler())


def main(argv: Sequence[str] | None = None) -> int:
    from planner.cli.output import visible_output

    # Stored text and typed input may hold terminal controls: all output shows them as text.
    with visible_output():
        return _main(argv)


def _main(argv: Sequence[str] | None) -> int:
    from planner.cli.output import one_line

    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        _start_log()
        parser = build_parser()
        args_list, gui_file = _split_gui_file(args_list, parser.commands)
        args = parser.parse_args(args_list)
        if args.command is None:
            from planner.store.server.address import is_server_address

            if gui_file is not None and is_server_address(gui_file):  # walkaway postgresql://…: the window on it
                try:
                    args.db, gui_file = _db_option(gui_file), None
                except argparse.ArgumentTypeError as error:
                    raise UsageError(f"walkaway: {error}") from None
            if gui_file is not None and not Path(gui_file).expanduser().exists():
                raise UsageError(
                    f"walkaway: '{gui_file}' is neither a command nor an existing file (see 'walkaway --help')"
                )
            from planner.cli.gui import launch

            return launch(getattr(args, "db", None), gui_file)
        return int(args.handler(args) or EXIT_OK)
    except WalkawayError as error:
        message = one_line(str(error))
        print(message if message.startswith("walkaway") else f"walkaway: {message}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("walkaway: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as error:
        from planner.logs import log_unexpected

        where = log_unexpected(error)
        print(
            one_line(f"walkaway: unexpected error: {type(error).__name__}: {error} (details in {where})"),
            file=sys.stderr,
        )
        return EXIT_UNEXPECTED


def run() -> NoReturn:
    """The ``walkaway`` console entry point: :func:`main`, then a quick exit after a subcommand.

    Once a command has written its files (atomically, closed) and its output, all that is left
    is Python tearing down every module it loaded, which after a brief (ReportLab, pyHanko)
    takes a fifth of a second. A subcommand therefore flushes its output and the log and
    leaves at once. When the window ran, Qt gets its normal shutdown.
    """
    code = main()
    if "PySide6" in sys.modules:
        sys.exit(code)
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except BrokenPipeError:  # the reader went away (walkaway list | head): not a failure
            pass
        except (OSError, ValueError) as error:  # a full disk under a redirect, a closed stream
            code = code or EXIT_UNEXPECTED
            with contextlib.suppress(OSError, ValueError):
                os.write(2, f"walkaway: the output could not be written ({error})\n".encode())
    import logging

    logging.shutdown()
    os._exit(code)
