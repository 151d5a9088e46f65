"""FetchResult: what one fetch brought back, how to decode it, and how to save and reload it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from email.message import Message
from functools import cached_property
from typing import Any

from ..article import Article
from ..decode import decode_bytes
from ..errors import CleanwireError
from ..extract import extract

#: Response headers worth keeping with a saved page (lower-case names).
KEPT_HEADERS = (
    "content-type", "content-length", "content-encoding", "content-language", "date",
    "last-modified", "etag", "cache-control", "link", "x-robots-tag", "retry-after",
)


@dataclass(frozen=True)
class FetchResult:
    """A fetched page, byte for byte, with what the server said about it.

    ``declared_encoding`` is the charset of the Content-Type header (None if absent);
    ``detected_encoding`` is the encoding cleanwire's decoding policy chose for these bytes and
    that header (see :func:`cleanwire.decode.decode_bytes`; None for bytes that are no text).
    ``fetched_at`` is timezone-aware UTC; ``redirects`` lists the URLs that redirected, in
    order, before ``final_url``.
    """

    url: str
    final_url: str
    status: int
    headers: Mapping[str, str] = field(hash=False)  # a dict, left out of the hash
    content: bytes = field(repr=False)
    content_type: str | None
    declared_encoding: str | None
    detected_encoding: str | None
    fetched_at: datetime
    redirects: tuple[str, ...] = ()

    @classmethod
    def decoded(cls, **fields: Any) -> FetchResult:
        """A result whose ``detected_encoding`` is filled by the decoding policy, run once."""
        text: str | None
        try:
            text, encoding = decode_bytes(fields["content"], declared=fields.get("declared_encoding"))
        except CleanwireError:
            text = encoding = None
        result = cls(**fields, detected_encoding=encoding)
        if text is not None:
            result.__dict__["_text"] = text  # what decoding produced, kept: a page is decoded once
        return result

    @property
    def encoding(self) -> str | None:
        """The encoding the page is read with: what the decoding policy chose, else the label."""
        return self.detected_encoding or self.declared_encoding

    @cached_property
    def _text(self) -> str:
        return decode_bytes(self.content, declared=self.encoding)[0]

    @property
    def text(self) -> str:
        """The page decoded (BOM, then the header and ``<meta>`` labels that fit, then detection)."""
        return self._text

    def to_article(self) -> Article:
        """The clean article of this page (:func:`cleanwire.extract` with the final URL)."""
        return extract(self.text, url=self.final_url)

    def metadata(self) -> dict[str, Any]:
        """Everything but the bytes, JSON-ready (the sidecar ``cleanwire fetch`` writes)."""
        return {
            "url": self.url,
            "final_url": self.final_url,
            "status": self.status,
            "fetched_at": self.fetched_at.isoformat(),
            "content_type": self.content_type,
            "declared_encoding": self.declared_encoding,
            "detected_encoding": self.detected_encoding,
            "bytes": len(self.content),
            "redirects": list(self.redirects),
            "headers": dict(self.headers),
        }

    @classmethod
    def from_metadata(cls, meta: Mapping[str, Any], content: bytes) -> FetchResult:
        """Rebuild a result from a saved sidecar and page, e.g. to clean it again without fetching.

        The encoding is chosen again by the current decoding policy from the bytes and the
        saved header; the sidecar's ``detected_encoding`` may come from an older cleanwire.
        """
        return cls.decoded(
            url=meta["url"],
            final_url=meta.get("final_url") or meta["url"],
            status=int(meta.get("status", 200)),
            headers=dict(meta.get("headers") or {}),
            content=content,
            content_type=meta.get("content_type"),
            declared_encoding=meta.get("declared_encoding"),
            fetched_at=datetime.fromisoformat(meta["fetched_at"]),
            redirects=tuple(meta.get("redirects") or ()),
        )


def parse_content_type(value: str | None) -> tuple[str | None, str | None]:
    """``(mime type, charset)`` of a Content-Type header, both lower-case or None."""
    if not value:
        return None, None
    message = Message()
    message["content-type"] = value
    mime = message.get_content_type() if "/" in value.split(";", 1)[0] else None
    charset = message.get_param("charset")
    charset = charset if isinstance(charset, str) and charset.strip() else None
    return mime, (charset.strip().strip("\"'").lower() if charset else None)
