"""Where shards run: ``local`` (cleanwire's own worker processes), ``dask`` or ``spark``.

Each engine module has ``run_shards(shards, job, workers, cluster)``, yielding a
:class:`~cleanwire.shards.ShardResult` per shard as it finishes, and Python entry points for
pipelines of your own. Every engine runs the same :func:`~cleanwire.shards.run_shard`.
"""

from __future__ import annotations

import importlib
from types import ModuleType

ENGINES = ("local", "dask", "spark")


class EngineUnavailable(Exception):
    """The engine's library (or Java, for Spark) is missing; the message says how to get it."""


def load(name: str) -> ModuleType:
    """The engine module ``name``, or EngineUnavailable with the install command."""
    module = importlib.import_module(f"{__name__}.{name}")
    problem = module.unavailable()
    if problem:
        raise EngineUnavailable(problem)
    return module


__all__ = ["ENGINES", "EngineUnavailable", "load"]
