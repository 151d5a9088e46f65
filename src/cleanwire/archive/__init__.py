"""Web archives (WARC through fastwarc, and ARC) in, articles out: one record cleaned at a time.

    >>> for page in cleanwire.iter_warc("crawl.warc.gz"):
    ...     print(page.url, page.fetched_at, page.article.title)

Reading needs the ``warc`` extra (``pip install 'cleanwire[warc]'``).
"""

from .clean import (
    RECORD_FIELDS,
    ArchivedArticle,
    Outcome,
    SkippedRecord,
    clean_record,
    iter_archive,
    iter_warc,
)
from .read import (
    ARCHIVE_SUFFIXES,
    ArchiveInfo,
    inspect_archive,
    is_archive_name,
    iter_records,
)
from .records import ArchiveRecord, Damage, skip_reason

__all__ = [
    "ARCHIVE_SUFFIXES",
    "RECORD_FIELDS",
    "ArchiveInfo",
    "ArchiveRecord",
    "ArchivedArticle",
    "Damage",
    "Outcome",
    "SkippedRecord",
    "clean_record",
    "inspect_archive",
    "is_archive_name",
    "iter_archive",
    "iter_records",
    "iter_warc",
    "skip_reason",
]
