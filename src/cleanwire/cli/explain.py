"""``cleanwire explain FILE``: every line of the input with the label it got, and why."""

from __future__ import annotations

import argparse
import sys

from ..errors import CleanwireError
from ..extract import explain, read_input

_MARK = {"body": "BODY", "caption": "CAPT", "related": "REL ", "metadata": "META", "boilerplate": "drop"}


def add_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = sub.add_parser("explain", help="show the label every line of a dump got, and why")
    parser.add_argument("file", help="a dump or page (.txt, .html, optionally .gz)")
    parser.add_argument("--site", help="force the extractor with this name")
    parser.add_argument("--url", help="the page's URL (routes by host)")
    parser.add_argument("--width", type=int, default=100, help="cut lines to this many characters")
    return parser


def run(args: argparse.Namespace) -> int:
    try:
        result = explain(read_input(args.file), url=args.url, site=args.site)
    except (CleanwireError, OSError) as exc:
        print(f"{args.file}: {exc}", file=sys.stderr)
        return 1
    print(f"# extractor: {result.article.extractor}")
    for block in result.blocks:
        where = f"{block.line:>5}" if block.line is not None else "    -"
        text = block.text if len(block.text) <= args.width else block.text[: args.width - 1] + "…"
        why = block.reason
        reason = f"  ({why.message or why.code.value})" + (f" [{why.rule}]" if why.rule else "")
        print(f"{where} {_MARK[block.label.value]} {text}{reason}")
    return 0
