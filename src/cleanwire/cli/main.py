"""Entry point of the ``cleanwire`` command: parses arguments and runs a subcommand.

Each subcommand lives in its own module with ``add_parser(subparsers)`` and ``run(args)``.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from .. import __version__

#: Subcommand modules of this package, in the order ``--help`` lists them.
COMMANDS = ("clean", "fetch", "explain", "sites", "fixtures")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cleanwire",
        description="Turn raw dumps of news pages (text or HTML) into clean articles.",
    )
    parser.add_argument("--version", action="version", version=f"cleanwire {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMANDS:
        module = importlib.import_module(f"{__package__}.{name}")
        module.add_parser(sub).set_defaults(run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args) or 0)
    except KeyboardInterrupt:
        print("cleanwire: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `cleanwire ... | head` closed our stdout: not an error
        return 0
