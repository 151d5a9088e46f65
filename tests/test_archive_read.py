"""Reading WARC and ARC archives: every record kind, damage, byte-range shards, sources."""

from __future__ import annotations

import gzip
import json
from collections import Counter
from pathlib import Path

import pytest

pytest.importorskip("fastwarc", reason="the warc extra (fastwarc) is not installed")

from archive_builder import (
    Page,
    arc_records,
    crawl,
    other_records,
    response,
    synthetic_pages,
    warcinfo,
    write,
)

import cleanwire
from cleanwire.archive import ArchivedArticle, SkippedRecord, iter_archive, iter_records
from cleanwire.shards import cut_shards

PAGES = synthetic_pages(6)
#: What crawl(PAGES, others_every=3) holds besides the pages (two sets of other_records).
OTHERS = Counter({"warcinfo": 1, "request": 6 + 2, "metadata": 6 + 2, "revisit": 2, "not HTML": 4, "error status": 4})


def outcomes(path: Path | bytes, **kw) -> tuple[Counter, list[ArchivedArticle], list[str]]:
    counts: Counter = Counter()
    pages, lines = [], []
    for item in iter_archive(path if isinstance(path, bytes) else str(path), **kw):
        if isinstance(item, ArchivedArticle):
            counts["articles"] += 1
            pages.append(item)
        else:
            counts[item.reason] += 1
            if item.detail:
                lines.append(item.describe("x"))
    return counts, pages, lines


def alone(page: Page) -> cleanwire.Article:
    return cleanwire.extract(page.html, url=page.url, encoding=page.charset)


@pytest.mark.parametrize("gzipped", [True, False], ids=["warc.gz", "warc"])
def test_every_record_kind_is_counted_and_pages_equal_cleaning_alone(tmp_path: Path, gzipped: bool):
    path = tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc")
    write(path, crawl(PAGES, others_every=3), gzipped=gzipped)
    counts, pages, lines = outcomes(path)
    assert counts == OTHERS + Counter({"articles": len(PAGES)})
    assert lines == []
    by_url = {page.url: page for page in PAGES}
    assert [p.url for p in pages] == [page.url for page in PAGES]
    for item in pages:
        assert item.article == alone(by_url[item.url])
        assert item.record_id and item.record_id.startswith("<urn:uuid:")
        assert item.fetched_at is not None and item.fetched_at.isoformat() == "2024-05-01T12:00:00+00:00"
        assert item.archive == str(path)
    # The HTTP charset decides: the windows-1252 page's accented letters survive.
    assert "Café report 4" in pages[4].article.title


def test_iter_warc_gives_the_articles_only(tmp_path: Path):
    path = tmp_path / "crawl.warc.gz"
    write(path, crawl(PAGES), gzipped=True)
    found = list(cleanwire.iter_warc(str(path)))
    assert [item.url for item in found] == [page.url for page in PAGES]
    row = found[0].to_dict()
    assert list(row)[:5] == ["record_id", "record_url", "fetched_at", "archive", "offset"]
    assert {k: v for k, v in row.items() if k in found[0].article.to_dict()} == found[0].article.to_dict()
    assert ArchivedArticle.from_dict(json.loads(json.dumps(row))) == found[0]


@pytest.mark.parametrize("gzipped", [True, False], ids=["arc.gz", "arc"])
def test_arc_files(tmp_path: Path, gzipped: bool):
    path = tmp_path / ("old.arc.gz" if gzipped else "old.arc")
    write(path, arc_records(PAGES), gzipped=gzipped)
    counts, pages, lines = outcomes(path)
    assert counts == Counter({"articles": 6, "warcinfo": 1, "not HTML": 1, "error status": 1})
    assert lines == []
    for item, page in zip(pages, PAGES):
        assert item.url == page.url and item.article == alone(page)
        assert item.record_id is None and item.fetched_at.isoformat() == "2024-05-01T12:00:00+00:00"


@pytest.mark.parametrize("gzipped", [True, False], ids=["gz", "plain"])
@pytest.mark.parametrize("cut", ["payload", "header"])
def test_a_truncated_last_record_is_one_line_and_the_rest_is_read(tmp_path: Path, gzipped: bool, cut: str):
    path = tmp_path / "cut.warc.gz"
    records = [warcinfo(), *(response(page) for page in PAGES)]
    offsets = write(path, records, gzipped=gzipped)
    data = path.read_bytes()
    keep = offsets[-1] + (12 if cut == "header" else (len(data) - offsets[-1]) * 2 // 3)
    path.write_bytes(data[:keep])
    counts, pages, lines = outcomes(path)
    assert [p.url for p in pages] == [page.url for page in PAGES[:-1]]
    assert counts["damaged"] == 1 and len(lines) == 1
    assert f"at byte {offsets[-1]}" in lines[0] and "truncated" in lines[0]


def test_a_corrupt_gzip_member_costs_its_own_record_only(tmp_path: Path):
    path = tmp_path / "bad.warc.gz"
    records = [warcinfo(), *(response(page) for page in PAGES)]
    offsets = write(path, records, gzipped=True)
    data = bytearray(path.read_bytes())
    middle = offsets[3] + 60  # inside the deflate data of the third page's member
    data[middle:middle + 40] = b"\x00" * 40
    path.write_bytes(bytes(data))
    counts, pages, lines = outcomes(path)
    assert [p.url for p in pages] == [page.url for i, page in enumerate(PAGES) if i != 2]
    assert counts["damaged"] == 1
    assert len(lines) == 1 and f"at byte {offsets[3]}" in lines[0] and f"resumed at byte {offsets[4]}" in lines[0]


def test_a_corrupt_member_in_an_arc_file(tmp_path: Path):
    path = tmp_path / "bad.arc.gz"
    offsets = write(path, arc_records(PAGES, others=False), gzipped=True)
    data = bytearray(path.read_bytes())
    data[offsets[2] + 60:offsets[2] + 100] = b"\x00" * 40
    path.write_bytes(bytes(data))
    counts, pages, lines = outcomes(path)
    assert [p.url for p in pages] == [page.url for i, page in enumerate(PAGES) if i != 1]
    assert counts["damaged"] == 1 and f"at byte {offsets[2]}" in lines[0]


def test_garbage_that_is_not_an_archive_is_one_damage_line(tmp_path: Path):
    path = tmp_path / "fake.warc"
    path.write_bytes(b"this is not a web archive\n" * 50)
    counts, pages, lines = outcomes(path)
    assert pages == [] and counts == Counter({"damaged": 1}) and "unreadable" in lines[0]


@pytest.mark.parametrize("gzipped", [True, False], ids=["gz", "plain"])
def test_byte_range_shards_read_every_record_exactly_once(tmp_path: Path, gzipped: bool):
    path = tmp_path / "big.warc.gz"
    write(path, crawl(synthetic_pages(20), others_every=2), gzipped=gzipped)
    whole = [(r.offset, r.kind) for r in iter_records(str(path))]
    for size in (3000, 10_000, 25_000):
        shards = cut_shards(str(path), "big", shard_size=size)
        assert len(shards) > 1
        parts = [(r.offset, r.kind) for s in shards for r in iter_records(str(path), start=s.start, end=s.end)]
        assert parts == whole, size


def test_an_archive_gzipped_as_a_whole_is_read_by_one_shard(tmp_path: Path):
    path = tmp_path / "whole.warc.gz"
    path.write_bytes(gzip.compress(b"".join(crawl(PAGES))))
    shards = cut_shards(str(path), "whole", shard_size=1000)
    assert len(shards) == 1
    counts, _pages, lines = outcomes(path)
    assert counts["articles"] == len(PAGES) and lines == []


def test_bytes_and_fsspec_urls_are_sources(tmp_path: Path):
    fsspec = pytest.importorskip("fsspec")
    path = tmp_path / "crawl.warc.gz"
    write(path, crawl(PAGES[:2]), gzipped=True)
    from_bytes = outcomes(path.read_bytes())[1]
    with fsspec.open("memory://bucket/crawl.warc.gz", "wb") as handle:
        handle.write(path.read_bytes())
    items = [i for i in iter_archive("memory://bucket/crawl.warc.gz") if isinstance(i, ArchivedArticle)]
    assert [i.article for i in items] == [i.article for i in from_bytes] == [alone(p) for p in PAGES[:2]]
    assert items[0].archive == "memory://bucket/crawl.warc.gz"


def test_a_failing_page_is_reported_and_the_rest_go_on(tmp_path: Path):
    path = tmp_path / "mixed.warc.gz"
    empty = Page("https://news.example.com/empty", b"<html><body><p> </p></body></html>")
    write(path, [response(PAGES[0]), response(empty), response(PAGES[1])], gzipped=True)
    counts, _pages, lines = outcomes(path)
    assert counts == Counter({"articles": 2, "failed": 1})
    assert lines == [f"x: record at byte {_second_offset(path)} (https://news.example.com/empty): no article text found in the input"]


def _second_offset(path: Path) -> int:
    return [r.offset for r in iter_records(str(path))][1]


def test_other_records_list_every_kind():
    assert sorted({reason for reason, _ in other_records()}) == ["error status", "metadata", "not HTML", "request", "revisit"]
    assert all(isinstance(SkippedRecord(reason, 0), SkippedRecord) for reason, _ in other_records())


def test_corpus_pages_in_an_archive_equal_cleaning_each_alone(tmp_path: Path, dev_corpus: Path):
    truth = [json.loads(line) for line in (dev_corpus / "truth.jsonl").read_text(encoding="utf-8").splitlines()[:5]]
    pages = [Page(row["url"], (dev_corpus / "pages" / f"{row['id']}.html").read_bytes(), None) for row in truth]
    path = tmp_path / "corpus.warc.gz"
    write(path, crawl(pages, others_every=0), gzipped=True)
    found = list(cleanwire.iter_warc(str(path)))
    assert [item.url for item in found] == [page.url for page in pages]
    assert [item.article for item in found] == [alone(page) for page in pages]


def test_a_page_over_the_time_limit_fails_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    import time

    import cleanwire.archive.clean as clean_module

    real = clean_module.extract

    def slow_on_page_1(raw, **kw):
        if kw["url"] == PAGES[1].url:
            end = time.monotonic() + 60
            while time.monotonic() < end:
                pass
        return real(raw, **kw)

    monkeypatch.setattr(clean_module, "extract", slow_on_page_1)
    path = tmp_path / "slow.warc.gz"
    write(path, [response(page) for page in PAGES[:3]], gzipped=True)
    started = time.monotonic()
    counts, pages, lines = outcomes(path, timeout=0.5)
    assert time.monotonic() - started < 30
    assert [p.url for p in pages] == [PAGES[0].url, PAGES[2].url]
    assert counts["failed"] == 1 and lines[0].endswith(f"({PAGES[1].url}): timed out after 0.5 s")


def test_transfer_and_content_encodings_are_removed(tmp_path: Path):
    from archive_builder import warc_record

    page = PAGES[0]
    packed = gzip.compress(page.html)
    chunked = b"".join(b"%x\r\n%s\r\n" % (len(packed[i:i + 500]), packed[i:i + 500]) for i in range(0, len(packed), 500)) + b"0\r\n\r\n"
    block = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Encoding: gzip\r\n"
             b"Transfer-Encoding: chunked\r\n\r\n" + chunked)
    path = tmp_path / "encoded.warc.gz"
    write(path, [warc_record("response", page.url, block, "application/http; msgtype=response")], gzipped=True)
    _counts, pages, lines = outcomes(path)
    assert lines == [] and [p.article for p in pages] == [alone(page)]
