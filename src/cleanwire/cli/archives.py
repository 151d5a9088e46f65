"""``cleanwire clean`` on WARC/ARC archives: shards planned here, run on the chosen engine.

Each archive gets a folder under OUTDIR (named like a dump's output, without extension) that
holds its part files and completion markers; see docs/scale.md.
"""

from __future__ import annotations

import argparse
import signal
import sys
import time
from collections import Counter
from pathlib import Path
from dataclasses import dataclass, field

from ..archive import is_archive_name
from ..engines import ENGINES, EngineUnavailable, load
from ..errors import CleanwireError
from ..shards import (
    FORMATS,
    LayoutError,
    Shard,
    ShardJob,
    ShardResult,
    is_done,
    plan_shards,
)
from .inputs import Found, assign_outputs
from .progress import Progress

#: Outcome counts printed in this order; the rest (record kinds) after them.
_FIRST = ("articles", "failed", "damaged")


def add_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--engine", choices=ENGINES, default="local",
                        help="where archive shards run: local processes (default), dask or spark")
    parser.add_argument("--cluster", metavar="ADDRESS",
                        help="a Dask scheduler address or a Spark master URL (default: a local one with --jobs workers)")
    parser.add_argument("--shard-size", type=_size, metavar="SIZE",
                        help="cut archives into shards of SIZE bytes (e.g. 64M; default: an eighth, 1M to 16M)")


def refuse_archive_options(args: argparse.Namespace) -> bool:
    """For a run over dump files: say why options meant for archives cannot apply (True)."""
    if args.format == "parquet":
        problem = "--format parquet is for WARC/ARC archives; for dump files use jsonl"
    elif args.engine != "local" or args.cluster:
        problem = "--engine and --cluster are for WARC/ARC archives; dump files run on local processes"
    else:
        return False
    print(f"cleanwire clean: {problem}", file=sys.stderr)
    return True


def single_archive_problem(path: str) -> str | None:
    if is_archive_name(path):
        return "an archive holds many pages: give an output folder with -o OUTDIR"
    return None


@dataclass
class _Tally:
    archives: int = 0
    shards: int = 0
    skipped: int = 0
    failed: int = 0  #: archives or shards that could not be read at all
    counts: Counter[str] = field(default_factory=Counter)

    def add(self, result: ShardResult) -> None:
        self.counts.update(result.counts)
        if result.error:
            self.failed += 1

    def line(self, seconds: float) -> str:
        records = sum(self.counts.values())
        done = self.shards - self.skipped - self.failed
        head = (f"cleanwire: {self.archives} archives, {self.shards} shards ({done} cleaned, "
                f"{self.skipped} skipped, {self.failed} failed), {records} records: ")
        parts = [f"{self.counts.get(key, 0)} {key}" for key in _FIRST]
        rest = sorted((key for key in self.counts if key not in _FIRST), key=lambda k: (-self.counts[k], k))
        if rest:
            parts.append("skipped " + ", ".join(f"{self.counts[key]} {key}" for key in rest))
        return head + "; ".join(parts) + f"; {seconds:.1f} s"


def run(args: argparse.Namespace, found: Found, start: float) -> int:
    """Clean the archives of ``found`` into ``args.output``; the exit code."""
    if args.output == "-":
        return _usage("archives are written into a folder: give -o OUTDIR, not -o -")
    dumps = [job for job in found.jobs if not is_archive_name(job.source.name)]
    if dumps:
        return _usage(f"clean archives and dump files in separate runs ({dumps[0].source} is not an archive)")
    if args.cluster and args.engine == "local":
        return _usage("--cluster needs --engine dask or --engine spark")
    fmt = args.format or "jsonl"
    if fmt not in FORMATS:
        return _usage(f"archives are written as jsonl or parquet, not {fmt}")
    missing = _missing_library(fmt)
    if missing:
        return _usage(missing)
    try:
        engine = load(args.engine)
    except EngineUnavailable as exc:
        return _usage(str(exc))
    tally = _Tally(archives=len(found.jobs) + len(found.problems))
    problems = list(found.problems)
    jobs, clashes = assign_outputs(found.jobs, Path(args.output), "")
    problems += clashes
    shards: list[Shard] = []
    for job in jobs:
        try:
            shards += plan_shards(str(job.source), job.key, str(job.output), args.shard_size, args.force)
        except (LayoutError, CleanwireError, OSError) as exc:
            problems.append((str(job.source), getattr(exc, "strerror", None) or str(exc)))
    todo = [shard for shard in shards if not is_done(shard, fmt)]
    tally.shards, tally.skipped = len(shards), len(shards) - len(todo)
    tally.failed = len(problems)
    progress = Progress(len(todo), unit="shards")
    work = ShardJob(fmt=fmt, site=args.site, timeout=args.timeout or None)
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    try:
        for path, reason in problems:
            progress.note(f"{path}: {reason}")
        for result in engine.run_shards(todo, work, args.jobs, args.cluster):
            tally.add(result)
            for line in result.problems:
                progress.note(line)
            if result.error:
                progress.note(f"{result.shard.name}: shard {result.shard.index} (bytes {result.shard.start}-"
                              f"{result.shard.end}) failed: {result.error}")
            progress.advance(failed=bool(result.error))
    except KeyboardInterrupt:
        progress.clear()
        print("cleanwire: interrupted; run the same command again to resume", file=sys.stderr)
        print(tally.line(time.monotonic() - start), file=sys.stderr)
        return 130
    progress.clear()
    print(tally.line(time.monotonic() - start), file=sys.stderr)
    return 1 if tally.failed or tally.counts.get("damaged") else 0


def _missing_library(fmt: str) -> str | None:
    import importlib.util

    if importlib.util.find_spec("fastwarc") is None:
        return "reading WARC files needs fastwarc: pip install 'cleanwire[warc]'"
    if fmt == "parquet" and importlib.util.find_spec("pyarrow") is None:
        return "--format parquet needs pyarrow: pip install 'cleanwire[parquet]'"
    return None


def _usage(message: str) -> int:
    print(f"cleanwire clean: {message}", file=sys.stderr)
    return 2


def _exit_on_sigterm(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def _size(text: str) -> int:
    units = {"k": 1 << 10, "m": 1 << 20, "g": 1 << 30}
    text = text.strip().lower().removesuffix("b")
    factor = units.get(text[-1:], 1)
    try:
        value = float(text[:-1] if text[-1:] in units else text) * factor
    except ValueError:
        raise argparse.ArgumentTypeError("a size like 64M, 512k or 1000000") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 byte or more")
    return int(value)
