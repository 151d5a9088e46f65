"""``cleanwire clean`` on WARC/ARC archives, run for real as a subprocess (local engine)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

pytest.importorskip("fastwarc", reason="the warc extra (fastwarc) is not installed")

from archive_builder import (
    article_part,
    build_crawl_folder,
    read_rows,
    response,
    synthetic_pages,
    warcinfo,
    write,
)
from test_cli_clean import SEED, cleanwire_cli

SUMMARY = re.compile(r"^cleanwire: (\d+) archives, (\d+) shards \((\d+) cleaned, (\d+) skipped, (\d+) failed\), "
                     r"(\d+) records: (\d+) articles; (\d+) failed; (\d+) damaged", re.MULTILINE)
# 12 + 3 pages; the warc holds 12 requests and metadata, 3 sets of other records, a warcinfo.
ARTICLES = 15


def summary(stderr: bytes) -> dict[str, int]:
    match = SUMMARY.search(stderr.decode())
    assert match, stderr.decode()
    keys = ("archives", "shards", "cleaned", "skipped", "failed", "records", "articles", "pages failed", "damaged")
    return dict(zip(keys, map(int, match.groups())))


@pytest.fixture(scope="module")
def crawl_folder(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, dict]]:
    root = tmp_path_factory.mktemp("crawls")
    return root, build_crawl_folder(root)


def check_rows(rows: dict, expected: dict[str, dict]) -> None:
    assert sorted(row["record_url"] for row in rows.values()) == sorted(expected)
    for row in rows.values():
        assert article_part(row) == expected[row["record_url"]], row["record_url"]
        assert row["fetched_at"] == "2024-05-01T12:00:00+00:00"
        assert row["archive"] in ("crawl.warc.gz", "old/legacy.arc.gz")


def test_archives_to_jsonl_parts_then_resume(crawl_folder, tmp_path: Path):
    root, expected = crawl_folder
    out = tmp_path / "out"
    first = cleanwire_cli("clean", root, "-o", out, "--jobs", "2", "--shard-size", "6k")
    assert first.returncode == 0, first.stderr
    counts = summary(first.stderr)
    assert counts["archives"] == 2 and counts["shards"] > 3 and counts["cleaned"] == counts["shards"]
    assert (counts["articles"], counts["pages failed"], counts["damaged"]) == (ARTICLES, 1, 0)
    assert "skipped 15 metadata, 15 request, 7 error status, 7 not HTML, 3 revisit, 2 warcinfo;" in first.stderr.decode()
    assert "https://news.example.com/world/empty.html): no article text found" in first.stderr.decode()
    check_rows(read_rows(out), expected)
    names = sorted(p.name for p in (out / "crawl").iterdir())
    shards = counts["shards"] - 1  # the ARC file is one shard
    assert names == sorted(["_layout.json", *(f"part-{i:05d}.jsonl" for i in range(shards)),
                            *(f"_part-{i:05d}.jsonl.done" for i in range(shards))])
    assert (out / "old" / "legacy" / "part-00000.jsonl").exists()
    assert not list(out.rglob("*.tmp"))

    stamps = {p: p.stat().st_mtime_ns for p in out.rglob("part-*")}
    again = cleanwire_cli("clean", root, "-o", out, "--jobs", "2", "--shard-size", "6k")
    assert again.returncode == 0
    assert summary(again.stderr)["skipped"] == counts["shards"] and summary(again.stderr)["cleaned"] == 0
    assert {p: p.stat().st_mtime_ns for p in out.rglob("part-*")} == stamps

    # A shard without its marker (stopped before it finished) is done again, alone.
    (out / "crawl" / "_part-00001.jsonl.done").unlink()
    third = cleanwire_cli("clean", root, "-o", out, "--jobs", "1", "--shard-size", "6k")
    assert summary(third.stderr)["cleaned"] == 1
    check_rows(read_rows(out), expected)

    # Other shard settings would mix two layouts: refused, unless --force.
    other = cleanwire_cli("clean", root, "-o", out, "--shard-size", "9k")
    assert other.returncode == 1 and "another layout" in other.stderr.decode()
    forced = cleanwire_cli("clean", root, "-o", out, "--shard-size", "9k", "--force")
    assert forced.returncode == 0, forced.stderr
    check_rows(read_rows(out), expected)


def test_parquet_parts_hold_the_same_rows_as_jsonl(crawl_folder, tmp_path: Path):
    pq = pytest.importorskip("pyarrow.parquet")
    import pyarrow.dataset as ds

    import cleanwire

    root, expected = crawl_folder
    result = cleanwire_cli("clean", root / "crawl.warc.gz", "-o", tmp_path / "pq", "--format", "parquet", "--jobs", "1")
    assert result.returncode == 0, result.stderr
    table = ds.dataset(tmp_path / "pq", format="parquet").to_table()  # markers are ignored as hidden files
    assert table.num_rows == 12
    assert table.schema.equals(cleanwire.article_schema(), check_metadata=False)
    part = next((tmp_path / "pq").rglob("part-*.parquet"))
    assert pq.read_schema(part).metadata[b"cleanwire.schema_version"] == b"1"
    rows = read_rows(tmp_path / "pq")
    assert len(rows) == 12
    for row in rows.values():
        assert article_part(row) == expected[row["record_url"]]


def test_damaged_archives_report_one_line_each_and_exit_1(tmp_path: Path):
    pages = synthetic_pages(4)
    src = tmp_path / "in"
    src.mkdir()
    records = [warcinfo(), *(response(page) for page in pages)]
    offsets = write(src / "cut.warc.gz", records, gzipped=True)
    data = (src / "cut.warc.gz").read_bytes()
    (src / "cut.warc.gz").write_bytes(data[:offsets[-1] + 30])
    offsets = write(src / "corrupt.warc.gz", records, gzipped=True)
    data = bytearray((src / "corrupt.warc.gz").read_bytes())
    data[offsets[2] + 60:offsets[2] + 100] = b"\x00" * 40
    (src / "corrupt.warc.gz").write_bytes(bytes(data))
    result = cleanwire_cli("clean", src, "-o", tmp_path / "out")
    assert result.returncode == 1
    err = result.stderr.decode()
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if not line.startswith("cleanwire:")]
    assert len(lines) == 2, err
    assert any(line.startswith("corrupt.warc.gz: damaged at byte") for line in lines)
    assert any(line.startswith("cut.warc.gz: damaged at byte") and "truncated" in line for line in lines)
    counts = summary(result.stderr)
    assert (counts["articles"], counts["damaged"]) == (3 + 3, 2)


@pytest.mark.parametrize(
    "args, message",
    [
        (["{warc}"], "an archive holds many pages"),
        (["{seed}", "-o", "{out}", "--format", "parquet"], "--format parquet is for WARC/ARC archives"),
        (["{seed}", "-o", "{out}", "--engine", "dask"], "--engine and --cluster are for WARC/ARC archives"),
        (["{warc}", "{seed}", "-o", "{out}"], "clean archives and dump files in separate runs"),
        (["{warc}", "-o", "{out}", "--format", "md"], "archives are written as jsonl or parquet"),
        (["{warc}", "-o", "{out}", "--shard-size", "lots"], "a size like 64M"),
        (["{warc}", "-o", "{out}", "--cluster", "tcp://127.0.0.1:1"], "--cluster needs --engine dask or --engine spark"),
    ],
)
def test_usage_errors_exit_2(crawl_folder, tmp_path: Path, args: list[str], message: str):
    root, _ = crawl_folder
    seed = tmp_path / "seed.txt"
    shutil.copy(SEED, seed)
    values = {"warc": root / "crawl.warc.gz", "seed": seed, "out": tmp_path / "out"}
    result = cleanwire_cli("clean", *(a.format(**values) for a in args))
    assert result.returncode == 2, result.stderr
    assert message in result.stderr.decode()
    assert not [p for p in (tmp_path / "out").rglob("*") if p.is_file()]  # nothing written


def test_a_warc_is_no_longer_read_as_one_dump(crawl_folder, tmp_path: Path):
    root, _expected = crawl_folder
    result = cleanwire_cli("clean", root / "crawl.warc.gz", "-o", tmp_path / "out")
    assert result.returncode == 0
    rows = read_rows(tmp_path / "out")
    assert len(rows) == 12 and len({row["title"] for row in rows.values()}) == 12
    assert json.loads((tmp_path / "out" / "crawl" / "_layout.json").read_text())["archive"] == "crawl.warc.gz"
