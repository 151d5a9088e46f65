"""The same archives on every engine: local processes, Dask and Spark write the same articles,
each skips shards finished before, and their Python entry points give the same rows."""

from __future__ import annotations

import shutil
import signal
from pathlib import Path

import pytest

pytest.importorskip("fastwarc", reason="the warc extra (fastwarc) is not installed")

from archive_builder import article_part, build_crawl_folder, read_rows
from test_cli_archives import summary
from test_cli_clean import cleanwire_cli

from cleanwire.shards import ShardJob, plan_shards


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, dict]]:
    """The crawl folder and its output from the local engine (2 processes)."""
    root = tmp_path_factory.mktemp("crawls")
    expected = build_crawl_folder(root)
    out = tmp_path_factory.mktemp("local") / "out"
    result = cleanwire_cli("clean", root, "-o", out, "--jobs", "2", "--shard-size", "6k")
    assert result.returncode == 0, result.stderr
    return root, out, expected


def same_as_alone(rows: dict, expected: dict[str, dict]) -> None:
    assert sorted(row["record_url"] for row in rows.values()) == sorted(expected)
    for row in rows.values():
        assert article_part(row) == expected[row["record_url"]]


def resume_on(engine: str, reference, tmp_path: Path, in_process=None) -> None:
    """Copy the local output, drop two shards' markers, and let ``engine`` finish the job.

    ``in_process`` (pytest's capfd) runs the command line in this process, where a running
    Spark session is reused instead of starting a second JVM.
    """
    root, local_out, _expected = reference
    out = tmp_path / "out"
    shutil.copytree(local_out, out)
    for index in (0, 2):
        (out / "crawl" / f"_part-{index:05d}.jsonl.done").unlink()
        (out / "crawl" / f"part-{index:05d}.jsonl").unlink()
    args = ["clean", str(root), "-o", str(out), "--jobs", "2", "--shard-size", "6k", "--engine", engine]
    if in_process is None:
        result = cleanwire_cli(*args)
        code, err = result.returncode, result.stderr
    else:
        from cleanwire.cli.main import main

        previous = signal.getsignal(signal.SIGTERM)
        try:
            code = main(args)
        finally:
            signal.signal(signal.SIGTERM, previous)
        err = in_process.readouterr().err.encode()
    assert code == 0, err
    counts = summary(err)
    assert (counts["cleaned"], counts["skipped"]) == (2, counts["shards"] - 2)
    assert read_rows(out) == read_rows(local_out)


def test_local_engine_matches_cleaning_each_page_alone(reference):
    _, out, expected = reference
    same_as_alone(read_rows(out), expected)


# -- Dask ---------------------------------------------------------------------------------------

def test_dask_writes_the_same_articles_as_the_local_pool(reference, tmp_path: Path):
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    root, local_out, expected = reference
    out = tmp_path / "dask"
    result = cleanwire_cli("clean", root, "-o", out, "--jobs", "2", "--shard-size", "6k", "--engine", "dask")
    assert result.returncode == 0, result.stderr
    assert read_rows(out) == read_rows(local_out)
    same_as_alone(read_rows(out), expected)


def test_dask_skips_finished_shards(reference, tmp_path: Path):
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    resume_on("dask", reference, tmp_path)


def test_dask_bag_of_articles(reference):
    pytest.importorskip("dask.bag", reason="the dask extra is not installed")
    from cleanwire.engines.dask import articles_bag

    root, local_out, _ = reference
    paths = [str(root / "crawl.warc.gz"), str(root / "old" / "legacy.arc.gz")]
    local = {(Path(k[0]).name, k[1]): article_part(v) for k, v in read_rows(local_out).items()}
    for split in (False, True):
        rows = articles_bag(paths, split=split, shard_size=6000).compute(scheduler="sync")
        assert {(Path(r["archive"]).name, r["offset"]): article_part(r) for r in rows} == local


# -- Spark --------------------------------------------------------------------------------------

def _spark_skip() -> None:
    pytest.importorskip("pyspark", reason="the spark extra is not installed")
    from cleanwire.engines.spark import java_problem

    problem = java_problem()
    if problem:
        pytest.skip(problem)


@pytest.fixture(scope="module")
def spark():
    _spark_skip()
    from cleanwire.engines.spark import session

    spark = session(2)
    yield spark
    spark.stop()


def test_spark_writes_the_same_articles_as_the_local_pool(reference, spark, tmp_path: Path):
    from cleanwire.engines.spark import run_shards

    root, local_out, _ = reference
    out = tmp_path / "spark"
    shards = []
    for name in ("crawl.warc.gz", "old/legacy.arc.gz"):
        folder = out / ("crawl" if name.startswith("crawl") else "old/legacy")
        shards += plan_shards(str(root / name), name, str(folder), 6000)
    results = list(run_shards(shards, ShardJob(), 2))
    assert len(results) == len(shards) and not any(r.error for r in results)
    assert read_rows(out) == read_rows(local_out)


def test_spark_skips_finished_shards(reference, spark, tmp_path: Path, capfd):
    # The command line in this process: the Spark engine finds the running session and uses
    # it (a second JVM would double the time; --engine spark in a subprocess is the same code).
    resume_on("spark", reference, tmp_path, in_process=capfd)


def test_spark_dataframes_of_paths_binary_files_and_records(reference, spark):
    from cleanwire.engines.spark import (
        articles_dataframe,
        clean_binary_files,
        records_to_articles,
        spark_schema,
    )

    root, _local_out, expected = reference
    paths = [str(root / "crawl.warc.gz"), str(root / "old" / "legacy.arc.gz")]
    by_paths = articles_dataframe(spark, paths).collect()
    assert sorted(row["url"] for row in by_paths) == sorted(expected)
    assert {row["url"]: row["body"] for row in by_paths} == {url: a["body"] for url, a in expected.items()}

    files = spark.read.format("binaryFile").option("recursiveFileLookup", "true").load(str(root))
    from_files = spark.createDataFrame(files.rdd.mapPartitions(clean_binary_files), spark_schema()).collect()
    assert sorted((r["record_url"], r["body"]) for r in from_files) == sorted((r["record_url"], r["body"]) for r in by_paths)

    from archive_builder import synthetic_pages

    pages = synthetic_pages(3)
    records = spark.createDataFrame(
        [(p.url, p.html, f"text/html; charset={p.charset}") for p in pages], "url string, content binary, content_type string"
    )
    cleaned = records_to_articles(records).collect()
    assert [(r["url"], r["body"]) for r in cleaned] == [(p.url, expected[p.url]["body"]) for p in pages]
