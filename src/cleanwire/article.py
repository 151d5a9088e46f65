"""The Article type: the one shape every extractor returns and every writer reads."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any

_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class RelatedLink:
    """A link the page lists next to the story ("More in ...", "Related Stories").

    ``url`` is None when the input does not carry one (text dumps); ``group`` is the
    heading the link sat under, as printed on the page.
    """

    title: str
    url: str | None = None
    group: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "url": self.url, "group": self.group}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RelatedLink:
        return cls(title=data["title"], url=data.get("url"), group=data.get("group"))


@dataclass(frozen=True)
class Article:
    """A clean news article. All sequences are tuples so an Article is hashable and frozen.

    ``body`` is derived from ``paragraphs`` (joined by one blank line) and is not stored.
    """

    title: str | None = None
    paragraphs: tuple[str, ...] = ()
    url: str | None = None
    site: str | None = None
    authors: tuple[str, ...] = ()
    published: datetime | None = None
    section: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    captions: tuple[str, ...] = ()
    related: tuple[RelatedLink, ...] = ()
    language: str | None = None
    extractor: str = "generic"
    canonical_url: str | None = None

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with a stable key order; ``body`` is included for readers."""
        return {
            "url": self.url,
            "site": self.site,
            "title": self.title,
            "authors": list(self.authors),
            "published": self.published.isoformat() if self.published else None,
            "section": list(self.section),
            "tags": list(self.tags),
            "language": self.language,
            "body": self.body,
            "paragraphs": list(self.paragraphs),
            "captions": list(self.captions),
            "related": [link.to_dict() for link in self.related],
            "extractor": self.extractor,
            "canonical_url": self.canonical_url,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Inverse of :meth:`to_dict`; ``body`` is ignored because it is derived."""
        known = {f.name for f in fields(cls)} | {"body"}
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"unknown Article fields: {sorted(unknown)}")
        published = data.get("published")
        return cls(
            url=data.get("url"),
            site=data.get("site"),
            title=data.get("title"),
            authors=tuple(data.get("authors") or ()),
            published=datetime.fromisoformat(published) if published else None,
            section=tuple(data.get("section") or ()),
            tags=tuple(data.get("tags") or ()),
            language=data.get("language"),
            paragraphs=tuple(data.get("paragraphs") or ()),
            captions=tuple(data.get("captions") or ()),
            related=tuple(RelatedLink.from_dict(item) for item in data.get("related") or ()),
            extractor=data.get("extractor", "generic"),
            canonical_url=data.get("canonical_url"),
        )

    def to_json(self, *, indent: int | None = 2) -> str:
        """JSON text; lone surrogates (possible in hand-made Articles) are written as \\u escapes,
        so the text always encodes to UTF-8 and reads back to the same Article."""
        text = json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)
        return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)

    @classmethod
    def from_json(cls, text: str) -> Article:
        return cls.from_dict(json.loads(text))
