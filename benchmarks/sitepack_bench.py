"""The site pack: cleanwire's site classes against its generic path and trafilatura.

On ../shared/corpus/sites (77 pages of 64 publishers, HTML and dump of each), in both input
kinds: body F1 (the scoring.md method), title / authors / published-date exact, the byline as
scoring.md judges it (token F1 >= 0.8 with the true credit line), and how many
pages a site class handled with its layout matched. Run by hand:

    python benchmarks/sitepack_bench.py                 # tables
    python benchmarks/sitepack_bench.py --pages out.json  # also per-page scores
    python benchmarks/sitepack_bench.py --speed         # site path vs generic path, docs/s

Dumps are given the page's URL like HTML (the fixtures' facts do the same); ``--no-url`` routes
dumps by their signatures instead.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "src"))

from meta_bench import byline_ok  # noqa: E402
from scoring import PageScore, score_corpus, score_page  # noqa: E402

import cleanwire  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "corpus" / "sites"
_SUFFIX = re.compile(r"\s+[|\-–—]\s+[^|\-–—]+$")


def norm_title(text: str | None) -> str:
    text = " ".join((text or "").split()).casefold()
    return _SUFFIX.sub("", text)


def norm_names(names: list[str] | tuple[str, ...]) -> list[str]:
    return sorted(" ".join(n.split()).casefold() for n in names)


@dataclass
class Tally:
    scores: list[PageScore] = field(default_factory=list)
    title: int = 0
    authors: int = 0
    byline: int = 0
    published: int = 0
    matched: int = 0
    errors: int = 0
    pages: dict[str, dict] = field(default_factory=dict)

    def row(self, name: str) -> str:
        n = len(self.scores) or 1
        c = score_corpus(self.scores)
        return (f"| {name} | {c.f1:.3f} | {c.precision:.3f} | {c.recall:.3f} | {self.title / n:.3f} | "
                f"{self.authors / n:.3f} | {self.byline / n:.3f} | {self.published / n:.3f} | {self.matched} | {self.errors} |")


def run(system: str, rows: list[dict], corpus: Path, mode: str, use_url: bool) -> Tally:
    import trafilatura

    tally = Tally()
    for row in rows:
        path = corpus / ("pages" if mode == "html" else "dumps") / (row["id"] + (".html" if mode == "html" else ".txt"))
        raw = path.read_bytes()
        url = row["url"] if (mode == "html" or use_url) else None
        title = published = None
        authors: tuple[str, ...] = ()
        body = ""
        try:
            if system == "trafilatura":
                page = raw.decode("utf-8", "replace") if mode == "html" else _as_html(raw)
                doc = trafilatura.bare_extraction(page, url=url, with_metadata=True)
                if doc is not None:
                    body = doc.text or ""
                    title = doc.title
                    authors = tuple(a.strip() for a in (doc.author or "").split(";") if a.strip())
                    published = doc.date
            else:
                result = cleanwire.explain(raw, url=url, site="generic" if system == "generic" else None)
                a = result.article
                body, title, authors = a.body, a.title, a.authors
                published = a.published.date().isoformat() if a.published else None
                known = not any("no known layout" in note for note in result.notes)
                if system not in ("generic", "trafilatura") and result.extractor != "generic" and known:
                    tally.matched += 1
        except cleanwire.CleanwireError:
            tally.errors += 1
        score = score_page(body, row["body"])
        tally.scores.append(score)
        ok_title = norm_title(title) == norm_title(row["title"])
        ok_authors = norm_names(authors) == norm_names(row["authors"])
        ok_date = bool(published and row.get("published") and str(published)[:10] == row["published"][:10])
        tally.title += ok_title
        tally.authors += ok_authors
        # scoring.md's byline rule: the credit line as one string, token F1 >= 0.8.
        tally.byline += byline_ok(", ".join(authors), [", ".join(row["authors"])]) if row["authors"] else not authors
        tally.published += ok_date
        p, r = score.precision, score.recall
        tally.pages[row["id"]] = {"f1": round(2 * p * r / (p + r), 4) if p + r else 0.0, "title": ok_title, "authors": ok_authors,
                                  "published": ok_date, "got_title": title, "got_authors": list(authors),
                                  "got_published": str(published)}
    return tally


def _as_html(raw: bytes) -> str:
    import html

    lines = raw.decode("utf-8", "replace").splitlines()
    return "<html><body>" + "".join(f"<p>{html.escape(x.strip())}</p>" for x in lines if x.strip()) + "</body></html>"


def speed(rows: list[dict], corpus: Path, repeat: int) -> str:
    out = ["| input | site classes docs/s | generic docs/s | ratio |", "| --- | ---: | ---: | ---: |"]
    for mode in ("html", "dump"):
        raws = [((corpus / ("pages" if mode == "html" else "dumps") /
                  (r["id"] + (".html" if mode == "html" else ".txt"))).read_bytes(), r["url"]) for r in rows]
        rates = {}
        for system in ("site", "generic"):
            best = float("inf")
            for _ in range(repeat):
                start = time.perf_counter()
                for raw, url in raws:
                    try:
                        cleanwire.extract(raw, url=url, site="generic" if system == "generic" else None)
                    except cleanwire.CleanwireError:
                        pass
                best = min(best, time.perf_counter() - start)
            rates[system] = len(raws) / best
        out.append(f"| {mode} | {rates['site']:.1f} | {rates['generic']:.1f} | {rates['site'] / rates['generic']:.2f} |")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT)
    parser.add_argument("--systems", default="cleanwire,generic,trafilatura")
    parser.add_argument("--no-url", action="store_true", help="dumps without their URL (routed by signature)")
    parser.add_argument("--pages", type=Path, help="write per-page results to this JSON file")
    parser.add_argument("--speed", action="store_true", help="docs/s of the site path and the generic path")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", help="comma-separated parts of page ids to keep (e.g. de-FAZ,uk-BBC)")
    args = parser.parse_args(argv)
    rows = [json.loads(line) for line in (args.corpus / "truth.jsonl").read_text(encoding="utf-8").splitlines()]
    if args.only:
        keep = args.only.split(",")
        rows = [row for row in rows if any(part in row["id"] for part in keep)]
    if args.speed:
        print(speed(rows, args.corpus, args.repeat))
        return 0
    per_page: dict[str, dict] = {}
    for mode in ("html", "dump"):
        print(f"\n### {mode} ({len(rows)} pages)\n")
        print("| system | F1 | P | R | title | authors exact | byline (token F1 >= 0.8) | published | layout matched | errors |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for system in args.systems.split(","):
            tally = run(system, rows, args.corpus, mode, not args.no_url)
            print(tally.row(system))
            per_page[f"{mode}/{system}"] = tally.pages
    if args.pages:
        args.pages.write_text(json.dumps(per_page, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
