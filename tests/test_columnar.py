"""The Arrow schema of articles: declared and versioned, and a round trip through Parquet."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

pa = pytest.importorskip("pyarrow", reason="the parquet extra (pyarrow) is not installed")
pq = pytest.importorskip("pyarrow.parquet")

import cleanwire  # noqa: E402
from cleanwire import Article, RelatedLink  # noqa: E402
from cleanwire.archive import ArchivedArticle  # noqa: E402

SEOUL = timezone(timedelta(hours=9))


def articles() -> list[ArchivedArticle]:
    full = Article(
        title="A headline", paragraphs=("One.", "Two, with “quotes”."), url="https://a.example/x", site="A",
        authors=("Kim Min-ji", "Lee Jae"), published=datetime(2025, 8, 13, 14, 41, tzinfo=SEOUL),
        section=("World", "Asia"), tags=("summit",), captions=("A photo [AP]",),
        related=(RelatedLink("More", "https://a.example/m", "More in Asia"), RelatedLink("No link")),
        language="en", extractor="generic", canonical_url="https://a.example/x",
    )
    bare = Article(paragraphs=("Only text.",))
    new_york = Article(paragraphs=("x",), published=datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(hours=-5))))
    fetched = datetime(2024, 5, 1, 12, 0, tzinfo=timezone.utc)
    return [
        ArchivedArticle(full, "<urn:uuid:1>", "https://a.example/x", fetched, "crawl.warc.gz", 1234),
        ArchivedArticle(bare, None, None, None),
        ArchivedArticle(new_york, "<urn:uuid:3>", "https://b.example/", fetched, "crawl.warc.gz", 99),
    ]


def test_the_schema_is_declared_and_versioned():
    schema = cleanwire.article_schema()
    assert schema.metadata == {b"cleanwire.schema_version": cleanwire.SCHEMA_VERSION.encode()}
    types = {field.name: str(field.type) for field in schema}
    assert types["fetched_at"] == types["published"] == "timestamp[us, tz=UTC]"
    assert types["published_offset"] == "int32"
    for name in ("authors", "tags", "captions", "section", "paragraphs"):
        assert types[name] == "list<item: string>"
    assert types["related"] == "list<item: struct<title: string, url: string, group: string>>"
    # Row keys: the jsonl row and the table share every column but the published offset.
    row = articles()[0].to_dict()
    assert [name for name in schema.names if name != "published_offset"] == list(row)


def test_to_arrow_and_back_keeps_every_field_and_the_printed_offset():
    items = articles()
    table = cleanwire.to_arrow(items)
    assert table.schema.equals(cleanwire.article_schema(), check_metadata=True)
    back = cleanwire.from_arrow(table)
    assert back == items
    assert back[0].article.published.utcoffset() == timedelta(hours=9)
    assert table.column("published")[0].as_py() == datetime(2025, 8, 13, 5, 41, tzinfo=timezone.utc)
    plain = cleanwire.to_arrow([item.article for item in items])  # plain Articles: record columns empty
    assert plain.column("record_id").null_count == 3
    assert [item.article for item in cleanwire.from_arrow(plain)] == [item.article for item in items]


def test_parquet_round_trip(tmp_path: Path):
    path = tmp_path / "a.parquet"
    pq.write_table(cleanwire.to_arrow(articles()), path)
    table = pq.read_table(path)
    assert table.schema.metadata[b"cleanwire.schema_version"] == b"1"
    assert cleanwire.from_arrow(table) == articles()


def test_another_schema_version_is_refused():
    table = cleanwire.to_arrow(articles()[:1])
    older = table.replace_schema_metadata({b"cleanwire.schema_version": b"0"})
    with pytest.raises(ValueError, match="schema version 0"):
        cleanwire.from_arrow(older)


def test_shards_stream_parquet_in_row_groups(tmp_path: Path):
    pytest.importorskip("fastwarc", reason="the warc extra (fastwarc) is not installed")
    from archive_builder import crawl, synthetic_pages, write

    from cleanwire.shards import ShardJob, plan_shards, run_shard

    write(tmp_path / "c.warc.gz", crawl(synthetic_pages(7), others_every=0), gzipped=True)
    (shard,) = plan_shards(str(tmp_path / "c.warc.gz"), "c.warc.gz", str(tmp_path / "out"))
    result = run_shard(shard, ShardJob(fmt="parquet", row_group=3))
    assert result.error is None and result.counts["articles"] == 7
    parquet = pq.ParquetFile(shard.part("parquet"))
    assert parquet.metadata.num_row_groups == 3 and parquet.metadata.num_rows == 7
    direct = [item for item in cleanwire.iter_archive(str(tmp_path / "c.warc.gz"), name="c.warc.gz")
              if isinstance(item, ArchivedArticle)]
    assert cleanwire.from_arrow(parquet.read()) == direct
