"""Site classes read pages of other publishers: a stand-in for a publisher's later page after
a redesign. Run by hand:

    python benchmarks/sitepack_foreign.py faz,ntv,welt      # the classes to check
    python benchmarks/sitepack_foreign.py all               # every site class (slow: minutes)

Each class is forced (``site=``) onto every page of the site pack that is not its own, in both
input kinds, and compared with the generic path on the same input: how many inputs its rules
read (a layout matched), crashes (anything but a CleanwireError), the mean body-F1 difference,
and the inputs more than 0.05 below the generic path.
"""

from __future__ import annotations

import argparse
import json
import sys
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "src"))

from scoring import score_page  # noqa: E402

import cleanwire  # noqa: E402
from cleanwire.registry import by_name, site_classes  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "sites"


def f1(body: str, truth: str) -> float:
    score = score_page(body, truth)
    p, r = score.precision, score.recall
    return 2 * p * r / (p + r) if p + r else 0.0


def body_f1(raw: bytes, url: str | None, site: str, truth: str) -> float:
    try:
        return f1(cleanwire.extract(raw, url=url, site=site).body, truth)
    except cleanwire.CleanwireError:
        return 0.0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("classes", help="comma-separated site class names, or 'all'")
    args = parser.parse_args(argv)
    names = [cls.name for cls in site_classes()] if args.classes == "all" else args.classes.split(",")
    rows = [json.loads(line) for line in (CORPUS / "truth.jsonl").read_text(encoding="utf-8").splitlines()]
    inputs = []
    for row in rows:
        for kind, folder, suffix in (("html", "pages", ".html"), ("dump", "dumps", ".txt")):
            raw = (CORPUS / folder / (row["id"] + suffix)).read_bytes()
            inputs.append((row, kind, raw, body_f1(raw, row["url"], "generic", row["body"])))
    print("| class | foreign inputs | read by its rules | crashes | mean F1 - generic | > 0.05 below |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    totals = [0, 0, 0, 0.0, 0]
    for name in names:
        cls = by_name(name)
        if cls is None:
            print(f"unknown site class {name!r}", file=sys.stderr)
            return 2
        n = matched = crashes = 0
        deltas, worse = [], []
        for row, kind, raw, generic in inputs:
            if row.get("url") and cls.matches_url(row["url"]):
                continue  # its own pages
            n += 1
            try:
                result = cleanwire.explain(raw, site=name)
            except cleanwire.CleanwireError:
                deltas.append(-generic)
                continue
            except Exception:  # a crash is what this check is for
                crashes += 1
                traceback.print_exc()
                continue
            matched += not any("no known layout" in note for note in result.notes)
            score = f1(result.article.body, row["body"])
            deltas.append(score - generic)
            if score < generic - 0.05:
                worse.append(f"{row['id']}/{kind}")
        mean = sum(deltas) / len(deltas) if deltas else 0.0
        print(f"| {name} | {n} | {matched} | {crashes} | {mean:+.3f} | {len(worse)} |")
        totals = [totals[0] + n, totals[1] + matched, totals[2] + crashes, totals[3] + sum(deltas), totals[4] + len(worse)]
        for item in worse:
            print(f"    {item}", file=sys.stderr)
    if len(names) > 1:
        n, matched, crashes, delta, worse_total = totals
        print(f"| all {len(names)} classes | {n} | {matched} | {crashes} | {delta / max(1, n):+.4f} | {worse_total} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
