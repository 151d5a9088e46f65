"""``cleanwire sites``: list the site definitions, their layout versions and the hosts they serve;
``cleanwire sites learn PATHS --name NAME`` writes a site definition learned from pages."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..registry import site_classes


def add_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = sub.add_parser("sites", help="list the site extractors and their hosts; `sites learn` learns one")
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    learn = actions.add_parser("learn", help="learn a site definition from pages of one site (see docs/learning.md)")
    learn.add_argument("paths", nargs="+", metavar="PATH", help="pages of the site: files or folders")
    learn.add_argument("--name", required=True, help="the site's name (a Python identifier is made of it)")
    learn.add_argument("-o", "--output", type=Path, help="the .py file to write (default: stdout)")
    learn.add_argument("--json", type=Path, metavar="FILE", help="also write the template as JSON")
    return parser


def run(args: argparse.Namespace) -> int:
    if getattr(args, "action", None) == "learn":
        from .learn_site import run as learn_site

        return learn_site(args)
    rows = []
    for cls in site_classes():
        versions = [cls.version_name(v) or "" for v in cls.layouts() if cls.version_name(v)]
        label = cls.site_name + (f" [{', '.join(versions)}]" if versions else "")
        rows.append((cls.name, label, ", ".join(cls.hosts)))
    rows.append(("generic", "(any other site)", "*"))
    width = [max(len(row[i]) for row in rows) for i in range(2)]
    for name, site, hosts in rows:
        print(f"{name:<{width[0]}}  {site:<{width[1]}}  {hosts}")
    return 0
