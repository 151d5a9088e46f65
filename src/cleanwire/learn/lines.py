"""A page as the learner sees it: its lines (dump lines or HTML text blocks), hashed.

Learning keeps hashes and counts, not pages: :func:`line_key` turns a line into a stable
63-bit number (the same in every process and run), and :func:`grouping_keys` picks the few
hundred short lines of a page that can be template (navigation, footer, widget headings).
:func:`read_sample` reads a page the way a site definition reads it (``sitekit.Context``), so
what is learned from a page lines up with what a learned rule later sees.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from hashlib import blake2b
from urllib.parse import urlsplit

from ..document import Document
from ..generic.html.segment import PathNamer, segments
from ..generic.html.tree import parse_html
from ..generic.text.lines import MAX_LINES
from ..lexicon.normalise import fold
from ..sitekit.context import Context

#: Lines of more words than this are story text, captions or teasers: never template.
SHORT_WORDS = 12
#: At most this many grouping keys per page (its first and last short lines win): memory stays
#: bounded on huge pages.
MAX_KEYS = 256
_SENTENCE_END = re.compile(r"[.!?。！？…:;][\"'”’)\]»«]*$")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def line_key(text: str) -> int:
    """A stable 63-bit hash of one line (whitespace already collapsed)."""
    return int.from_bytes(blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "big") >> 1


def word_count(text: str) -> int:
    """Words of a line; scripts written without spaces count one word per two characters."""
    n = text.count(" ") + 1
    if n < 4 and len(text) > 12 and _CJK.search(text):
        return len(text) // 2
    return n


def is_prose(text: str, words: int | None = None) -> bool:
    """A line that reads as story text: a long line, or a sentence of several words."""
    n = word_count(text) if words is None else words
    return n >= 20 or (n >= 8 and bool(_SENTENCE_END.search(text)))


def grouping_keys(texts: list[str]) -> list[int]:
    """The keys of the distinct short lines of a page, at most :data:`MAX_KEYS` of them."""
    seen: dict[str, None] = {}
    for text in texts:
        if text.count(" ") < SHORT_WORDS and len(text) > 1 and not text.isdigit():
            seen.setdefault(text, None)
    short = list(seen)
    if len(short) > MAX_KEYS:
        half = MAX_KEYS // 2
        short = short[:half] + short[-half:]
    return [line_key(text) for text in short]


def host_of(url: str | None) -> str | None:
    """The host of a URL without a leading "www.", lower-case; None when there is none."""
    if not url:
        return None
    try:
        host = (urlsplit(url.strip()).hostname or "").lower().rstrip(".")
    except ValueError:
        return None
    host = host[4:] if host.startswith("www.") else host
    return host or None


#: Where a page says its address. og:url first: a syndicated story's canonical link names the
#: paper it came from, og:url the site that serves it (whose template the page has).
_OWN_URL = ("//meta[@property='og:url']/@content", "//link[@rel='canonical']/@href")


def quick_lines(doc: Document) -> tuple[list[str], str | None]:
    """The page's lines and the URL it declares (HTML canonical or og:url), cheaply: no
    metadata and no labels, only what grouping needs."""
    if doc.kind != "html":
        return [line for line in doc.lines[:MAX_LINES] if line], doc.url
    root = parse_html(doc.text)
    url = doc.url
    for query in () if url else _OWN_URL:
        url = next((str(v).strip() for v in root.xpath(query) if str(v).strip().startswith("http")), None)
        if url:
            break
    segs, _ = segments(root)
    return [seg.text for seg in segs], url


@dataclass
class SampleLine:
    """One line of a sample page with what the learner counts about it."""

    text: str
    #: Equal for equal lines within one process (not stable across processes).
    key: int
    words: int
    prose: bool
    #: HTML: the element path parts from the root ("div.article-body", "p"), else ().
    path: tuple[str, ...] = ()
    #: HTML: the share of the line's characters that are link text.
    links: float = 0.0


@dataclass
class SamplePage:
    """A page read for learning: its lines, where its headline is, and what it declares."""

    kind: str
    lines: list[SampleLine]
    headline: int | None
    url: str | None
    site_name: str | None


def read_sample(doc: Document) -> SamplePage:
    """Read ``doc`` as a site definition would (the same lines as ``sitekit.Context``)."""
    ctx = Context.read(doc, None)
    namer = PathNamer(levels=400) if ctx.elements is not None else None
    lines = []
    for i, text in enumerate(ctx.texts):
        words = word_count(text)
        path: tuple[str, ...] = ()
        links = 0.0
        if namer is not None and ctx.page is not None:
            seg = ctx.page.segments[i]
            path = namer.parts(seg.element)
            links = seg.link_density
        # Keys only compare lines learned from in this process: the built-in hash is enough.
        lines.append(SampleLine(text, hash(text), words, is_prose(text, words), path, links))
    wanted = fold(ctx.meta_title)
    headline = next((i for i, line in enumerate(lines) if wanted and fold(line.text) == wanted), None)
    if headline is None and wanted:
        # Sites add " | Site" to the declared title: a printed line it starts with counts.
        headline = next((i for i, line in enumerate(lines)
                         if len(line.text) >= 15 and line.words >= 3 and wanted.startswith(fold(line.text))), None)
    url = doc.url or (ctx.page.meta.canonical_url if ctx.page is not None else None)
    site = ctx.page.meta.site if ctx.page is not None else None
    return SamplePage(doc.kind, lines, headline, url, site)
