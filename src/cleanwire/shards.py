"""Shards: byte ranges of archives, each cleaned into one part file with a completion marker.

An archive is cut into shards of records by where they begin (``start <= offset < end``), so
shards can be read on different machines and each writes ``part-NNNNN.jsonl`` (or
``.parquet``) under the archive's output folder, then ``_part-NNNNN.<format>.done`` holding
the shard's counts. A shard with a marker is finished: a rerun skips it. ``_layout.json`` records
how the archive was cut, so a rerun with other settings cannot mix two layouts.
Names starting with ``_`` or ``.`` are ignored by pyarrow, Dask and Spark dataset readers.
"""

from __future__ import annotations

import json
import math
import os
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .archive import ArchivedArticle, inspect_archive, iter_archive
from .cli.outputs import write_atomic

LAYOUT_NAME = "_layout.json"
MIN_SHARD = 1 << 20
MAX_SHARD = 16 << 20
#: Archives are cut into at least this many shards when each can still be MIN_SHARD long.
TARGET_SHARDS = 8
FORMATS = ("jsonl", "parquet")
#: The end of a shard that runs to the end of its archive, whatever its size.
WHOLE = 1 << 62


class LayoutError(Exception):
    """The output folder holds shards cut another way (another archive size or shard size)."""


@dataclass(frozen=True)
class Shard:
    """Records of ``source`` beginning in ``[start, end)``; its part goes into ``outdir``."""

    source: str  #: the path or URL read
    name: str  #: the archive's name in rows and messages
    outdir: str
    index: int
    count: int
    start: int
    end: int

    def part(self, fmt: str) -> str:
        return os.path.join(self.outdir, f"part-{self.index:05d}.{fmt}")

    def marker(self, fmt: str) -> str:
        return os.path.join(self.outdir, f"_part-{self.index:05d}.{fmt}.done")


@dataclass(frozen=True)
class ShardJob:
    """What every shard of a run does alike."""

    fmt: str = "jsonl"
    site: str | None = None
    timeout: float | None = 60.0
    row_group: int = 500


@dataclass(frozen=True)
class ShardResult:
    """What one shard gave: counts by outcome ("articles", "request", "failed", ...) and one
    line per failed page or damaged stretch. ``error`` is set when the shard itself failed."""

    shard: Shard
    counts: dict[str, int] = field(default_factory=dict)
    problems: tuple[str, ...] = ()
    seconds: float = 0.0
    error: str | None = None

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> ShardResult:
        data: dict[str, Any] = json.loads(text)
        return cls(Shard(**data["shard"]), data["counts"], tuple(data["problems"]), data["seconds"], data["error"])


def shard_size_for(size: int) -> int:
    """The default shard length: an eighth of the archive, between 1 MB and 16 MB."""
    return min(MAX_SHARD, max(MIN_SHARD, math.ceil(size / TARGET_SHARDS)))


def cut_shards(source: str, name: str, outdir: str = "", shard_size: int | None = None) -> list[Shard]:
    """The shards of ``source`` (reads its first bytes to see whether it can be split)."""
    info = inspect_archive(source)
    length = shard_size or shard_size_for(info.size)
    count = max(1, math.ceil(info.size / length)) if info.splittable else 1
    bounds = [i * length for i in range(count)] + [info.size]
    return [Shard(source, name, outdir, i, count, bounds[i], bounds[i + 1]) for i in range(count)]


def whole_file(source: str, name: str | None = None, outdir: str = "") -> Shard:
    """One shard covering all of ``source``, planned without reading it."""
    return Shard(source, name or source, outdir, 0, 1, 0, WHOLE)


def plan_shards(source: str, name: str, outdir: str, shard_size: int | None = None, force: bool = False) -> list[Shard]:
    """:func:`cut_shards`, checked against (or recorded as) the layout in ``outdir``.

    Raises LayoutError when ``outdir`` holds shards cut another way, unless ``force``, which
    deletes them.
    """
    shards = cut_shards(source, name, outdir, shard_size)
    size = shards[-1].end
    layout = {"archive": name, "size": size, "shards": len(shards), "shard_size": shards[0].end - shards[0].start}
    path = Path(outdir, LAYOUT_NAME)
    if force and path.exists():
        _clear(Path(outdir))
    if path.exists():
        try:
            old = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            old = None
        if old != layout:
            raise LayoutError(
                f"{outdir} holds shards of another layout ({_describe(old)}; now {_describe(layout)}); "
                "use --force to clean this archive again"
            )
    else:
        write_atomic(path, json.dumps(layout) + "\n")
    return shards


def _describe(layout: dict[str, Any] | None) -> str:
    if not isinstance(layout, dict):
        return "unreadable"
    return f"{layout.get('shards')} shards of an archive of {layout.get('size')} bytes"


def _clear(outdir: Path) -> None:
    for path in outdir.iterdir():
        if path.name == LAYOUT_NAME or path.name.startswith(("part-", "_part-")):
            path.unlink()


def is_done(shard: Shard, fmt: str) -> bool:
    return os.path.exists(shard.marker(fmt))


def run_shard(shard: Shard, job: ShardJob) -> ShardResult:
    """Clean one shard into its part file, then write its marker. Never raises."""
    started = time.monotonic()
    counts: Counter[str] = Counter()
    problems: list[str] = []
    try:
        with _Part(shard.part(job.fmt), job) as part:
            for outcome in iter_archive(shard.source, start=shard.start, end=shard.end, site=job.site,
                                        timeout=job.timeout, name=shard.name):
                if isinstance(outcome, ArchivedArticle):
                    counts["articles"] += 1
                    part.add(outcome)
                else:
                    counts[outcome.reason] += 1
                    if outcome.detail:
                        problems.append(outcome.describe(shard.name))
        result = ShardResult(shard, dict(counts), tuple(problems), round(time.monotonic() - started, 3))
        write_atomic(Path(shard.marker(job.fmt)), result.to_json() + "\n")
        return result
    except Exception as exc:  # noqa: BLE001 - reported for this shard; the others go on
        reason = f"{type(exc).__name__}: {exc}" if not isinstance(exc, OSError) else (exc.strerror or str(exc))
        return ShardResult(shard, dict(counts), tuple(problems), round(time.monotonic() - started, 3), reason)


def run_shard_json(shard_json: str, job_json: str) -> tuple[bool, str]:
    """:func:`run_shard` for a worker pool that passes text: ``(shard ok, result json)``."""
    shard = Shard(**json.loads(shard_json))
    result = run_shard(shard, ShardJob(**json.loads(job_json)))
    return result.error is None, result.to_json()


class _Part:
    """A part file written beside its final name and renamed into place when complete."""

    def __init__(self, path: str, job: ShardJob) -> None:
        self.path = path
        self.temp = os.path.join(os.path.dirname(path), f".{os.path.basename(path)}.{uuid.uuid4().hex[:12]}.tmp")
        self.job = job
        self.rows: list[ArchivedArticle] = []
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if job.fmt == "parquet":
            import pyarrow.parquet as pq

            from .columnar import article_schema

            self.writer: Any = pq.ParquetWriter(self.temp, article_schema(), compression="zstd")
        else:
            self.writer = open(self.temp, "xb")

    def add(self, item: ArchivedArticle) -> None:
        if self.job.fmt == "parquet":
            self.rows.append(item)
            if len(self.rows) >= self.job.row_group:
                self._flush()
        else:
            self.writer.write(json.dumps(item.to_dict(), ensure_ascii=False).encode("utf-8") + b"\n")

    def _flush(self) -> None:
        from .columnar import to_arrow

        if self.rows:
            self.writer.write_table(to_arrow(self.rows))
            self.rows = []

    def __enter__(self) -> _Part:
        return self

    def __exit__(self, exc_type: object, *rest: object) -> None:
        try:
            if exc_type is None and self.job.fmt == "parquet":
                self._flush()
            self.writer.close()
            if exc_type is None:
                os.replace(self.temp, self.path)
        finally:
            if os.path.exists(self.temp):
                os.unlink(self.temp)




def articles(shard: Shard, job: ShardJob) -> Iterator[ArchivedArticle]:
    """The articles of one shard (failed and skipped records are left out)."""
    for outcome in iter_archive(shard.source, start=shard.start, end=shard.end, site=job.site,
                                timeout=job.timeout, name=shard.name):
        if isinstance(outcome, ArchivedArticle):
            yield outcome


def rows(shard: Shard, job: ShardJob) -> Iterator[dict[str, Any]]:
    """:func:`articles` as jsonl rows."""
    for item in articles(shard, job):
        yield item.to_dict()
