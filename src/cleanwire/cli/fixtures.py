"""``cleanwire fixtures check|update|new``: the fixture regression suite from the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import CleanwireError
from ..fixtures import Fixture, diff, disagreements, discover, invariants, pairs, raised, scaffold, update
from ..registry import by_name


def add_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = sub.add_parser("fixtures", help="check, re-approve or add regression fixtures",
                            description="check: show diffs and broken invariants; update: rewrite expected "
                                        "files; new SITE FILE --url URL: add a case.")
    parser.add_argument("action", choices=("check", "update", "new"))
    parser.add_argument("args", nargs="*", metavar="ARG",
                        help="check/update: [PATH] (default tests/fixtures); new: SITE FILE")
    parser.add_argument("--url", help="new: the page's URL (routes it to its site class)")
    parser.add_argument("--case", help="new: the case name (default: the file's name)")
    parser.add_argument("--crawl-date", help="new: when the page was saved (YYYY-MM-DD)")
    parser.add_argument("--root", default="tests/fixtures", help="new: the fixtures folder")
    return parser


def run(args: argparse.Namespace) -> int:
    if args.action == "new":
        return _new(args)
    if len(args.args) > 1:
        print("cleanwire fixtures: check and update take at most one PATH", file=sys.stderr)
        return 2
    root = Path(args.args[0] if args.args else "tests/fixtures")
    if not root.exists():
        print(f"cleanwire fixtures: {root}: no such file or folder", file=sys.stderr)
        return 2
    return _update(root) if args.action == "update" else _check(root)


def _update(root: Path) -> int:
    changed = total = failed = 0
    for fixture in discover(root):
        total += 1
        try:
            if update(fixture):
                changed += 1
                print(f"updated {fixture.expected}")
        except (CleanwireError, OSError, ValueError) as exc:
            failed += 1
            print(f"ERROR {fixture.name}: {exc}", file=sys.stderr)
    print(f"{total} fixtures: {changed} updated", file=sys.stderr)
    return 1 if failed else 0


def _check(root: Path) -> int:
    failed = total = 0
    for fixture in discover(root):
        total += 1
        try:
            problems = check(fixture)
        except (CleanwireError, OSError, ValueError) as exc:
            problems = [f"error: {exc}"]
        if problems:
            failed += 1
            print(f"FAIL {fixture.name}\n" + "\n".join(problems))
    for html, dump in pairs(root):
        problems = disagreements(html.extract(), dump.extract())
        if problems:
            failed += 1
            print(f"DISAGREE {html.site}/{html.case} (html vs txt)\n" + "\n".join(problems))
    print(f"{total} fixtures: {total - failed} passed, {failed} failed", file=sys.stderr)
    return 1 if failed else 0


def check(fixture: Fixture) -> list[str]:
    """What is wrong with one fixture: a missing or different expected output, a broken
    invariant, the wrong extractor."""
    if not fixture.expected.exists():
        return [f"no expected output (run `cleanwire fixtures update {fixture.input}`)"]
    if fixture.expected_error:
        return raised(fixture)
    article = fixture.extract()
    problems = []
    delta = diff(fixture.load_expected(), fixture.run())
    if delta:
        problems.append(delta)
    if article.extractor != fixture.site:
        problems.append(f"extractor: {article.extractor!r}, but the folder names {fixture.site!r}")
    site = by_name(fixture.site) if fixture.site != "generic" else None
    problems += [f"invariant: {p}" for p in invariants(article, credits_authors=site.credits_authors if site else False)]
    return problems


def _new(args: argparse.Namespace) -> int:
    if len(args.args) != 2:
        print("cleanwire fixtures new: give SITE and FILE (and --url URL)", file=sys.stderr)
        return 2
    site, source = args.args[0], Path(args.args[1])
    try:
        if site != "generic":
            by_name(site)
        fixture = scaffold(site, source, Path(args.root), url=args.url, case=args.case, crawl_date=args.crawl_date)
        problems = check(fixture)
    except (CleanwireError, OSError, ValueError) as exc:
        print(f"cleanwire fixtures new: {source}: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {fixture.input}, {fixture.facts_path.name}, {fixture.expected.name}")
    if fixture.expected_error:
        print(f"  no article: expects {fixture.expected_error} ({fixture.load_expected().get('message')})")
    else:
        article = fixture.extract()
        print(f"  extractor {article.extractor}, title {article.title!r}")
        print(f"  authors {list(article.authors)}, published {article.published}")
        print(f"  {len(article.paragraphs)} paragraphs, {len(article.captions)} captions, "
              f"{len(article.related)} related")
    for problem in problems:
        print(f"  ! {problem}")
    print("Review the expected JSON before committing: it is what the suite will hold the site to.")
    return 1 if problems else 0
