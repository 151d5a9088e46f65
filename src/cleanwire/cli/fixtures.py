"""``cleanwire fixtures check|update [PATH]``: compare or re-approve regression fixtures."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import CleanwireError
from ..fixtures import diff, discover, update


def add_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = sub.add_parser("fixtures", help="check or re-approve the fixture regression suite")
    parser.add_argument("action", choices=("check", "update"), help="check: show diffs; update: rewrite expected files")
    parser.add_argument("path", nargs="?", default="tests/fixtures",
                        help="fixtures folder, site folder or one input file")
    return parser


def run(args: argparse.Namespace) -> int:
    root = Path(args.path)
    if not root.exists():
        print(f"cleanwire fixtures: {root}: no such file or folder", file=sys.stderr)
        return 2
    failed = changed = total = 0
    for fixture in discover(root):
        total += 1
        try:
            if args.action == "update":
                if update(fixture):
                    changed += 1
                    print(f"updated {fixture.expected}")
                continue
            if not fixture.expected.exists():
                failed += 1
                print(f"MISSING {fixture.expected} (run `cleanwire fixtures update {fixture.input}`)")
                continue
            delta = diff(fixture.load_expected(), fixture.run())
            if delta:
                failed += 1
                print(f"FAIL {fixture.name}\n{delta}")
        except (CleanwireError, OSError, ValueError) as exc:
            failed += 1
            print(f"ERROR {fixture.name}: {exc}", file=sys.stderr)
    verb = f"{changed} updated" if args.action == "update" else f"{total - failed} passed, {failed} failed"
    print(f"{total} fixtures: {verb}", file=sys.stderr)
    return 1 if failed else 0
