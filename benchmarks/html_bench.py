"""Score cleanwire and peers on the dev corpus in html mode: F1/P/R/accuracy/docs per second.

    .venv/bin/python benchmarks/html_bench.py [--corpus ../shared/corpus/dev] [--systems cleanwire,trafilatura]

Every system gets the same ``pages/<id>.html`` text and the page URL; the time counted is the
extraction call alone (reading files is outside the clock). Prints a markdown table.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scoring import CorpusScore, score_corpus, score_page  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def _cleanwire(html: str, url: str) -> str:
    import cleanwire

    try:
        return cleanwire.extract(html, url=url).body
    except cleanwire.CleanwireError:
        return ""


def _trafilatura(html: str, url: str) -> str:
    import trafilatura

    return trafilatura.extract(html, url=url, include_comments=False) or ""


def _trafilatura_fast(html: str, url: str) -> str:
    import trafilatura

    return trafilatura.extract(html, url=url, include_comments=False, fast=True) or ""


def _readability(html: str, url: str) -> str:
    from lxml import html as lxml_html
    from readability import Document

    summary = Document(html, url=url).summary(html_partial=True)
    root = lxml_html.fromstring(summary)
    return "\n\n".join(" ".join(el.text_content().split()) for el in root.iter("p", "h2", "h3", "li", "pre", "blockquote"))


def _whole(html: str, url: str) -> str:
    from lxml import html as lxml_html

    root = lxml_html.fromstring(html)
    for bad in root.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    return root.text_content()


SYSTEMS: dict[str, Callable[[str, str], str]] = {
    "cleanwire": _cleanwire,
    "trafilatura": _trafilatura,
    "trafilatura-fast": _trafilatura_fast,
    "readability": _readability,
    "whole": _whole,
}


def load(corpus: Path) -> list[tuple[str, str, str, str]]:
    items = []
    for line in (corpus / "truth.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        html = (corpus / "pages" / f"{row['id']}.html").read_text(encoding="utf-8", errors="replace")
        items.append((row["id"], row.get("url") or "", html, row["body"]))
    return items


def run(name: str, items: list[tuple[str, str, str, str]], repeat: int = 1) -> tuple[CorpusScore, float, dict[str, float]]:
    """Score one system; the speed is from the fastest of ``repeat`` passes (the machine is shared)."""
    fn = SYSTEMS[name]
    fn(items[0][2], items[0][1])  # warm up: imports and caches stay outside the clock
    spent = float("inf")
    for _ in range(repeat):
        preds, elapsed = [], 0.0
        for _page_id, url, html, _truth in items:
            start = time.perf_counter()
            preds.append(fn(html, url))
            elapsed += time.perf_counter() - start
        spent = min(spent, elapsed)
    scores, per_page = [], {}
    for (page_id, _url, _html, truth), pred in zip(items, preds):
        score = score_page(pred, truth)
        scores.append(score)
        p, r = score.precision or 0.0, score.recall or 0.0
        per_page[page_id] = 2 * p * r / (p + r) if p + r else 0.0
    return score_corpus(scores), len(items) / spent if spent else 0.0, per_page


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "dev")
    parser.add_argument("--systems", default="cleanwire,trafilatura")
    parser.add_argument("--repeat", type=int, default=3, help="passes per system; the fastest is reported")
    parser.add_argument("--pages", help="write per-page F1 of every system to this JSON file")
    args = parser.parse_args(argv)
    items = load(args.corpus)
    print(f"{len(items)} pages from {args.corpus}\n")
    print("| system | F1 | precision | recall | accuracy | docs/s |")
    print("| --- | --- | --- | --- | --- | --- |")
    pages = {}
    for name in args.systems.split(","):
        score, speed, pages[name] = run(name, items, args.repeat)
        print(f"| {name} | {score.f1:.3f} | {score.precision:.3f} | {score.recall:.3f} | "
              f"{score.accuracy:.3f} | {speed:.1f} |", flush=True)
    if args.pages:
        Path(args.pages).write_text(json.dumps(pages, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
