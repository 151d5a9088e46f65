"""Memory and time of ``cleanwire clean --learn`` on a large synthetic batch (issue 10: 100,000
pages in under 1 GB).

    .venv/bin/python benchmarks/learn_scale.py [--pages 100000] [--sites 200] [--jobs 2] [--learn-only]

Writes ``--pages`` text dumps of ``--sites`` made-up sites (tests/synthetic_sites.py: each site
its own navigation, footer and widgets, every page its own story, no URL) to a temporary
folder, runs the CLI on it as a user would, and prints a table: wall-clock time, the peak
resident memory of the largest process (the CLI itself, or one worker), the groups found and
how many pages were cleaned with a learned template. ``--learn-only`` stops after learning
(``--jobs`` workers still do pass 1), to measure the learning steps alone.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from synthetic_sites import make_page, make_site  # noqa: E402

_LEARN_ONLY = """
import sys
from functools import partial
from pathlib import Path
from cleanwire.cli.clean import fetch_sidecar
from cleanwire.cli.inputs import find_inputs
from cleanwire.cli.pool import WorkerPool
from cleanwire.learn import batch
folder, state, jobs = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
sources = {job.key: str(job.source) for job in find_inputs([folder]).jobs}
with WorkerPool(batch.run_task, jobs, 60) as pool:
    learned = batch.learn_batch(sources, state, pool.map, fetch_sidecar)
batch.print_report(learned.report, limit=5)
"""


def write_batch(folder: Path, pages: int, sites: int) -> None:
    folder.mkdir(parents=True)
    for n in range(pages):
        site = n % sites
        sub = folder / f"{n // 1000:03d}"
        if n % 1000 == 0:
            sub.mkdir()
        (sub / f"p{n}.txt").write_text(make_page(make_site(site), n // sites).text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=100_000)
    parser.add_argument("--sites", type=int, default=200)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--learn-only", action="store_true", help="stop after learning the templates")
    parser.add_argument("--folder", type=Path, help="keep the generated pages here (reused when it exists)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder, out = args.folder or Path(tmp) / "in", Path(tmp) / "out"
        if not folder.exists():
            start = time.perf_counter()
            write_batch(folder, args.pages, args.sites)
            print(f"wrote {args.pages} dumps of {args.sites} sites in {time.perf_counter() - start:.0f} s", flush=True)
        if args.learn_only:
            cmd = [sys.executable, "-c", _LEARN_ONLY, str(folder), str(out / ".cleanwire" / "learn"), str(args.jobs)]
        else:
            cmd = [sys.executable, "-m", "cleanwire", "clean", str(folder), "-o", str(out), "--learn",
                   "--no-site-classes", "--format", "jsonl", "--jobs", str(args.jobs)]
        start = time.perf_counter()
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        seconds = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # KiB on Linux
        print(done.stderr[-3000:])
        state = json.loads((out / ".cleanwire" / "learn" / "templates.json").read_text(encoding="utf-8"))
        learned = sum(1 for name in state["assigned"].values() if name)
        cleaned = 0
        if not args.learn_only:
            cleaned = sum(1 for _ in open(out / "articles.jsonl", encoding="utf-8"))
        print("| pages | sites | step | wall s | pages/s | peak RSS of the largest process (MiB) | templates "
              "| pages with a template | cleaned |")
        print("| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
        print(f"| {args.pages} | {args.sites} | {'learning only' if args.learn_only else 'learn + clean'} "
              f"| {seconds:.0f} | {args.pages / seconds:.0f} | {peak:.0f} | {len(state['templates'])} | {learned} "
              f"| {cleaned} |")
    return 0 if done.returncode in (0, 1) else done.returncode


if __name__ == "__main__":
    raise SystemExit(main())
