"""Score cleanwire and its peers on the corpora; print Markdown tables.

    python benchmarks/bench.py                      # dump mode on dev and sites, every system, + metadata
    python benchmarks/bench.py --only cleanwire --corpus sites --misses
    python benchmarks/bench.py --mode html          # html mode (the HTML path has html_bench.py too)
    python benchmarks/bench.py --by-host-cv 5       # honest estimate of the learned dump model
    python benchmarks/bench.py --speed              # docs/s and peak RSS, one process per system

A corpus is a name under ../shared/corpus ("dev", "sites") or a folder holding
``truth.jsonl``, ``dumps/<id>.txt`` and ``pages/<id>.html``. cleanwire runs with its site
classes off (``site="generic"``). Scoring: benchmarks/scoring.py; metadata: dump_meta.py.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from dataclasses import dataclass
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import corpora  # noqa: E402
import systems as system_table  # noqa: E402
from corpora import Page  # noqa: E402
from scoring import CorpusScore, PageScore, score_corpus, score_page  # noqa: E402
from systems import SYSTEMS, System  # noqa: E402

MODES = ("dump", "html")


@dataclass(frozen=True)
class Row:
    system: str
    score: CorpusScore
    docs_per_second: float
    errors: int


def run_system(name: str, system: System, pages: list[Page], mode: str) -> Row:
    """Score one system on every page; an exception is an error and an empty body."""
    inputs = [page.input_path(mode).read_bytes() for page in pages]
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
    return f"{date.today().isoformat()}, {platform.machine()} {os.cpu_count()} cores, Python {platform.python_version()}"


def describe(name: str, pages: list[Page]) -> str:
    groups = len({page.group for page in pages})
    return f"{name}: {len(pages)} pages, {groups} sites"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", action="append", help="corpus name or folder (repeat); default: dev and sites")
    parser.add_argument("--mode", choices=(*MODES, "both"), default="dump")
    parser.add_argument("--only", action="append", help="run only these systems (repeat or comma-separate)")
    parser.add_argument("--no-meta", action="store_true", help="skip the metadata table")
    parser.add_argument("--misses", action="store_true", help="list cleanwire's metadata misses")
    parser.add_argument("--by-host-cv", type=int, metavar="K",
                        help="K-fold cross-validation of the learned dump model, grouped by site, over all corpora")
    parser.add_argument("--grid", action="store_true", help="with --by-host-cv: also try a grid of cut thresholds")
    parser.add_argument("--speed", action="store_true", help="docs/s and peak RSS: cleanwire dump vs trafilatura html")
    parser.add_argument("--repeat", type=int, default=5, help="passes over the corpus for --speed")
    args = parser.parse_args(argv)
    names = args.corpus or list(corpora.DEFAULT)
    loaded = {}
    for name in names:
        if not (corpora.corpus_path(name) / "truth.jsonl").is_file():
            parser.error(f"{corpora.corpus_path(name)} holds no truth.jsonl")
        loaded[str(name)] = corpora.load(name)
    for pages in loaded.values():
        system_table.LANGUAGE.update({page.url: page.row.get("lang", "en") for page in pages})
    print(f"{machine_note()}; " + "; ".join(describe(n, p) for n, p in loaded.items()) + "\n")
    if args.by_host_cv:
        from crossval import cross_validate

        print(cross_validate(loaded, args.by_host_cv, args.grid))
        return 0
    if args.speed:
        from speed import compare

        for name, pages in loaded.items():
            print(compare(corpora.corpus_path(name), pages, args.repeat, name))
        return 0
    wanted = None
    if args.only:
        wanted = {name.strip() for item in args.only for name in item.split(",") if name.strip()}
        unknown = wanted - set(SYSTEMS)
        if unknown:
            parser.error(f"unknown systems {sorted(unknown)}; known: {', '.join(SYSTEMS)}")
    for name, pages in loaded.items():
        for mode in MODES if args.mode == "both" else (args.mode,):
            rows = [
                run_system(system, run, pages, mode)
                for system, run in SYSTEMS.items()
                if wanted is None or system in wanted
            ]
            print(f"### {name}, {mode} mode\n\n{markdown_table(rows)}\n", flush=True)
        if not args.no_meta and mode == "dump" and pages and pages[0].row.get("title"):
            from dump_meta import table

            chosen = ("cleanwire",) if wanted == {"cleanwire"} else ("cleanwire", "trafilatura")
            print(f"### {name}, dump metadata\n\n{table(pages, chosen, args.misses)}\n", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
