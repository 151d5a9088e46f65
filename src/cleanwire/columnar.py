"""Articles as Arrow tables: the declared, versioned schema, ``to_arrow`` and ``from_arrow``.

Needs the ``parquet`` extra (pyarrow). Times are UTC instants (``timestamp[us, tz=UTC]``);
the offset the page printed its time with is kept in ``published_offset`` (seconds east of
UTC), so an article read back is equal to the one written.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

from .archive.clean import ArchivedArticle
from .article import Article

if TYPE_CHECKING:
    import pyarrow as pa

#: Bump when a column is added, removed or changes type; stored in the schema metadata.
SCHEMA_VERSION = "1"
SCHEMA_VERSION_KEY = b"cleanwire.schema_version"


def article_schema() -> pa.Schema:
    """The Arrow schema of cleanwire's rows (record facts, then the Article's fields)."""
    import pyarrow as pa

    text, texts, instant = pa.string(), pa.list_(pa.string()), pa.timestamp("us", tz="UTC")
    related = pa.struct([pa.field("title", text), pa.field("url", text), pa.field("group", text)])
    return pa.schema(
        [
            pa.field("record_id", text),
            pa.field("record_url", text),
            pa.field("fetched_at", instant),
            pa.field("archive", text),
            pa.field("offset", pa.int64()),
            pa.field("url", text),
            pa.field("site", text),
            pa.field("title", text),
            pa.field("authors", texts),
            pa.field("published", instant),
            pa.field("published_offset", pa.int32()),
            pa.field("section", texts),
            pa.field("tags", texts),
            pa.field("language", text),
            pa.field("body", text),
            pa.field("paragraphs", texts),
            pa.field("captions", texts),
            pa.field("related", pa.list_(related)),
            pa.field("extractor", text),
            pa.field("canonical_url", text),
        ],
        metadata={SCHEMA_VERSION_KEY: SCHEMA_VERSION.encode()},
    )


def to_arrow(items: Iterable[Article | ArchivedArticle]) -> pa.Table:
    """A table in :func:`article_schema` of articles (record columns empty) or archived articles."""
    import pyarrow as pa

    return pa.Table.from_pylist([row_of(item) for item in items], schema=article_schema())


def row_of(item: Article | ArchivedArticle) -> dict[str, Any]:
    """One row in :func:`article_schema`'s column order (times as aware datetimes)."""
    if isinstance(item, Article):
        item = ArchivedArticle(item, None, None, None)
    article = item.article
    published = article.published
    offset = published.utcoffset() if published is not None else None
    return {
        "record_id": item.record_id,
        "record_url": item.url,
        "fetched_at": item.fetched_at,
        "archive": item.archive,
        "offset": item.offset,
        "url": article.url,
        "site": article.site,
        "title": article.title,
        "authors": list(article.authors),
        "published": published,
        "published_offset": int(offset.total_seconds()) if offset is not None else None,
        "section": list(article.section),
        "tags": list(article.tags),
        "language": article.language,
        "body": article.body,
        "paragraphs": list(article.paragraphs),
        "captions": list(article.captions),
        "related": [link.to_dict() for link in article.related],
        "extractor": article.extractor,
        "canonical_url": article.canonical_url,
    }


def from_arrow(table: pa.Table) -> list[ArchivedArticle]:
    """The rows of a table in :func:`article_schema` back as :class:`ArchivedArticle` objects."""
    version = (table.schema.metadata or {}).get(SCHEMA_VERSION_KEY)
    if version is not None and version.decode() != SCHEMA_VERSION:
        raise ValueError(f"the table has cleanwire schema version {version.decode()}; this is {SCHEMA_VERSION}")
    items = []
    for row in table.to_pylist():
        published: datetime | None = row.pop("published")
        offset = row.pop("published_offset")
        if published is not None and offset is not None:
            published = published.astimezone(timezone(timedelta(seconds=offset)))
        row["published"] = published.isoformat() if published else None
        fetched = row["fetched_at"]
        row["fetched_at"] = fetched.isoformat() if fetched else None
        items.append(ArchivedArticle.from_dict(row))
    return items
