"""HTML speed: cleanwire against trafilatura by CPU time, in one process, on the same pages.

    .venv/bin/python benchmarks/html_speed.py [--corpora dev,sites] [--repeat 5] [--profile out.prof]

Both systems are called as in html_bench.py (cleanwire ``extract(raw, url=..., site="generic")``,
trafilatura ``extract(raw, url=..., include_comments=False)``) on every page of the corpora,
after one untimed warm-up pass each. The timed passes alternate between the two systems, so
a burst of load on the shared machine falls on both; each pass is timed with
``time.process_time`` (CPU time of this process: steadier than the wall clock when other
work runs beside it). Prints every pass, the ratio of each pair of passes and of the best
passes. ``--profile`` writes a cProfile of one more cleanwire pass.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from html_bench import CORPORA, SYSTEMS  # noqa: E402


def pages(names: list[str]) -> list[tuple[bytes, str]]:
    out = []
    for name in names:
        corpus = Path(name) if "/" in name else CORPORA / name
        for line in (corpus / "truth.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            out.append(((corpus / "pages" / f"{row['id']}.html").read_bytes(), row.get("url") or ""))
    return out


def one_pass(fn: Callable[[bytes, str], str], items: list[tuple[bytes, str]]) -> float:
    start = time.process_time()
    for raw, url in items:
        fn(raw, url)
    return time.process_time() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", default="dev,sites")
    parser.add_argument("--repeat", type=int, default=5, help="timed passes of each system")
    parser.add_argument("--profile", help="write a cProfile of one cleanwire pass to this file")
    args = parser.parse_args(argv)
    items = pages(args.corpora.split(","))
    ours, theirs = SYSTEMS["cleanwire"], SYSTEMS["trafilatura"]
    one_pass(ours, items)  # warm up: imports, caches, the model
    one_pass(theirs, items)
    print(f"{len(items)} pages ({args.corpora}), CPU seconds per pass\n")
    print("| pass | cleanwire | trafilatura | ratio (docs/s) |")
    print("| ---: | ---: | ---: | ---: |")
    mine, other = [], []
    for k in range(args.repeat):
        mine.append(one_pass(ours, items))
        other.append(one_pass(theirs, items))
        print(f"| {k + 1} | {mine[-1]:.2f} | {other[-1]:.2f} | {other[-1] / mine[-1]:.2f}x |", flush=True)
    ratios = [b / a for a, b in zip(mine, other)]
    print(f"\ncleanwire {len(items) / min(mine):.1f} docs per CPU-second, trafilatura {len(items) / min(other):.1f} "
          f"(best passes): {min(other) / min(mine):.2f}x; median of the paired ratios "
          f"{statistics.median(ratios):.2f}x (range {min(ratios):.2f}-{max(ratios):.2f})")
    if args.profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
        one_pass(ours, items)
        profiler.disable()
        profiler.dump_stats(args.profile)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
