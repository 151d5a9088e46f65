"""The Spark engine: shards as Spark tasks, in ``local[--jobs]`` or on the master at ``--cluster``.

For pipelines of your own: :func:`clean_paths` (for ``rdd.mapPartitions`` over archive paths or
URLs), :func:`clean_records` (over a DataFrame of records you read yourself),
:func:`clean_binary_files` (over ``spark.read.format("binaryFile")``, Spark's own filesystem
layer), and :func:`articles_dataframe` / :func:`records_to_articles` for DataFrames in the
schema of :func:`spark_schema`. Spark needs Java 17 or newer.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from functools import partial
from typing import Any

from ..archive import ArchivedArticle, ArchiveRecord, clean_record, iter_archive
from ..archive.records import split_content_type
from ..shards import Shard, ShardJob, ShardResult, run_shard, whole_file

#: A quiet Spark: no web UI, warnings only from log4j.
_CONF = {
    "spark.ui.enabled": "false",
    "spark.ui.showConsoleProgress": "false",
    "spark.python.worker.reuse": "true",
}


def java_problem() -> str | None:
    """Why Spark cannot start here (no Java), or None."""
    home = os.environ.get("JAVA_HOME")
    if (home and os.path.exists(os.path.join(home, "bin", "java"))) or shutil.which("java"):
        return None
    return "Spark needs Java 17 or newer and none was found (install a JDK, e.g. apt-get install openjdk-17-jre-headless, or set JAVA_HOME)"


def unavailable() -> str | None:
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return "--engine spark needs PySpark: pip install 'cleanwire[spark]'"
    return java_problem()


def session(workers: int = 2, cluster: str | None = None) -> Any:
    """A SparkSession on ``cluster`` (a master URL) or ``local[workers]``, workers running this Python."""
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    if not cluster:
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")  # local mode needs no network name
    log4j = os.path.join(os.path.dirname(__file__), "log4j2.properties")
    builder = SparkSession.builder.master(cluster or f"local[{workers}]").appName("cleanwire")
    for key, value in {**_CONF, "spark.driver.extraJavaOptions": f"-Dlog4j2.configurationFile=file:{log4j}"}.items():
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def run_shards(shards: Sequence[Shard], job: ShardJob, workers: int, cluster: str | None = None) -> Iterator[ShardResult]:
    """Run every shard as one Spark task (results arrive when the whole job ends). A session
    that is already running is used as it is, and left running."""
    from pyspark.sql import SparkSession

    if not shards:
        return
    running = SparkSession.getActiveSession()
    spark = running or session(workers, cluster)
    try:
        sc = spark.sparkContext
        results = sc.parallelize(list(shards), len(shards)).map(partial(run_shard, job=job)).collect()
    except Exception as exc:  # noqa: BLE001 - e.g. a Python worker that crashed more often than Spark retries
        reason = f"the Spark job failed: {str(exc).strip().splitlines()[0][:300]}"
        results = [_finished(shard, job) or ShardResult(shard, error=reason) for shard in shards]
    finally:
        if running is None:
            spark.stop()
    yield from results


def _finished(shard: Shard, job: ShardJob) -> ShardResult | None:
    """The result a shard recorded in its marker before the job failed, if it finished."""
    try:
        with open(shard.marker(job.fmt), encoding="utf-8") as handle:
            return ShardResult.from_json(handle.read())
    except (OSError, ValueError, KeyError, TypeError):
        return None


def spark_schema() -> Any:
    """The Spark StructType of article rows, converted from :func:`cleanwire.columnar.article_schema`."""
    from pyspark.sql.pandas.types import from_arrow_schema

    from ..columnar import article_schema

    return from_arrow_schema(article_schema())


def _as_tuple(item: ArchivedArticle) -> tuple:
    from ..columnar import row_of

    return tuple(row_of(item).values())


def clean_paths(paths: Iterable[str], site: str | None = None, timeout: float | None = 60.0) -> Iterator[tuple]:
    """For ``rdd.mapPartitions``: the article rows (tuples in :func:`spark_schema` order) of
    each archive path or URL (URLs are read through fsspec on the executors)."""
    job = ShardJob(site=site, timeout=timeout)
    from ..shards import articles

    for path in paths:
        for item in articles(whole_file(path), job):
            yield _as_tuple(item)


def clean_binary_files(rows: Iterable[Any], site: str | None = None, timeout: float | None = 60.0) -> Iterator[tuple]:
    """For ``df.rdd.mapPartitions`` over ``spark.read.format("binaryFile")``: each row's
    ``content`` is a whole archive (held in memory: fine for archives of a few hundred MB)."""
    for row in rows:
        for outcome in iter_archive(bytes(row["content"]), name=row["path"], site=site, timeout=timeout):
            if isinstance(outcome, ArchivedArticle):
                yield _as_tuple(outcome)


def clean_records(rows: Iterable[Any], site: str | None = None, timeout: float | None = 60.0) -> Iterator[tuple]:
    """For ``df.rdd.mapPartitions`` over records you read yourself: each row has ``url`` and
    ``content`` (the HTTP body, bytes), and may have ``content_type`` (the HTTP header),
    ``record_id`` and ``fetched_at``. Rows that give no article are left out."""
    for row in rows:
        data = row.asDict() if hasattr(row, "asDict") else dict(row)
        media, charset = split_content_type(data.get("content_type"))
        record = ArchiveRecord(
            kind="response", offset=-1, record_id=data.get("record_id"), url=data.get("url"),
            date=data.get("fetched_at"), status=200, content_type=media, charset=charset,
            payload=bytes(data["content"] or b""),
        )
        outcome = clean_record(record, site=site, timeout=timeout)
        if isinstance(outcome, ArchivedArticle):
            yield _as_tuple(replace(outcome, offset=None))  # not read from an archive file


def articles_dataframe(spark: Any, paths: Sequence[str], **options: Any) -> Any:
    """A DataFrame (:func:`spark_schema`) of the articles in archive paths, one task per archive."""
    rdd = spark.sparkContext.parallelize(list(paths), max(1, len(paths)))
    return spark.createDataFrame(rdd.mapPartitions(partial(clean_paths, **options)), spark_schema())


def records_to_articles(records: Any, **options: Any) -> Any:
    """The articles of a DataFrame of records (see :func:`clean_records`)."""
    spark = records.sparkSession
    return spark.createDataFrame(records.rdd.mapPartitions(partial(clean_records, **options)), spark_schema())
