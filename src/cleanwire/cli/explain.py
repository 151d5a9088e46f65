"""``cleanwire explain FILE``: every line of the input with the label it got, and why.

``--html -o report.html`` writes the same as one self-contained page, coloured by label.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import CleanwireError
from ..learn.template import Template
from ..extract import explain, read_input
from ..report import render
from .inputs import read_stdin
from .outputs import write_atomic

_MARK = {"body": "BODY", "caption": "CAPT", "related": "REL ", "metadata": "META", "boilerplate": "drop"}


def add_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = sub.add_parser("explain", help="show the label every line of a dump got, and why")
    parser.add_argument("file", help="a dump or page (.txt, .html, optionally .gz), or - for standard input")
    parser.add_argument("--site", help="force the extractor with this name")
    parser.add_argument("--url", help="the page's URL (routes by host)")
    parser.add_argument("--template", type=Path, metavar="FILE",
                        help="a learned template (JSON from `sites learn --json` or a `clean --learn` run's "
                             ".cleanwire/learn/templates.json): the one that fits the page is applied")
    parser.add_argument("--width", type=int, default=100, help="cut lines to this many characters")
    parser.add_argument("--html", action="store_true", help="write a self-contained HTML report (with -o)")
    parser.add_argument("-o", "--output", type=Path, help="with --html: the report file (default: stdout)")
    return parser


def _template(path: Path, raw: bytes, url: str | None) -> Template:
    """The template of the file at ``path`` that fits the page (an error when none does)."""
    from ..document import make_document
    from ..learn.apply import choose_template
    from ..learn.template import TemplateError, load_templates

    templates = load_templates(path.read_text(encoding="utf-8"))
    chosen = templates[0] if len(templates) == 1 else choose_template(make_document(raw, url=url), templates)
    if chosen is None:
        raise TemplateError(f"none of the {len(templates)} templates in {path} fits this page")
    return chosen


def run(args: argparse.Namespace) -> int:
    name = "<stdin>" if args.file == "-" else args.file
    try:
        data = read_stdin() if args.file == "-" else read_input(args.file)
        template = _template(args.template, data, args.url) if args.template else None
        result = explain(data, url=args.url, site=args.site, template=template)
    except OSError as exc:
        print(f"{name}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except CleanwireError as exc:
        print(f"{name}: {exc}", file=sys.stderr)
        return 1
    if args.html:
        page = render(result, name)
        if args.output is None:
            sys.stdout.write(page)
            return 0
        try:
            write_atomic(args.output, page)
        except OSError as exc:
            print(f"{args.output}: {exc.strerror or exc}", file=sys.stderr)
            return 1
        print(f"wrote {args.output}", file=sys.stderr)
        return 0
    version = f"  layout: {result.version}" if result.version else ""
    print(f"# extractor: {result.extractor}{version}")
    for note in result.notes:
        print(f"# note: {note}")
    for block in result.blocks:
        where = f"{block.line:>5}" if block.line is not None else "    -"
        text = block.text if len(block.text) <= args.width else block.text[: args.width - 1] + "…"
        why = block.reason
        rule = f" [{why.rule}]" if why.rule else ""
        print(f"{where} {_MARK[block.label.value]} {text}  ({why.code.value}: {why.message}){rule}")
    return 0
