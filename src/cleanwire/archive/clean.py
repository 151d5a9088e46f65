"""From archive records to articles: which records are pages, and cleaning each one alone."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..article import Article
from ..errors import CleanwireError
from ..extract import extract
from ..timelimit import TimeLimitExceeded, call_with_limit
from .read import iter_records
from .records import ArchiveRecord, Damage, skip_reason


@dataclass(frozen=True)
class ArchivedArticle:
    """An article cleaned from an archive record, with the record's facts beside it.

    ``url`` is the record's target URI (also passed to the extractor, so ``article.url`` is
    the same unless the page names a different one), ``fetched_at`` its WARC-Date.
    """

    article: Article
    record_id: str | None
    url: str | None
    fetched_at: datetime | None
    archive: str | None = None
    offset: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """The row written to jsonl: record facts first, then :meth:`Article.to_dict`."""
        return {
            "record_id": self.record_id,
            "record_url": self.url,
            "fetched_at": self.fetched_at.isoformat() if self.fetched_at else None,
            "archive": self.archive,
            "offset": self.offset,
            **self.article.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ArchivedArticle:
        """Inverse of :meth:`to_dict`."""
        row = dict(data)
        facts = {key: row.pop(key, None) for key in RECORD_FIELDS}
        fetched = facts["fetched_at"]
        return cls(
            article=Article.from_dict(row),
            record_id=facts["record_id"],
            url=facts["record_url"],
            fetched_at=datetime.fromisoformat(fetched) if fetched else None,
            archive=facts["archive"],
            offset=facts["offset"],
        )


#: The record facts a row carries before the article's own fields.
RECORD_FIELDS = ("record_id", "record_url", "fetched_at", "archive", "offset")


@dataclass(frozen=True)
class SkippedRecord:
    """A record that gave no article and why.

    ``reason`` is a record kind ("request", "metadata", "revisit", "warcinfo", ...), "not HTML",
    "error status", "failed" (cleaning failed: ``detail`` says why) or "damaged" (unreadable
    bytes: ``detail`` says what).
    """

    reason: str
    offset: int
    url: str | None = None
    detail: str | None = None

    def describe(self, archive: str) -> str:
        """One line for a report: ``archive: record at byte N (URL): detail``."""
        if self.reason == "damaged":
            return f"{archive}: {self.detail}"
        where = f"record at byte {self.offset}" + (f" ({self.url})" if self.url else "")
        return f"{archive}: {where}: {self.detail or self.reason}"


Outcome = ArchivedArticle | SkippedRecord


def iter_archive(
    path: str | bytes, *, start: int = 0, end: int | None = None, site: str | None = None,
    timeout: float | None = None, name: str | None = None,
) -> Iterator[Outcome]:
    """What becomes of every record of a WARC or ARC file: an article or the reason it is skipped.

    ``start``/``end`` restrict reading to records that begin in that byte range (a shard);
    ``timeout`` limits the seconds spent cleaning one page (it fails alone); ``name`` is the
    archive name put in the rows (default ``path``, or None for bytes). ``path`` may be a local
    path, an fsspec URL (``s3://...``, with fsspec and its filesystem installed) or the bytes of
    a whole archive.
    """
    if name is None and isinstance(path, str):
        name = path
    for item in iter_records(path, start=start, end=end):
        if isinstance(item, Damage):
            yield SkippedRecord("damaged", item.offset, detail=item.describe())
        else:
            yield clean_record(item, archive=name, site=site, timeout=timeout)


def iter_warc(path: str | bytes, *, site: str | None = None, timeout: float | None = None) -> Iterator[ArchivedArticle]:
    """The articles of a WARC (or ARC) file, in record order; see :func:`iter_archive` for the rest."""
    for outcome in iter_archive(path, site=site, timeout=timeout):
        if isinstance(outcome, ArchivedArticle):
            yield outcome


def clean_record(
    record: ArchiveRecord, *, archive: str | None = None, site: str | None = None, timeout: float | None = None
) -> Outcome:
    """Clean one record alone: its payload, its target URI as url and its HTTP charset."""
    reason = skip_reason(record)
    if reason is not None:
        return SkippedRecord(reason, record.offset, record.url)
    try:
        article = call_with_limit(
            timeout, extract, record.payload, url=record.url, site=site, encoding=record.charset
        )
    except TimeLimitExceeded:
        return SkippedRecord("failed", record.offset, record.url, f"timed out after {timeout:g} s")
    except CleanwireError as exc:
        return SkippedRecord("failed", record.offset, record.url, str(exc))
    except Exception as exc:  # noqa: BLE001 - an extractor bug fails this page, not the archive
        return SkippedRecord("failed", record.offset, record.url, f"internal error ({type(exc).__name__}: {exc})")
    return ArchivedArticle(article, record.record_id, record.url, record.date, archive, record.offset)
