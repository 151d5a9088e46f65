"""Metadata accuracy on a corpus whose truth has ``title``, ``authors`` and ``published``
(``../shared/corpus/sites``), html mode, site classes switched off.

    .venv/bin/python benchmarks/sites_bench.py [--corpus ../shared/corpus/sites] [--show]

Rules (the metadata conventions of docs/scoring.md, applied to this truth):

- title: equal after case-folding, whitespace collapsing and removing one trailing
  " | Site" / " - Site" part from both sides;
- authors exact: the same set of names after case-folding and whitespace collapsing (order
  ignored); authors F1: the meta-dev byline rule, the names joined, token F1 >= 0.8;
- published: the same calendar day (YYYY-MM-DD) as the truth's, in the truth's own offset.

Pages whose truth is empty for a field are skipped for it. Prints a markdown table.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from meta_bench import byline_ok, norm_title  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SITES = ROOT.parent / "shared" / "corpus" / "sites"


@dataclass(frozen=True)
class Meta:
    title: str | None
    authors: tuple[str, ...]
    published: str | None  # YYYY-MM-DD


def cleanwire_meta(raw: bytes, url: str | None) -> Meta:
    import cleanwire

    try:
        a = cleanwire.extract(raw, url=url, site="generic")
    except cleanwire.CleanwireError:
        return Meta(None, (), None)
    return Meta(a.title, a.authors, a.published.date().isoformat() if a.published else None)


def trafilatura_meta(raw: bytes, url: str | None) -> Meta:
    import trafilatura

    doc = trafilatura.bare_extraction(raw.decode("utf-8", "replace"), url=url, with_metadata=True,
                                      include_comments=False)
    if doc is None:
        return Meta(None, (), None)
    d = doc.as_dict() if hasattr(doc, "as_dict") else doc
    authors = tuple(a.strip() for a in (d.get("author") or "").split(";") if a.strip())
    return Meta(d.get("title"), authors, d.get("date"))


SYSTEMS = {"cleanwire": cleanwire_meta, "trafilatura": trafilatura_meta}


def _name(text: str) -> str:
    return " ".join(text.split()).casefold()


def judge(guess: Meta, row: dict) -> dict[str, bool | None]:
    truth_authors = [a for a in row.get("authors") or [] if a.strip()]
    return {
        "title": norm_title(guess.title) == norm_title(row["title"]) if row.get("title") else None,
        "authors": ({_name(a) for a in guess.authors} == {_name(a) for a in truth_authors})
        if truth_authors else None,
        "authors F1": byline_ok(", ".join(guess.authors), [", ".join(truth_authors)]) if truth_authors else None,
        "published": guess.published == row["published"][:10] if row.get("published") else None,
    }


def rows(corpus: Path) -> list[dict]:
    return [json.loads(line) for line in (corpus / "truth.jsonl").read_text(encoding="utf-8").splitlines()]


def table(corpus: Path, systems: list[str], show: bool = False) -> str:
    """The metadata table (one row a system) as markdown; misses of the first system printed
    when ``show``."""
    items = rows(corpus)
    pages = {r["id"]: (corpus / "pages" / f"{r['id']}.html").read_bytes() for r in items}
    lines = ["| system | title | authors (exact) | authors (token F1 >= 0.8) | published (day) | docs/s |",
             "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for n, name in enumerate(systems):
        fn = SYSTEMS[name]
        hits: dict[str, list[bool]] = {}
        spent = 0.0
        for row in items:
            start = time.perf_counter()
            guess = fn(pages[row["id"]], row.get("url"))
            spent += time.perf_counter() - start
            for field, ok in judge(guess, row).items():
                if ok is None:
                    continue
                hits.setdefault(field, []).append(ok)
                if show and n == 0 and not ok and field != "authors F1":
                    got = {"title": guess.title, "authors": guess.authors, "published": guess.published}[field]
                    want = {"title": row["title"], "authors": row["authors"], "published": row["published"]}[field]
                    print(f"  miss {field:9} {row['id'][:36]:36} got {got!r} want {want!r}")
        cells = " | ".join(f"{sum(v) / len(v):.3f}" for v in hits.values())
        lines.append(f"| {name} | {cells} | {len(items) / spent:.1f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=SITES)
    parser.add_argument("--systems", default="cleanwire,trafilatura")
    parser.add_argument("--show", action="store_true", help="print every miss of the first system")
    args = parser.parse_args(argv)
    print(f"{len(rows(args.corpus))} pages from {args.corpus}\n")
    print(table(args.corpus, args.systems.split(","), args.show))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
