"""``cleanwire sites``: list the site definitions, their layout versions and the hosts they serve."""

from __future__ import annotations

import argparse

from ..registry import site_classes


def add_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    return sub.add_parser("sites", help="list the site extractors and their hosts")


def run(args: argparse.Namespace) -> int:
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
