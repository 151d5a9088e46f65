"""One record of a web archive, as the readers hand it over, and what becomes of it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

#: Record kinds: WARC record types, plus "response" for every ARC record but its file header.
RecordKind = str

#: Media types cleaned as pages; everything else is counted as "not HTML".
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


@dataclass(frozen=True)
class ArchiveRecord:
    """One record: its WARC (or ARC) facts, the HTTP status and type, and the payload.

    ``payload`` is the HTTP body (transfer and content encodings removed); it is only read for
    records that may become pages (HTTP 200 responses with an HTML type), else it is ``b""``.
    ``offset`` is the byte position of the record in the archive file (compressed, for gzip).
    """

    kind: RecordKind
    offset: int
    record_id: str | None = None
    url: str | None = None
    date: datetime | None = None
    status: int | None = None
    content_type: str | None = None  #: the HTTP media type, lower case, without parameters
    charset: str | None = None  #: the charset parameter of the HTTP Content-Type
    payload: bytes = b""


@dataclass(frozen=True)
class Damage:
    """Bytes of an archive that could not be read: a truncated record or a corrupt gzip member.

    ``resumed_at`` is where reading went on (None: nothing readable followed).
    """

    offset: int
    reason: str
    resumed_at: int | None = None

    def describe(self) -> str:
        where = f"at byte {self.offset}"
        then = f"; reading resumed at byte {self.resumed_at}" if self.resumed_at is not None else ""
        return f"damaged {where}: {self.reason}{then}"


def skip_reason(record: ArchiveRecord) -> str | None:
    """Why a record is not a page ("request", "not HTML", "HTTP 404", ...), or None for a page."""
    if record.kind != "response":
        return record.kind
    if record.status != 200:
        return "error status" if record.status is not None else "no HTTP status"
    if record.content_type is None:
        return None if _looks_like_html(record.payload) else "not HTML"
    return None if record.content_type in HTML_TYPES else "not HTML"


def _looks_like_html(payload: bytes) -> bool:
    head = payload[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head


def split_content_type(value: str | None) -> tuple[str | None, str | None]:
    """``("text/html", "utf-8")`` from ``"text/html; charset=UTF-8"``; Nones when absent."""
    if not value:
        return None, None
    parts = value.split(";")
    media = parts[0].strip().lower() or None
    charset = None
    for param in parts[1:]:
        name, _, val = param.partition("=")
        if name.strip().lower() == "charset":
            charset = val.strip().strip("\"'").lower() or None
    return media, charset
