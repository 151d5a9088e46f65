"""``cleanwire clean PATH...``: clean files and folders of dumps in bulk.

Parallel (worker processes, a time limit per file), resumable (finished outputs are skipped),
and safe to interrupt (outputs appear whole or not at all). See docs/cli.md.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import signal
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import CleanwireError
from ..extract import explain, read_input
from ..fetching.store import sidecar_of
from ..registry import by_name
from ..sitekit.apply import UNCONFIRMED
from . import archives
from .argtypes import non_negative_float, positive_int
from .inputs import Job, assign_outputs, find_inputs, read_stdin, real_path
from .outputs import JsonlSink, unwritable, write_atomic
from .pool import Task, WorkerPool, run_inline
from .progress import Progress
from .writers import WRITERS

if TYPE_CHECKING:
    from ..learn.template import Template

#: ``-o -``: outputs go to standard output.
STDOUT = "-"


def add_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = sub.add_parser(
        "clean",
        help="clean dump files and folders into articles (parallel, resumable)",
        description="Clean dumps into articles. One file prints to stdout; folders need -o.",
    )
    parser.add_argument(
        "paths", nargs="+", metavar="PATH",
        help="a dump file, a WARC/ARC archive, a folder (searched for .txt/.html/.htm/.warc/.arc, "
             "optionally .gz), or - for stdin",
    )
    parser.add_argument("-o", "--output", metavar="OUTDIR",
                        help="folder for the outputs, or - for standard output (jsonl for several inputs)")
    parser.add_argument("--format", choices=(*WRITERS, "parquet"), help="output format (default json; jsonl for "
                        "several inputs on standard output and for archives; parquet for archives)")
    parser.add_argument("--jobs", type=positive_int, default=_cpu_count(), metavar="N",
                        help="worker processes (default: the number of CPUs; 1 runs in this process)")
    parser.add_argument("--timeout", type=non_negative_float, default=60.0, metavar="SECONDS",
                        help="time limit per file (default 60; 0 means none)")
    parser.add_argument("--site", metavar="NAME", help="force the extractor with this name (see `cleanwire sites`)")
    parser.add_argument("--force", action="store_true", help="rewrite outputs that already exist")
    parser.add_argument("--learn", action="store_true",
                        help="learn each site's template from the inputs and clean with it (see docs/learning.md)")
    parser.add_argument("--template", type=Path, metavar="FILE",
                        help="apply learned templates from FILE (`sites learn --json`, or an earlier run's "
                             ".cleanwire/learn/templates.json): each input gets the one that fits it")
    parser.add_argument("--no-site-classes", action="store_true",
                        help="ignore the hand-written site classes: every input takes the generic path")
    archives.add_options(parser)
    return parser


def clean_path(path: str, site: str | None, fmt: str) -> tuple[bool, str] | tuple[bool, str, str]:
    """Clean one file: ``(True, output text)`` or ``(False, one-line reason)``. Runs in workers."""
    try:
        url, encoding = fetch_sidecar(path)
        return _clean(read_input(path), site, fmt, url=url, encoding=encoding)
    except OSError as exc:
        return False, exc.strerror or str(exc)
    except CleanwireError as exc:
        return False, str(exc)


def fetch_sidecar(path: str) -> tuple[str | None, str | None]:
    """The final URL and declared charset of a page saved by ``cleanwire fetch``.

    ``X.html`` saved by fetch has ``X.fetch.json`` beside it; re-cleaning the page offline
    then routes by the page's real host and honours the HTTP charset, as the fetch did.
    """
    sidecar = sidecar_of(path)
    if sidecar is None:
        return None, None
    try:
        with open(sidecar, encoding="utf-8") as handle:
            meta = json.load(handle)
    except (OSError, ValueError):
        return None, None
    if not isinstance(meta, dict):
        return None, None
    url = meta.get("final_url") or meta.get("url")
    encoding = meta.get("declared_encoding")
    return (url if isinstance(url, str) else None), (encoding if isinstance(encoding, str) else None)


#: The note a worker adds when a site class met a page of a layout it does not know.
UNKNOWN_LAYOUT = "unknown-layout:"
#: ... and when a layout taken without anchors gave its body to the generic path.
UNCONFIRMED_LAYOUT = "unconfirmed-layout:"


def _clean(
    data: bytes, site: str | None, fmt: str, url: str | None = None, encoding: str | None = None,
    template: Template | None = None,
) -> tuple[bool, str] | tuple[bool, str, str]:
    try:
        result = explain(data, site=site, url=url, encoding=encoding, template=template, blocks=False)
        text = WRITERS[fmt](result.article)
        if result.extractor != "generic" and result.version is None and any(
                "matched no known layout" in note for note in result.notes):
            return True, text, UNKNOWN_LAYOUT + result.extractor
        if result.extractor != "generic" and any(UNCONFIRMED in note for note in result.notes):
            return True, text, UNCONFIRMED_LAYOUT + result.extractor
        return True, text
    except CleanwireError as exc:
        return False, str(exc)
    except Exception as exc:  # noqa: BLE001 - an extractor bug fails this file, not the run
        return False, f"internal error ({type(exc).__name__}: {exc})"


def run(args: argparse.Namespace) -> int:
    problem = _usage_problem(args)
    if problem:
        print(f"cleanwire clean: {problem}", file=sys.stderr)
        return 2
    if args.no_site_classes:
        args.site = "generic"
    several = len(args.paths) > 1 or os.path.isdir(args.paths[0])
    if args.output in (None, STDOUT) or args.paths == ["-"]:
        if archives.refuse_archive_options(args):
            return 2
        args.format = "jsonl" if several and args.output == STDOUT else args.format or "json"
    if args.paths == ["-"]:
        try:
            data = read_stdin()
        except (CleanwireError, OSError) as exc:
            print(f"<stdin>: {exc}", file=sys.stderr)
            return 1
        return _to_stdout("<stdin>", _clean, (data, args.site, args.format), args.timeout)
    if not several and args.output in (None, STDOUT) and not args.template:
        return _to_stdout(args.paths[0], clean_path, (args.paths[0], args.site, args.format), args.timeout)
    if args.output != STDOUT and (problem := unwritable(Path(args.output))):
        print(f"cleanwire clean: {problem}", file=sys.stderr)
        return 1
    return _clean_tree(args)


def _usage_problem(args: argparse.Namespace) -> str | None:
    """Why the arguments cannot work, checked before any file is touched."""
    if args.site:
        if args.no_site_classes:
            return "--site and --no-site-classes contradict each other: choose one"
        try:
            by_name(args.site)
        except CleanwireError as exc:
            return str(exc)
    if args.learn and args.output in (None, STDOUT):
        return "--learn learns from many inputs and keeps what it learned: give several inputs and -o OUTDIR"
    if args.learn and args.template:
        return "--learn and --template contradict each other: learn, or apply templates learned before"
    if args.template:
        from ..learn.template import load_templates

        try:
            load_templates(args.template.read_text(encoding="utf-8"))
        except (OSError, CleanwireError) as exc:
            return f"{args.template}: {getattr(exc, 'strerror', None) or exc}"
        if args.output is None:
            return "--template applies to a batch: give -o OUTDIR (or -o -)"
    if "-" in args.paths:
        if len(args.paths) > 1 or args.output not in (None, STDOUT):
            return "- (standard input) must be the only PATH and prints to stdout; drop -o"
        return None
    missing = [path for path in args.paths if not os.path.lexists(path)]
    if missing:
        return f"no such file or folder: {', '.join(missing)}"
    several = len(args.paths) > 1 or os.path.isdir(args.paths[0])
    if args.output is None and several:
        return "a folder or several PATHs need an output folder: -o OUTDIR (or -o - for jsonl on stdout)"
    if args.output in (None, STDOUT) and not several and (problem := archives.single_archive_problem(args.paths[0])):
        return problem
    if args.output == STDOUT:
        if several and args.format in ("txt", "md"):
            return f"several inputs on standard output are written as jsonl, not {args.format}; drop --format"
        return None
    if args.output is not None:
        if os.path.exists(args.output) and not os.path.isdir(args.output):
            return f"{args.output} exists and is not a folder"
        if any(os.path.isdir(p) and real_path(p) == real_path(args.output) for p in args.paths):
            return "OUTDIR must not be an input folder itself (a folder inside one is fine)"
    return None


def _to_stdout(name: str, func: Task, item: tuple, timeout: float) -> int:
    for _, ok, text, *_ in run_inline(func, [item], timeout or None):
        if not ok:
            print(f"{name}: {text}", file=sys.stderr)
            return 1
        sys.stdout.write(text)
    return 0


@dataclass
class _Tally:
    files: int = 0
    cleaned: int = 0
    skipped: int = 0
    failed: int = 0
    ignored: int = 0
    unknown_layout: Counter[str] = field(default_factory=Counter)
    unconfirmed_layout: Counter[str] = field(default_factory=Counter)

    def line(self, seconds: float) -> str:
        text = (f"cleanwire: {self.files} files, {self.cleaned} cleaned, {self.skipped} skipped, "
                f"{self.failed} failed, {seconds:.1f} s")
        if self.ignored:
            text += f" ({self.ignored} ignored: not .txt/.html/.htm)"
        for site, count in sorted(self.unknown_layout.items()):
            pages = "page" if count == 1 else "pages"
            text += f"\ncleanwire: {count} {pages} of {site} matched no known layout: generic used (the site class needs a new version)"
        for site, count in sorted(self.unconfirmed_layout.items()):
            pages = "page" if count == 1 else "pages"
            text += (f"\ncleanwire: {count} {pages} of {site} read with page furniture its rules do not know: generic "
                     "body used (the site may have changed: give the class anchors or a new version)")
        return text


class _StdoutSink:
    """Several inputs to standard output: one jsonl line each, nothing to resume."""

    done: set[str] = set()

    def add(self, key: str, line: str) -> None:
        sys.stdout.buffer.write(line.encode("utf-8"))
        sys.stdout.buffer.flush()

    def close(self) -> None:
        pass


def _clean_tree(args: argparse.Namespace) -> int:
    start = time.monotonic()
    to_stdout = args.output == STDOUT
    outdir = Path(args.output)
    found = find_inputs(args.paths, exclude=None if to_stdout else outdir)
    if any(archives.is_archive_name(job.source.name) for job in found.jobs):
        if args.learn or args.template:
            print("cleanwire clean: --learn and --template read page files, not archives", file=sys.stderr)
            return 2
        return archives.run(args, found, start)
    if archives.refuse_archive_options(args):
        return 2
    args.format = args.format or "json"
    problems = list(found.problems)
    sink: JsonlSink | _StdoutSink | None = None
    if to_stdout:
        jobs, sink = list(found.jobs), _StdoutSink()
    elif args.format == "jsonl":
        jobs = list(found.jobs)
        try:
            sink = JsonlSink(outdir, force=args.force)
        except OSError as exc:
            print(f"cleanwire clean: cannot write {outdir}: {exc.strerror or exc}", file=sys.stderr)
            return 1
    else:
        jobs, clashes = assign_outputs(found.jobs, outdir, "." + args.format)
        problems += clashes
    todo = [job for job in jobs if args.force or not _finished(job, sink)]
    tally = _Tally(files=len(jobs) + len(problems), skipped=len(jobs) - len(todo), ignored=found.ignored)
    progress = Progress(len(todo) + len(problems))
    by_item: dict[tuple, Job] = {(str(job.source), args.site, args.format): job for job in todo}
    # Exit through the normal unwinding on SIGTERM too, so stuck workers get killed.
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    try:
        # Workers start from this process: warm, even the ones replacing a killed worker; and
        # inline, no file's --timeout is spent importing what extraction loads lazily.
        _warm_up()
        with ExitStack() as stack:
            task = _task(args)
            if args.jobs > 1:
                # One pool for learning and cleaning: its workers start once.
                pool = stack.enter_context(WorkerPool(task, args.jobs, args.timeout or None, _fork_context()))
                run_tasks: Callable[[Iterable[tuple]], Iterator[tuple[Any, ...]]] = pool.map
            else:
                run_tasks = partial(run_inline, task, timeout=args.timeout or None)
            if args.learn:
                by_item = _learn(args, jobs, todo, outdir, run_tasks)
            elif args.template:
                by_item = {("clean", str(job.source), args.site, args.format, str(args.template.resolve()), "*"): job
                           for job in todo}
            for path, reason in problems:
                _fail(progress, tally, path, reason)
            _drain(run_tasks(by_item), by_item, sink, progress, tally)
    except KeyboardInterrupt:
        progress.clear()
        print("cleanwire: interrupted; run the same command again to resume", file=sys.stderr)
        print(tally.line(time.monotonic() - start), file=sys.stderr)
        return 130
    finally:
        if sink:
            sink.close()
    progress.clear()
    print(tally.line(time.monotonic() - start), file=sys.stderr)
    return 1 if tally.failed else 0


def _task(args: argparse.Namespace) -> Task:
    if not args.learn and not args.template:
        return clean_path
    from ..learn.batch import run_task

    return run_task


def _learn(args: argparse.Namespace, jobs: list[Job], todo: list[Job], outdir: Path,
           run_tasks: Callable[[Iterable[tuple]], Iterator[tuple[Any, ...]]]) -> dict[tuple, Job]:
    """Learn the templates from every input (resumable); the pass-2 items of ``todo``."""
    from ..learn import batch

    state = outdir / batch.STATE
    learned = batch.learn_batch({job.key: str(job.source) for job in jobs}, state, run_tasks, fetch_sidecar, args.force)
    batch.print_report(learned.report)
    saved = str(state / batch.TEMPLATES)
    return {("clean", str(job.source), args.site, args.format, saved, learned.assigned.get(job.key, "")): job
            for job in todo}


def _warm_up() -> None:
    """Import what extraction loads lazily (extractors, trafilatura, charset detection), so that
    workers forked from this process, and the replacement of a timed-out one, start warm."""
    import charset_normalizer  # noqa: F401
    import trafilatura  # noqa: F401

    from ..registry import site_classes

    site_classes()


def _fork_context() -> Any:
    """Fork on Linux (warm workers need it; Python 3.14 defaults to forkserver), else the default."""
    if sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return None


def _finished(job: Job, sink: JsonlSink | _StdoutSink | None) -> bool:
    if sink is not None:
        return job.key in sink.done
    return job.output is not None and job.output.exists()


def _drain(
    results: Iterator[tuple[Any, ...]], by_item: dict[tuple, Job], sink: JsonlSink | _StdoutSink | None,
    progress: Progress, tally: _Tally,
) -> None:
    """Write each finished file's output as it arrives and count it."""
    for result in results:
        item, ok, text = result[:3]
        note: str = result[3] if len(result) > 3 else ""
        job = by_item[item]
        if ok and note.startswith(UNKNOWN_LAYOUT):
            tally.unknown_layout[note[len(UNKNOWN_LAYOUT):]] += 1
        elif ok and note.startswith(UNCONFIRMED_LAYOUT):
            tally.unconfirmed_layout[note[len(UNCONFIRMED_LAYOUT):]] += 1
        if ok:
            try:
                if sink is not None:
                    sink.add(job.key, text)
                else:
                    write_atomic(job.output, text)  # type: ignore[arg-type]
            except OSError as exc:
                ok, text = False, f"cannot write the output: {exc.strerror or exc}"
        if ok:
            tally.cleaned += 1
            progress.advance()
        else:
            _fail(progress, tally, str(job.source), text)


def _fail(progress: Progress, tally: _Tally, path: str, reason: str) -> None:
    tally.failed += 1
    progress.note(f"{path}: {' '.join(reason.split())}")  # one line, whatever the message held
    progress.advance(failed=True)


def _exit_on_sigterm(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def _cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
