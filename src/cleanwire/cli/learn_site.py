"""``cleanwire sites learn PATHS --name NAME``: a site definition learned from pages of one site."""

from __future__ import annotations

import argparse
import sys

from ..errors import CleanwireError
from ..extract import read_input
from ..learn import LearnError, learn
from ..learn.writer import write_site
from .inputs import find_inputs
from .outputs import write_atomic


def run(args: argparse.Namespace) -> int:
    found = find_inputs(args.paths)
    for path, reason in found.problems:
        print(f"{path}: {reason}", file=sys.stderr)
    pages = []
    for job in found.jobs:
        try:
            pages.append(read_input(job.source))
        except (OSError, CleanwireError) as exc:
            print(f"{job.source}: {getattr(exc, 'strerror', None) or exc}", file=sys.stderr)
    if len(pages) < 2:
        print("cleanwire sites learn: give two pages of the site or more", file=sys.stderr)
        return 2
    try:
        template = learn(pages, name=args.name)
    except LearnError as exc:
        print(f"cleanwire sites learn: no template learned: {exc}", file=sys.stderr)
        return 1
    source = write_site(template, args.name)
    try:
        if args.json is not None:
            write_atomic(args.json, template.to_json())
        if args.output is None:
            sys.stdout.write(source)
        else:
            write_atomic(args.output, source)
            print(f"wrote {args.output}: {template.summary()}, from {template.pages} pages", file=sys.stderr)
    except OSError as exc:
        print(f"cleanwire sites learn: {exc.strerror or exc}", file=sys.stderr)
        return 1
    return 0
