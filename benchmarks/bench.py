"""Score cleanwire and its peers on a corpus folder; print one Markdown table per mode.

    python benchmarks/bench.py                      # dump and html mode, every system
    python benchmarks/bench.py --mode dump --only cleanwire
    python benchmarks/bench.py --by-host-cv 5       # honest estimate of the learned dump model
    python benchmarks/bench.py --speed              # docs/s and peak RSS, one process per system

The corpus folder holds ``truth.jsonl``, ``dumps/<id>.txt`` and ``pages/<id>.html``
(default: ``../shared/corpus/dev`` beside the repository). Scoring: benchmarks/scoring.py.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from scoring import CorpusScore, PageScore, score_corpus, score_page  # noqa: E402
from systems import SYSTEMS, System  # noqa: E402

ROOT = HERE.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
MODES = ("dump", "html")


@dataclass(frozen=True)
class Page:
    id: str
    url: str
    truth: str


@dataclass(frozen=True)
class Row:
    system: str
    score: CorpusScore
    docs_per_second: float
    errors: int


def load_truth(corpus: Path) -> list[Page]:
    with open(corpus / "truth.jsonl", encoding="utf-8") as handle:
        items = [json.loads(line) for line in handle if line.strip()]
    return [Page(item["id"], item["url"], item["body"]) for item in items]


def input_path(corpus: Path, page: Page, mode: str) -> Path:
    return corpus / "dumps" / f"{page.id}.txt" if mode == "dump" else corpus / "pages" / f"{page.id}.html"


def run_system(name: str, system: System, corpus: Path, pages: list[Page], mode: str) -> Row:
    """Score one system on every page; an exception is an error and an empty body."""
    inputs = [input_path(corpus, page, mode).read_bytes() for page in pages]
    scores: list[PageScore] = []
    errors = 0
    try:  # warm-up, untimed: imports and lazily loaded data are not per-document costs
        system(inputs[0], pages[0].url, mode)
    except Exception:
        pass
    spent = 0.0
    for page, raw in zip(pages, inputs):
        start = time.perf_counter()
        try:
            body = system(raw, page.url, mode)
        except Exception:  # a crash or a CleanwireError: the page scores as empty output
            body = ""
            errors += 1
        spent += time.perf_counter() - start
        scores.append(score_page(body, page.truth))
    return Row(name, score_corpus(scores), len(pages) / spent if spent else 0.0, errors)


def markdown_table(rows: list[Row]) -> str:
    lines = [
        "| system | F1 | precision | recall | accuracy | docs/s | errors |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in rows:
        s = row.score
        lines.append(
            f"| {row.system} | {s.f1:.3f} | {s.precision:.3f} | {s.recall:.3f} | {s.accuracy:.3f} "
            f"| {row.docs_per_second:.1f} | {row.errors} |"
        )
    return "\n".join(lines)


def machine_note() -> str:
    import os

    return f"{date.today().isoformat()}, {platform.machine()} {os.cpu_count()} cores, Python {platform.python_version()}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="corpus folder (truth.jsonl, dumps/, pages/)")
    parser.add_argument("--mode", choices=(*MODES, "both"), default="both")
    parser.add_argument("--only", action="append", help="run only these systems (repeat or comma-separate)")
    parser.add_argument("--by-host-cv", type=int, metavar="K", help="K-fold cross-validation of the learned dump model, grouped by host")
    parser.add_argument("--grid", action="store_true", help="with --by-host-cv: also try a grid of cut thresholds")
    parser.add_argument("--speed", action="store_true", help="docs/s and peak RSS: cleanwire dump vs trafilatura html")
    parser.add_argument("--repeat", type=int, default=5, help="passes over the corpus for --speed")
    args = parser.parse_args(argv)
    if not (args.corpus / "truth.jsonl").is_file():
        parser.error(f"{args.corpus} holds no truth.jsonl")
    pages = load_truth(args.corpus)
    print(f"corpus {args.corpus} ({len(pages)} pages); {machine_note()}\n")
    if args.by_host_cv:
        from crossval import cross_validate

        print(cross_validate(args.corpus, pages, args.by_host_cv, args.grid))
        return 0
    if args.speed:
        from speed import compare

        print(compare(args.corpus, pages, args.repeat))
        return 0
    wanted = None
    if args.only:
        wanted = {name.strip() for item in args.only for name in item.split(",") if name.strip()}
        unknown = wanted - set(SYSTEMS)
        if unknown:
            parser.error(f"unknown systems {sorted(unknown)}; known: {', '.join(SYSTEMS)}")
    for mode in MODES if args.mode == "both" else (args.mode,):
        rows = [
            run_system(name, system, args.corpus, pages, mode)
            for name, system in SYSTEMS.items()
            if wanted is None or name in wanted
        ]
        print(f"### {mode} mode\n\n{markdown_table(rows)}\n", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
