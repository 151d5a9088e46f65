"""The publication time of a page, in order of trust: JSON-LD, meta tags, ``<time>``,
a visible dateline, the URL.

Always timezone-aware: a time printed with an offset keeps that offset (never converted to
UTC: the calendar day must stay the page's own); a time printed without one gets the
caller's default zone (a site's city), else UTC.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, tzinfo
from typing import Any

from lxml.html import HtmlElement

from ...lexicon.dates import month_first, parse_date, zone

#: Meta names/properties that carry the publication time, most specific first.
META_KEYS = (
    "article:published_time", "og:article:published_time", "og:published_time", "published_time",
    "datepublished", "article.published", "parsely-pub-date", "sailthru.date", "pubdate",
    "publishdate", "publish-date", "publish_date", "article_date_original", "date.release",
    "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "dc.date.created",
    "citation_publication_date", "citation_date", "citation_online_date", "date", "created",
    "originalpublicationdate", "displaydate", "cxenseparse:recs:publishtime", "article:modified_time",
)
#: Class words of a dateline, English and the words for "date" in other languages
#: ("tarih", "datum", "fecha").
DATELINE_CLASS = re.compile(r"date|time|publish|posted|dateline|byline|meta|timestamp|tarih|datum|fecha", re.I)
#: A dateline told by its words rather than its class ("Posted by A on 2019-02-15"), or by a
#: label printed before the date ("<li><strong>Datum</strong> 28.04.2023</li>").
_DATELINE_TEXT = re.compile(r"^\s*(?:posted|published|written|submitted|updated|veröffentlicht|publié|"
                            r"publicado|pubblicato|gepubliceerd|date|datum|fecha|tarih|dato)\b", re.I)
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|[-_.]|$)")
_URL_COMPACT = re.compile(r"/((?:19|20)\d{2})(\d{2})(\d{2})(?:/|[-_.]|$)")


class Reader:
    """Parses date strings for one page: its default zone and its day/month order."""

    def __init__(self, language: str | None = None, tz: str | tzinfo | None = None) -> None:
        self.month_first = month_first(language)
        self.tz = zone(tz) if isinstance(tz, str) else tz

    def __call__(self, value: Any) -> datetime | None:
        if isinstance(value, list):
            value = value[0] if value else None
        if not isinstance(value, str) or not value.strip():
            return None
        return parse_date(value.strip()[:200], self.tz, month_first=self.month_first)


def from_jsonld(article: dict[str, Any] | None, nodes: list[dict[str, Any]], _parse: Reader) -> datetime | None:
    candidates = [article] if article else []
    candidates += [n for n in nodes if n is not article]
    for node in candidates:
        for key in ("datePublished", "dateCreated", "uploadDate"):
            found = _parse(node.get(key))
            if found:
                return found
    return None


def meta_key(key: str) -> str:
    """A meta name as a comparison key: "article:published:time", "article_published_time"
    and "article:published_time" are the same name spelt three ways."""
    return "".join(c for c in key.casefold() if c.isalnum())


_META_ORDER = {meta_key(key): rank for rank, key in reversed(list(enumerate(META_KEYS)))}


def from_meta(meta: dict[str, str], _parse: Reader) -> datetime | None:
    for key in META_KEYS:
        found = _parse(meta.get(key))
        if found:
            return found
    # The same names with other separators, in the same order of trust.
    spelt = sorted((_META_ORDER[k], key) for key in meta if (k := meta_key(key)) in _META_ORDER and key not in META_KEYS)
    for _, key in spelt:
        found = _parse(meta.get(key))
        if found:
            return found
    return None


def from_time_elements(root: HtmlElement, _parse: Reader) -> datetime | None:
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


def from_visible(root: HtmlElement, _parse: Reader, limit: int = 4000) -> datetime | None:
    """A dateline: the first short element whose class says date/time, or whose text starts
    with "Posted"/"Published", and whose text holds a date."""
    for count, el in enumerate(root.iter("span", "div", "p", "li", "small", "abbr", "em", "dd", "cite", "header")):
        if count > limit:
            break
        cls = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('itemprop') or ''}"
        if not DATELINE_CLASS.search(cls) and not _DATELINE_TEXT.match(el.text or ""):
            # The label may sit in a first child of its own ("<strong>Datum</strong>").
            first = el[0] if len(el) and not (el.text or "").strip() else None
            if first is None or not isinstance(first.tag, str) or not _DATELINE_TEXT.match(first.text or ""):
                continue
        text = " ".join(el.text_content().split())
        if 6 <= len(text) <= 160:
            found = _parse(text) or _parse(el.get("title")) or _parse(el.get("content"))
            if found:
                return found
    return None


#: A data attribute that holds the publication time ("data-publish-date", "data-deploy-dt",
#: "data-pubdate"); one for the modification time ("data-re-deploy-dt") is none.
_DATA_DATE = re.compile(r"^data-(?:[a-z]+-)*?(?:publish(?:ed)?|pub|deploy(?:ed)?|release[ds]?|first-?publish(?:ed)?)"
                        r"(?:-?(?:date|dt|time|datetime|at|on))?$", re.I)


def from_data_attributes(root: HtmlElement, _parse: Reader) -> datetime | None:
    """A publication time that a script reads from a ``data-`` attribute, the first one."""
    for value in root.xpath("//@*[starts-with(name(), 'data-')]"):
        name = value.attrname
        if _DATA_DATE.match(name) and not re.search(r"(?:^|-)(?:re|mod|modified|update[ds]?)-", name):
            found = _parse(str(value))
            if found:
                return found
    return None


def from_url(url: str | None, _parse: Reader) -> datetime | None:
    if not url:
        return None
    match = _URL_DATE.search(url) or _URL_COMPACT.search(url)
    if not match:
        return None
    return _parse(f"{match.group(1)}-{int(match.group(2)):02d}-{int(match.group(3)):02d}")


def published(root: HtmlElement, meta: dict[str, str], article: dict[str, Any] | None,
              nodes: list[dict[str, Any]], url: str | None, language: str | None = None,
              tz: str | tzinfo | None = None) -> datetime | None:
    """The publication time; ``language`` settles 5/8/2014, ``tz`` is for times with no zone."""
    read = Reader(language, tz)
    marked = [d for d in (from_jsonld(article, nodes, read), from_meta(meta, read), from_time_elements(root, read)) if d]
    if marked:
        return local(marked)
    return from_visible(root, read) or from_data_attributes(root, read) or from_url(url, read)


def local(found: list[datetime]) -> datetime:
    """The most trusted time, but printed in the page's own offset when it is given in UTC
    and another source gives the same instant with a local offset (JSON-LD in UTC, the
    ``article:published_time`` meta in Pacific time: the calendar day is the Pacific one)."""
    best = found[0]
    if best.utcoffset() != timedelta(0):
        return best
    for other in found[1:]:
        if other.utcoffset() not in (None, timedelta(0)) and abs(other - best) < timedelta(minutes=1):
            return other
    return best
