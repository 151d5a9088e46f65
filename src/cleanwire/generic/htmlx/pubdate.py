"""The publication time of a page, in order of trust: JSON-LD, meta tags, ``<time>``,
a visible dateline, the URL. Always timezone-aware (UTC when the page names no zone).
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from lxml.html import HtmlElement

from ...dates import parse_date

#: Meta names/properties that carry the publication time, most specific first.
META_KEYS = (
    "article:published_time", "og:article:published_time", "og:published_time", "published_time",
    "datepublished", "article.published", "parsely-pub-date", "sailthru.date", "pubdate",
    "publishdate", "publish-date", "publish_date", "article_date_original", "date.release",
    "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "dc.date.created",
    "citation_publication_date", "citation_date", "citation_online_date", "date", "created",
    "originalpublicationdate", "displaydate", "cxenseparse:recs:publishtime", "article:modified_time",
)
_DATELINE_CLASS = re.compile(r"date|time|publish|posted|dateline|byline|meta|timestamp", re.I)
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|[-_.]|$)")
_URL_COMPACT = re.compile(r"/((?:19|20)\d{2})(\d{2})(\d{2})(?:/|[-_.]|$)")


def _parse(value: Any) -> datetime | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if not isinstance(value, str) or not value.strip():
        return None
    return parse_date(value.strip()[:200])


def from_jsonld(article: dict[str, Any] | None, nodes: list[dict[str, Any]]) -> datetime | None:
    candidates = [article] if article else []
    candidates += [n for n in nodes if n is not article]
    for node in candidates:
        for key in ("datePublished", "dateCreated", "uploadDate"):
            found = _parse(node.get(key))
            if found:
                return found
    return None


def from_meta(meta: dict[str, str]) -> datetime | None:
    for key in META_KEYS:
        found = _parse(meta.get(key))
        if found:
            return found
    return None


def from_time_elements(root: HtmlElement) -> datetime | None:
    """``<time datetime>``: one marked as the publication time first, else the first one."""
    first: datetime | None = None
    for el in root.iter("time"):
        value = el.get("datetime") or ""
        found = _parse(value) or _parse(el.text_content())
        if not found:
            continue
        marks = " ".join(filter(None, (el.get("itemprop"), el.get("class"), el.get("pubdate"), el.get("id"))))
        if el.get("pubdate") is not None or re.search(r"publish|pubdate|created", marks, re.I):
            return found
        if first is None:
            first = found
    return first


def from_visible(root: HtmlElement, limit: int = 400) -> datetime | None:
    """A dateline: the first short element whose class says date/time and whose text is one."""
    for count, el in enumerate(root.iter("span", "div", "p", "li", "small", "abbr", "em")):
        if count > limit * 10:
            break
        cls = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('itemprop') or ''}"
        if not _DATELINE_CLASS.search(cls):
            continue
        text = " ".join(el.text_content().split())
        if 6 <= len(text) <= 120:
            found = parse_date(text) or _parse(el.get("title")) or _parse(el.get("content"))
            if found:
                return found
    return None


def from_url(url: str | None) -> datetime | None:
    if not url:
        return None
    match = _URL_DATE.search(url) or _URL_COMPACT.search(url)
    if not match:
        return None
    return parse_date(f"{match.group(1)}-{int(match.group(2)):02d}-{int(match.group(3)):02d}")


def published(root: HtmlElement, meta: dict[str, str], article: dict[str, Any] | None,
              nodes: list[dict[str, Any]], url: str | None) -> datetime | None:
    return (from_jsonld(article, nodes) or from_meta(meta) or from_time_elements(root)
            or from_visible(root) or from_url(url))
