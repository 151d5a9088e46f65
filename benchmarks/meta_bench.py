"""Score cleanwire and trafilatura on the meta-dev corpus: title, byline, date, site, body.

    .venv/bin/python benchmarks/meta_bench.py [--corpus ../shared/corpus/meta-dev] [--show]

Rules (docs/scoring.md, metadata): title exact after case-folding, whitespace collapsing
and removing one trailing " | Site" / " - Site" part from both sides; byline right when its
token F1 with the truth (or an accepted alternative) is >= 0.8; date right when the calendar
day matches; site exact after case-folding. Pages whose truth is null skip that field.
Body: the shingle F1 of benchmarks/scoring.py. Prints a markdown table.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scoring import score_corpus, score_page  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
_SUFFIX = re.compile(r"\s+[|\-–—]\s+[^|\-–—]*$")
_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True)
class Guess:
    title: str | None
    byline: str | None
    published: str | None
    site: str | None
    body: str


def _cleanwire(html: str, url: str | None) -> Guess:
    import cleanwire

    try:
        a = cleanwire.extract(html, url=url)
    except cleanwire.CleanwireError:
        return Guess(None, None, None, None, "")
    return Guess(a.title, ", ".join(a.authors) or None, a.published.date().isoformat() if a.published else None,
                 a.site, a.body)


def _trafilatura(html: str, url: str | None) -> Guess:
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    if doc is None:
        return Guess(None, None, None, None, "")
    d = doc.as_dict() if hasattr(doc, "as_dict") else doc
    return Guess(d.get("title"), d.get("author"), d.get("date"), d.get("sitename"), d.get("text") or "")


SYSTEMS = {"cleanwire": _cleanwire, "trafilatura": _trafilatura}


def norm_title(text: str | None) -> str:
    text = " ".join((text or "").split()).casefold()
    return _SUFFIX.sub("", text)


def byline_ok(guess: str | None, truths: list[str]) -> bool:
    if not guess:
        return False
    g = [t.casefold() for t in _TOKEN.findall(guess)]
    for truth in truths:
        t = [w.casefold() for w in _TOKEN.findall(truth)]
        common = sum(min(g.count(w), t.count(w)) for w in set(g))
        if common and 2 * common / (len(g) + len(t)) >= 0.8:
            return True
    return False


def judge(guess: Guess, row: dict) -> dict[str, bool | None]:
    titles = [row["title"], *row.get("title_alt", [])] if row.get("title") else []
    bylines = [row["byline"], *row.get("byline_alt", [])] if row.get("byline") else []
    dates = [d[:10] for d in [row.get("published"), *row.get("published_alt", [])] if d]
    sites = [s.casefold() for s in [row.get("site_name"), *row.get("site_alt", [])] if s]
    return {
        "title": (norm_title(guess.title) in {norm_title(t) for t in titles}) if titles else None,
        "byline": byline_ok(guess.byline, bylines) if bylines else None,
        "date": (guess.published in dates) if dates else None,
        "site": ((guess.site or "").casefold() in sites) if sites else None,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "meta-dev")
    parser.add_argument("--systems", default="cleanwire,trafilatura")
    parser.add_argument("--show", action="store_true", help="print every miss of the first system")
    args = parser.parse_args(argv)
    rows = [json.loads(line) for line in (args.corpus / "truth.jsonl").read_text(encoding="utf-8").splitlines()]
    pages = {r["id"]: (args.corpus / "pages" / f"{r['id']}.html").read_bytes() for r in rows}
    print(f"{len(rows)} pages from {args.corpus}\n")
    print("| system | title | byline | date | site | body F1 | body P | body R | docs/s |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for n, name in enumerate(args.systems.split(",")):
        fn = SYSTEMS[name]
        hits: dict[str, list[bool]] = {"title": [], "byline": [], "date": [], "site": []}
        bodies, spent = [], 0.0
        for row in rows:
            html = pages[row["id"]].decode("utf-8", errors="replace")
            start = time.perf_counter()
            guess = fn(html, None)
            spent += time.perf_counter() - start
            for field, ok in judge(guess, row).items():
                if ok is not None:
                    hits[field].append(ok)
                    if args.show and n == 0 and not ok:
                        print(f"  miss {field:6} {row['id']:28} got {getattr(guess, 'published' if field == 'date' else field, None)!r}"
                              f" want {row.get({'date': 'published', 'site': 'site_name'}.get(field, field))!r}")
            bodies.append(score_page(guess.body, row["body"]))
        body = score_corpus(bodies)
        cells = [f"{sum(v) / len(v):.3f}" for v in hits.values()]
        print(f"| {name} | {' | '.join(cells)} | {body.f1:.3f} | {body.precision:.3f} | {body.recall:.3f} | "
              f"{len(rows) / spent:.1f} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
