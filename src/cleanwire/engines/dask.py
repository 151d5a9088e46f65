"""The Dask engine: shards as Dask tasks, on a local cluster or the scheduler at ``--cluster``.

For pipelines of your own, :func:`articles_bag` gives a ``dask.bag`` of article rows (the
jsonl dicts) from archive paths or URLs; Dask's filesystem layer (fsspec) reads ``s3://``,
``gs://``, ``hdfs://`` and the rest when their fsspec package is installed on the workers.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from ..shards import (
    Shard,
    ShardJob,
    ShardResult,
    cut_shards,
    rows,
    run_shard,
    whole_file,
)


def unavailable() -> str | None:
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
    except ImportError:
        return "--engine dask needs Dask: pip install 'cleanwire[dask]'"
    return None


def run_shards(shards: Sequence[Shard], job: ShardJob, workers: int, cluster: str | None = None) -> Iterator[ShardResult]:
    """Run every shard as a Dask task; ``cluster`` is a scheduler address, else a local cluster
    of ``workers`` single-threaded processes is started (and stopped at the end)."""
    from distributed import Client, as_completed

    if not shards:
        return
    local = None
    if cluster:
        client = Client(cluster)
    else:
        local = local_cluster(workers)
        client = Client(local)
    try:
        futures = client.map(run_shard, list(shards), job=job, pure=False)
        by_future = dict(zip(futures, shards))
        for future in as_completed(futures):
            try:
                yield future.result()
            except Exception as exc:  # noqa: BLE001 - a worker lost for good fails its shard only
                yield ShardResult(by_future[future], error=f"{type(exc).__name__}: {exc}")
    finally:
        client.close()
        if local is not None:
            local.close()


#: Worker settings for cleaning: Dask's statistical profiler samples the task thread's stack
#: every 10 ms, which costs CPU-bound pure-Python tasks like ours about a third of their speed.
WORKER_CONFIG = {"distributed.worker.profile.enabled": False}


def local_cluster(workers: int) -> Any:
    """A LocalCluster of ``workers`` single-threaded processes with :data:`WORKER_CONFIG`."""
    import dask
    from distributed import LocalCluster

    with dask.config.set(WORKER_CONFIG):
        return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                            dashboard_address=None, silence_logs=logging.ERROR)


def articles_bag(
    paths: Iterable[str], *, split: bool = False, shard_size: int | None = None,
    site: str | None = None, timeout: float | None = 60.0,
) -> Any:
    """A ``dask.bag.Bag`` of article rows (dicts as in jsonl) from archive paths or URLs.

    One partition per archive; ``split=True`` cuts large archives into byte-range shards first
    (the client then reads the first bytes of every archive). Pages are cleaned on the workers.
    """
    import dask.bag as db

    paths = list(paths)
    shards = [s for p in paths for s in cut_shards(p, p, shard_size=shard_size)] if split else [whole_file(p) for p in paths]
    job = ShardJob(site=site, timeout=timeout)
    return db.from_sequence(shards, npartitions=max(1, len(shards))).map_partitions(_partition_rows, job)


def _partition_rows(shards: Iterable[Shard], job: ShardJob) -> list[dict[str, Any]]:
    return [row for shard in shards for row in rows(shard, job)]
