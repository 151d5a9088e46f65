"""The local engine: cleanwire's own worker processes (one per ``--jobs``), no cluster needed."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import asdict

from ..shards import Shard, ShardJob, ShardResult, run_shard_json


def unavailable() -> str | None:
    return None


def run_shards(
    shards: Sequence[Shard], job: ShardJob, workers: int, cluster: str | None = None, inline: bool | None = None
) -> Iterator[ShardResult]:
    """Run every shard on ``workers`` local processes, as they finish; ``inline`` (the default
    for one worker) runs them in this process instead."""
    from ..cli.pool import WorkerPool, run_inline

    job_json = json.dumps(asdict(job))
    items = {(json.dumps(asdict(shard)), job_json): shard for shard in shards}
    if not (workers == 1 if inline is None else inline):
        with WorkerPool(run_shard_json, workers, None) as pool:
            yield from _results(pool.map(items), items)
    else:
        yield from _results(run_inline(run_shard_json, items, None), items)


def _results(done: Iterator[tuple[tuple, bool, str]], items: dict[tuple, Shard]) -> Iterator[ShardResult]:
    for item, _ok, text in done:
        if text.startswith("{"):
            yield ShardResult.from_json(text)
        else:  # the worker itself died (a crash in a C library): the whole shard failed
            yield ShardResult(items[item], error=text)
