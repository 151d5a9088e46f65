"""The other fields of a generic dump: published, captions, related links (the headline is
:mod:`.headline`'s, the byline :mod:`.bylines`').

Each finder returns its value and the line indexes (into the page's non-blank lines) it used,
so the caller can label those lines. The search is local: around the headline for the
dateline, inside and beside the story for captions, after a heading for related links.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from ...article import RelatedLink
from ...blocks import Reason, Why
from ...document import Document
from ...lexicon.dates import ambiguous_order, from_date, page_month_first, parse_date
from ...lexicon.vocab import (
    CAPTION_MARK, CAPTION_MARK_KEYS, DATE_HINT, DATELINE_PREFIX, LEGAL_LINE, PICTURE_KIND, may_match,
)
from .features import Page

_DIGIT = re.compile(r"\d")
# How far from the headline (in non-blank lines) bylines and datelines are looked for.
_META_WINDOW = 12
_MAX_RELATED = 25
# A caption printed twice, once with a tail: the shorter copy has at least _TWIN_CHARS
# characters and the tail at most _TWIN_TAIL.
_TWIN_CHARS = 20
_TWIN_TAIL = 120
# A credit line under a caption has at most this many words.
_CREDIT_LINE_WORDS = 8
# An unlabelled dateline is mostly date: "28. April 2023, 19:50 Uhr", "Ann Lee - Nov 19, 2019 10:31
# pm CST" have at most this many words that are not numbers.
_DATELINE_WORDS = 5


def _other_words(words: tuple[str, ...]) -> int:
    return sum(1 for word in words if not word.isdigit())


@dataclass(frozen=True)
class Found:
    """A field's value and the lines it came from."""

    value: object
    lines: tuple[int, ...] = ()


def near_title(page: Page, title_at: int | None, story_start: int) -> range:
    """The lines where bylines and datelines sit: around the headline, before the story."""
    if title_at is None:
        return range(max(0, story_start - _META_WINDOW), min(len(page.texts), story_start + 3))
    end = max(title_at + _META_WINDOW, story_start + 3)
    return range(max(0, title_at - 3), min(len(page.texts), end))


def published(doc: Document, page: Page, near: range, tz: str | None = None, tail: range = range(0)) -> Found:
    """A dateline near the headline (with its time and zone), else one after the story that
    says what it is ("Datum 28.04.2023"), else the dump header's date.

    A date inside a longer line (a caption: "Soldiers near Bachmut, 24 April 2023") is no
    dateline unless the line opens with a dateline word.
    """
    header = from_date(doc.header_date, tz) if doc.header_date else None
    for k in [*near, *tail]:
        text = page.texts[k]
        # Every date has a digit: the cheap test spares DATE_HINT, which is slow.
        if len(text) > 160 or not _DIGIT.search(text):
            continue
        labelled = DATELINE_PREFIX.match(text)
        if not labelled and (k in tail or _other_words(page.words[k]) > _DATELINE_WORDS or not DATE_HINT.search(text)):
            continue
        value = parse_date(text, tz)
        if value is None:
            continue
        if ambiguous_order(text):
            # "05/04/2025": the order the header's date or the page's other dates say.
            other = parse_date(text, tz, month_first=True)
            if other is not None and (other.date() == header.date() if header is not None else
                                      _month_first(page)):
                value = other
        if header is None or value.date() == header.date():
            return Found(value, (k,))
        # A day off the header's is the same moment in another zone only when the line prints
        # a time; a date alone on another day is another date (a print edition's, the masthead's).
        if value.time() != time(0) and abs(value.date() - header.date()) <= timedelta(days=1):
            return Found(value, (k,))
    return Found(header)


def _month_first(page: Page) -> bool:
    return bool(page_month_first(page.texts))


def is_caption(page: Page, k: int, credits: list[bool]) -> bool:
    """A photo credit, a caption's label or photo button, a line printed twice in a row (the
    alt text and the caption; the caption may add a credit or a photo button to the alt text),
    or the line right above a credit line that names a photographer and an agency.

    ``credits``: every line's caption-credit feature (the features computed them).
    """
    text = page.texts[k]
    if len(text) > 400:
        return False
    texts = page.texts
    # Cheapest test first: the patterns cost most, and only lines passing a cheap key test run them.
    marked = (
        credits[k]
        or (k != page.title_at and (
            # Twins share their first character: most neighbours fail that before the call.
            (k > 0 and texts[k - 1][:1] == text[:1] and _twins(texts[k - 1], text))
            or (k + 1 < len(texts) and texts[k + 1][:1] == text[:1] and _twins(text, texts[k + 1]))
        ))
        or (may_match(text, CAPTION_MARK_KEYS) and CAPTION_MARK.search(text) is not None)
        or ("(" in text and PICTURE_KIND.search(text) is not None)
        or (k + 1 < len(texts) and credits[k + 1] and (
            # "... a vigil (" over "Image: Jane Doe)": the credit's bracket opens on the caption's line.
            text[-1:] == "(" or _credit_line(texts[k + 1], len(page.words[k + 1]))
        ))
    )
    # "© 2024 Example Media. All rights reserved", "Impressum": the page's footer, no caption
    # (tested last: the pattern is slow and few lines get this far).
    return marked and not LEGAL_LINE.search(text)


def _credit_line(text: str, words: int) -> bool:
    """A line that is only a photo credit naming two parties ("Jane Doe | Bloomberg | Getty
    Images", "Photo: Jane Doe, AP"), which sits under its caption. An agency's name alone ("dpa",
    "mit dpa", "Reuters") closes a story as often as a caption, and "[Source]" cites a source."""
    return words <= _CREDIT_LINE_WORDS and text[:1] != "[" and ("|" in text or "/" in text or "," in text)


def _twins(a: str, b: str) -> bool:
    """Two neighbouring lines that are one caption: the same text, or one the other plus a short
    tail (a credit, a photo button)."""
    if a == b:
        return True
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return len(short) >= _TWIN_CHARS and len(long) - len(short) <= _TWIN_TAIL and long.startswith(short)


def related(
    page: Page, free: list[bool], title_text: str | None, headings: list[bool], chrome: list[bool]
) -> tuple[list[RelatedLink], dict[int, Reason]]:
    """Links listed under related-list headings, among the lines not used by the story.

    ``headings`` and ``chrome`` flag the lines that match RELATED_HEADING and hold chrome
    words (the features computed them). Returns the links and a reason for each line used
    (the heading and its items).
    """
    links: list[RelatedLink] = []
    used: dict[int, Reason] = {}
    n = len(page.texts)
    for k in range(n):
        if not free[k] or not headings[k] or len(page.texts[k]) > 80:
            continue
        heading = page.texts[k].rstrip(" :»>›")
        used[k] = Reason(Why.RELATED_HEADING, "related group heading", "generic.dump")
        items = 0
        j = k + 1
        while j < n and free[j] and items < _MAX_RELATED:
            text = page.texts[j]
            words = len(page.words[j])
            if headings[j] or words > 30 or (words < 3 and not text[:1].isdigit()):
                break
            if words < 6 and chrome[j]:
                break
            if title_text is None or text != title_text:
                links.append(RelatedLink(text, None, heading))
                used[j] = Reason(Why.RELATED_ITEM, f"item of '{heading}'", "generic.dump")
                items += 1
            j += 1
    return links, used


def story_published_fallback(page: Page, tz: str | None = None) -> datetime | None:
    """Any dateline in the first lines of a page that has no headline and no header."""
    for k in range(min(len(page.texts), 60)):
        text = page.texts[k]
        if len(text) < 80 and _other_words(page.words[k]) <= _DATELINE_WORDS and DATE_HINT.search(text):
            value = parse_date(text, tz, month_first=ambiguous_order(text) and _month_first(page))
            if value:
                return value
    return None
