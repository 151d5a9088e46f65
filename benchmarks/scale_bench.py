"""Scale benchmark: one WARC built from the corpus pages, cleaned by every engine.

    python benchmarks/scale_bench.py                      # 400 pages, 10x archive, all engines
    python benchmarks/scale_bench.py --engines local --big 0

Builds (in a temporary folder, never in the repo) a gzipped WARC of the corpus HTML pages of
../shared/corpus (dev, meta-dev, sites; repeated under new URLs up to --pages), each with its
request and metadata records, plus revisits, images, PDFs and error statuses every tenth page.
Then, per engine and worker count: start-up (engine ready and cleanwire imported in its
workers), pages/s once started, peak RSS per worker process (and of Spark's JVM), and whether
its articles equal the local pool's. The in-process extract() loop and trafilatura on the same
pages give the baseline. Prints Markdown tables.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from archive_builder import Page, crawl, read_rows, write  # noqa: E402

import cleanwire  # noqa: E402
from cleanwire.shards import ShardJob, plan_shards  # noqa: E402

SHARED = Path(os.environ.get("CLEANWIRE_SHARED", ROOT.parent / "shared"))


def corpus_pages() -> list[Page]:
    pages = []
    for name in ("dev", "meta-dev", "sites"):
        folder = SHARED / "corpus" / name
        for line in (folder / "truth.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            url = row.get("url") or f"https://{name}.example/{row['id']}"
            pages.append(Page(url, (folder / "pages" / f"{row['id']}.html").read_bytes(), None))
    return pages


def repeated(pages: list[Page], count: int) -> list[Page]:
    out = []
    for i in range(count):
        page = pages[i % len(pages)]
        copy = i // len(pages)
        out.append(page if copy == 0 else Page(f"{page.url}{'&' if '?' in page.url else '?'}copy={copy}", page.html))
    return out


def write_streaming(path: Path, pages: list[Page]) -> None:
    """Like archive_builder.write, a gzip member per record, without holding the archive in memory
    (forked workers would otherwise share, and count, this process's big heap)."""
    with open(path, "wb") as out:
        for start in range(0, len(pages), 50):
            for record in crawl(pages[start:start + 50], others_every=10):
                if start and record.startswith(b"WARC/1.0\r\nWARC-Type: warcinfo"):
                    continue
                out.write(gzip.compress(record, compresslevel=6, mtime=0))


class MemorySampler:
    """Peak memory of every process below this one: the proportional set size (PSS) for Python
    workers, so pages a forked worker shares with its parent count once; resident size for
    Spark's JVM. CPU times are read every 50 ms (cheap); memory every second, because reading a
    process's PSS walks all its pages, and at 50 ms that took enough of two cores to cut the
    measured speed-up of two workers from about 1.9x to 1.5x."""

    def __init__(self) -> None:
        import psutil

        self.me = psutil.Process()
        self.peaks: dict[int, tuple[str, int]] = {}
        self.cpu: dict[int, tuple[str, float]] = {}  # CPU seconds (user + system) last seen
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        import psutil

        tick = 0
        while not self._stop.is_set():
            for child in self.me.children(recursive=True):
                try:
                    name, cpu = child.name(), child.cpu_times()
                    rss = None
                    if tick % 20 == 0 or child.pid not in self.peaks:
                        rss = child.memory_info().rss if "java" in name else child.memory_full_info().pss
                except psutil.Error:
                    continue
                if rss is not None:
                    old = self.peaks.get(child.pid, (name, 0))
                    self.peaks[child.pid] = (name, max(old[1], rss))
                self.cpu[child.pid] = (name, cpu.user + cpu.system)
            tick += 1
            self._stop.wait(0.05)

    def __enter__(self) -> MemorySampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def worker_peak(self) -> float:
        sizes = [rss for name, rss in self.peaks.values() if "java" not in name]
        return max(sizes, default=0) / 1048576

    def worker_cpu(self) -> float:
        """CPU seconds of the worker processes (Spark's JVM left out)."""
        return sum(cpu for name, cpu in self.cpu.values() if "java" not in name)

    def jvm_peak(self) -> float:
        sizes = [rss for name, rss in self.peaks.values() if "java" in name]
        return max(sizes, default=0) / 1048576


class Engine:
    """Starts an engine, runs shards on it, stops it; start-up is timed on its own."""

    def __init__(self, name: str, workers: int) -> None:
        self.name, self.workers = name, workers
        self.cluster = self.client = self.spark = None

    def start(self, warm_archive: Path, outdir: Path) -> float:
        started = time.perf_counter()
        if self.name == "dask":
            from distributed import Client

            from cleanwire.engines.dask import local_cluster

            self.cluster = local_cluster(self.workers)  # as --engine dask starts it
            self.client = Client(self.cluster)
            self.client.run(lambda: __import__("cleanwire.shards"))
        elif self.name == "spark":
            from cleanwire.engines.spark import session

            self.spark = session(self.workers)
            sc = self.spark.sparkContext
            sc.parallelize(range(self.workers), self.workers).map(lambda _: bool(__import__("cleanwire.shards"))).collect()
        else:  # the local pool starts its workers per run: time one run of a one-record archive
            self.run(warm_archive, outdir, "jsonl")
        return time.perf_counter() - started

    def run(self, archive: Path, outdir: Path, fmt: str) -> tuple[Counter, float]:
        from cleanwire.engines import load

        shards = plan_shards(str(archive), archive.name, str(outdir / archive.name.split(".")[0]))
        address = self.cluster.scheduler_address if self.cluster is not None else None
        started = time.perf_counter()
        counts: Counter = Counter()
        # The local pool runs one worker in a process of its own here too, so its memory shows.
        extra = {"inline": False} if self.name == "local" else {}
        for result in load(self.name).run_shards(shards, ShardJob(fmt=fmt), self.workers, address, **extra):
            if result.error:
                raise SystemExit(f"shard failed on {self.name}: {result.error}")
            counts.update(result.counts)
        return counts, time.perf_counter() - started

    def stop(self) -> None:
        if self.client is not None:
            self.client.close()
            self.cluster.close()
        if self.spark is not None:
            self.spark.stop()


def baseline(pages: list[Page]) -> tuple[float, float]:
    """Pages/s of extract() in this process, and of trafilatura.extract on the same pages."""
    import trafilatura

    started = time.perf_counter()
    for page in pages:
        try:
            cleanwire.extract(page.html, url=page.url, encoding=page.charset)
        except cleanwire.CleanwireError:
            pass
    ours = len(pages) / (time.perf_counter() - started)
    started = time.perf_counter()
    for page in pages:
        trafilatura.extract(page.html, url=page.url)
    theirs = len(pages) / (time.perf_counter() - started)
    return ours, theirs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=400, help="HTML pages in the archive (default 400)")
    parser.add_argument("--big", type=int, default=10, help="also run an archive this many times larger (0: no)")
    parser.add_argument("--engines", default="local,dask,spark")
    parser.add_argument("--big-engines", default="local,dask,spark", help="engines that also run the big archive")
    parser.add_argument("--format", default="jsonl", choices=("jsonl", "parquet"))
    parser.add_argument("--no-baseline", action="store_true", help="skip the extract()/trafilatura loop")
    args = parser.parse_args()
    if not (SHARED / "corpus" / "dev" / "truth.jsonl").exists():
        raise SystemExit(f"the corpus is not at {SHARED / 'corpus'} (set CLEANWIRE_SHARED)")
    engines = args.engines.split(",")
    pages = corpus_pages()
    work = Path(tempfile.mkdtemp(prefix="cleanwire-scale-"))
    archive = work / "corpus.warc.gz"
    write_streaming(archive, repeated(pages, args.pages))
    big = work / "big.warc.gz"
    if args.big:
        write_streaming(big, repeated(pages, args.pages * args.big))
    warm = work / "warm.warc.gz"
    write(warm, crawl([], others_every=0), gzipped=True)
    print(f"archive: {args.pages} HTML pages from {len(pages)} corpus pages, {archive.stat().st_size / 1e6:.1f} MB gzipped; "
          f"CPUs {os.cpu_count()}; load average {os.getloadavg()[0]:.1f}\n")
    if not args.no_baseline:
        ours, theirs = baseline(repeated(pages, min(args.pages, len(pages))))
        print("| in-process, one core | pages/s |\n|---|---|")
        print(f"| cleanwire.extract | {ours:.1f} |\n| trafilatura.extract | {theirs:.1f} |\n| ratio | {ours / theirs:.2f}x |\n")

    configs = [(name, workers) for name in engines for workers in ((1, 2) if name == "local" else (2,))]
    rows, reference = [], None
    print("| engine | workers | start-up s | run s | pages/s | pages per worker CPU-s | peak PSS per worker MB | JVM RSS MB | same articles as local |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, workers in configs:
        engine = Engine(name, workers)
        out = work / f"out-{name}-{workers}"
        with MemorySampler() as memory:
            startup = engine.start(warm, work / f"warm-{name}-{workers}")
            cpu_before = memory.worker_cpu()
            counts, seconds = engine.run(archive, out, args.format)
            time.sleep(0.1)  # one more sample of the workers' CPU time
            cpu = memory.worker_cpu() - cpu_before
        big_result = None
        if args.big and (name, workers) != ("local", 1) and name in args.big_engines.split(","):
            with MemorySampler() as big_memory:
                big_counts, big_seconds = engine.run(big, work / f"big-{name}-{workers}", args.format)
            big_result = (big_counts, big_seconds, big_memory)
            big_html = big_counts["articles"] + big_counts["failed"]
            print(f"  ({name} {workers}: {args.big}x archive, {big_html} pages, {big_html / big_seconds:.1f} pages/s, "
                  f"peak PSS per worker {big_memory.worker_peak():.0f} MB)", flush=True)
        engine.stop()
        found = {k: {f: v for f, v in row.items() if f != "archive"} for k, row in read_rows(out).items()}
        if reference is None:
            reference = found
        same = "yes" if found == reference else f"NO ({len(found)} vs {len(reference)} rows)"
        html = counts["articles"] + counts["failed"]
        rate = html / seconds
        print(f"| {name} | {workers} | {startup:.1f} | {seconds:.1f} | {rate:.1f} | {html / cpu:.1f} | "
              f"{memory.worker_peak():.0f} | {memory.jvm_peak():.0f} | {same} |", flush=True)
        rows.append((name, workers, startup, seconds, rate, memory, counts, big_result, html / cpu))
    print(f"\nrecords per run: {dict(rows[0][6])}")
    if args.big:
        print("\n| engine | workers | archive | pages | pages/s | peak PSS per worker MB | JVM RSS MB |\n|---|---|---|---|---|---|---|")
        for name, workers, _, _seconds, rate, memory, counts, big_result, _ in rows:
            if big_result is None:
                continue
            big_counts, big_seconds, big_memory = big_result
            big_html = big_counts["articles"] + big_counts["failed"]
            print(f"| {name} | {workers} | 1x | {counts['articles'] + counts['failed']} | {rate:.1f} | "
                  f"{memory.worker_peak():.0f} | {memory.jvm_peak():.0f} |")
            print(f"| {name} | {workers} | {args.big}x | {big_html} | {big_html / big_seconds:.1f} | "
                  f"{big_memory.worker_peak():.0f} | {big_memory.jvm_peak():.0f} |")
    local = {w: r for n, w, _, _, r, *_ in rows if n == "local"}
    if 1 in local and 2 in local:
        print(f"\nlocal --jobs 2 / --jobs 1: {local[2] / local[1]:.2f}x")
        for name, workers, _, _, rate, *_ in rows:
            if name != "local":
                print(f"{name} at {workers} workers / local at 2: {rate / local[2]:.2f}")
        for per_core, what in ((local[1], "wall-clock pages/s of local --jobs 1"),
                               (rows[0][8], "pages per CPU-second of local --jobs 1")):
            print(f"Common Crawl (3e9 pages) at {per_core:.1f} ({what}): {3e9 / per_core / 3600:,.0f} core-hours")
    print(f"\nload average at the end: {os.getloadavg()[0]:.1f} (work files in {work}; delete when done)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
