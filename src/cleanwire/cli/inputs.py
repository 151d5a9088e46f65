"""Finds the dump files under the PATH arguments of ``cleanwire clean`` and names their outputs.

Layout: with one folder argument its tree is mirrored directly under OUTDIR; with several
arguments each folder's tree goes under ``OUTDIR/<folder name>/`` and each file to
``OUTDIR/<file name>`` (like ``cp -r``). An output is named after its input without the
extension (``x.txt.gz`` -> ``x.json``); inputs that would share a name in one folder keep their
extension (``x.txt.json``, ``x.html.json``), then the ``.gz`` too.
"""

from __future__ import annotations

import os
import sys
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ..archive.read import is_archive_name
from ..decode import MAX_INPUT_BYTES, gunzip
from ..errors import InputTooLargeError
from ..extract import INPUT_SUFFIXES


@dataclass(frozen=True)
class Job:
    """One input file and where its article goes."""

    source: Path  #: the input, as reached from the path the user gave
    key: str  #: its path inside the mirrored tree ("a/b/x.txt"); unique within a run
    output: Path | None = None  #: the output file; None when all go to one jsonl file


@dataclass(frozen=True)
class Found:
    """What the PATH arguments hold."""

    jobs: tuple[Job, ...]
    problems: tuple[tuple[str, str], ...]  #: (path, reason) of inputs that cannot be cleaned
    ignored: int  #: files in the folders whose names are not dump names


def real_path(path: str | os.PathLike[str]) -> str:
    """The path with every symlink resolved; a symlink loop stays as it is instead of raising."""
    return os.path.realpath(path)


def read_stdin() -> bytes:
    """Standard input, decompressed if it is gzip; read before any time limit starts."""
    data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
    if len(data) > MAX_INPUT_BYTES:
        raise InputTooLargeError(f"standard input is over the {MAX_INPUT_BYTES // 1048576} MB limit")
    return gunzip(data, name="standard input") if data[:2] == b"\x1f\x8b" else data


def is_dump_name(name: str) -> bool:
    """True for the names ``clean`` takes from folders: dumps and WARC/ARC archives."""
    if is_archive_name(name):
        return True
    name = name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return name.endswith(INPUT_SUFFIXES)


def find_inputs(paths: Sequence[str], exclude: Path | None = None) -> Found:
    """Every dump file under ``paths`` (files are taken whatever their name), by key.

    ``exclude`` (the output folder) is never walked, so outputs are not read back as inputs.
    Hidden files and folders (".name") are skipped. The same file reached twice counts once.
    """
    single_folder = len(paths) == 1 and Path(paths[0]).is_dir()
    skip = real_path(exclude) if exclude else None
    jobs: dict[str, Job] = {}
    seen: set[str] = set()
    problems: list[tuple[str, str]] = []
    ignored = 0
    for arg in paths:
        root = Path(arg)
        if not root.is_dir():
            found = [(root, root.name)]
        else:
            prefix = "" if single_folder else (os.path.basename(real_path(root)) or "root") + "/"
            found, skipped = _walk(root, skip, problems)
            found = [(path, prefix + rel) for path, rel in found]
            ignored += skipped
        for path, key in found:
            real = real_path(path)
            if real in seen:
                continue
            seen.add(real)
            if key in jobs:
                problems.append((str(path), f"its output would clash with that of {jobs[key].source}"))
                continue
            jobs[key] = Job(path, key)
    return Found(tuple(jobs[key] for key in sorted(jobs)), tuple(problems), ignored)


def _walk(root: Path, skip: str | None, problems: list[tuple[str, str]]) -> tuple[list[tuple[Path, str]], int]:
    found: list[tuple[Path, str]] = []
    ignored = 0

    def report(error: OSError) -> None:
        problems.append((str(error.filename), error.strerror or str(error)))

    for top, dirs, files in os.walk(root, onerror=report):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and real_path(os.path.join(top, d)) != skip)
        for name in sorted(files):
            if name.startswith("."):
                continue
            if not is_dump_name(name):
                ignored += 1
                continue
            path = Path(top, name)
            found.append((path, path.relative_to(root).as_posix()))
    return found, ignored


def assign_outputs(
    jobs: Sequence[Job], outdir: Path, suffix: str
) -> tuple[list[Job], list[tuple[str, str]]]:
    """Give each job a unique output path under ``outdir``; returns (jobs, problems)."""
    names = {job.key: _candidate_names(PurePosixPath(job.key).name) for job in jobs}
    level = dict.fromkeys(names, 0)

    def target(key: str) -> str:
        return str(PurePosixPath(key).parent / (names[key][level[key]] + suffix))

    # Bump every member of a clashing group to a longer name until nothing changes; a bump
    # can create a new clash ("x.txt" vs the stem of "x.txt.html"), hence the loop.
    changed = True
    while changed:
        changed = False
        groups: dict[str, list[str]] = defaultdict(list)
        for key in names:
            groups[target(key)].append(key)
        for group in groups.values():
            if len(group) > 1:
                for key in group:
                    if level[key] < 2:
                        level[key] += 1
                        changed = True
    result: list[Job] = []
    problems: list[tuple[str, str]] = []
    taken: dict[str, Job] = {}
    for job in jobs:
        output = outdir / target(job.key)
        if target(job.key) in taken:
            other = taken[target(job.key)].source
            problems.append((str(job.source), f"its output {output} clashes with that of {other}"))
        elif real_path(output) == real_path(job.source):
            problems.append((str(job.source), "its output would overwrite the input itself"))
        else:
            taken[target(job.key)] = job
            result.append(Job(job.source, job.key, output))
    return result, problems


def _candidate_names(name: str) -> tuple[str, str, str]:
    """Output names from short to long: "x", "x.txt", "x.txt.gz" for "x.txt.gz"."""
    plain = name[:-3] if name.lower().endswith(".gz") else name
    stem = plain.rsplit(".", 1)[0] if "." in plain.lstrip(".") else plain
    return stem, plain, name

