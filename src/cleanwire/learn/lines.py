"""A page as the learner sees it: its lines (dump lines or HTML text blocks), hashed.

Learning keeps hashes and counts, not pages: :func:`line_key` turns a line into a stable
63-bit number (the same in every process and run), and :func:`grouping_keys` picks the few
hundred short lines of a page that can be template (navigation, footer, widget headings).
:func:`read_sample` reads a page the way a site definition reads it (``sitekit.Context``), so
what is learned from a page lines up with what a learned rule later sees.
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar
from hashlib import blake2b
from urllib.parse import urlsplit

from ..decode import decode_bytes
from ..document import Document, looks_like_html
from ..generic.html.segment import PathNamer, segments
from ..generic.html.tree import DEEP, parse_flat, parse_html
from ..generic.text.lines import MAX_LINES
from ..lexicon.normalise import fold

T = TypeVar("T")
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


def half(pages: Sequence[object], least: int = 1) -> int:
    """Half the pages learned from, rounded up, and at least ``least``: a shape that is evident
    on the page that shows it is learned from that many."""
    return max(least, math.ceil(len(pages) / 2))


def shown_on(shown: Iterable[bool], need: int) -> int:
    """How many pages show a shape when ``need`` or more do (the evidence a rule keeps); 0
    (not learned) otherwise."""
    count = sum(1 for flag in shown if flag)
    return count if count >= need else 0


def is_title_like(text: str) -> bool:
    """A short line that does not end a sentence (a title, a question as a title)."""
    return text.count(" ") < 19 and not text.rstrip("\"'”’)»").endswith((".", "!", ":"))


_INNER_END = re.compile(r"\w\w[.!?]\s+\S")


def is_teaser_text(text: str) -> bool:
    """Prose that can open a story (a standfirst): not shaped like a title, or more than one
    sentence (a standfirst may end in a question; a title is one sentence)."""
    return is_prose(text) and (not is_title_like(text) or bool(_INNER_END.search(text)))


#: A line that is only a date and time of day ("23. 12. 2024 13:31", "včera 14:40"): under a
#: title inside a story, it dates a teaser of another story.
_TIMESTAMP = re.compile(r"^(?:[^\s:]+\s){0,3}\d{1,2}:\d{2}$")


def is_timestamp(text: str) -> bool:
    """A line that is only a date and a time of day."""
    return bool(_TIMESTAMP.match(text))


#: A headline is printed again at most this many lines below it...
AGAIN_WITHIN = 12
#: ...with at most this many short lines (a subtitle, a byline) under it before the story.
HEADER_LINES = 3


def again_below(lines: Sequence[T], h: int, text: Callable[[T], str], prose: Callable[[T], bool]) -> list[int]:
    """The short lines under the headline (line ``h``) printed again below it and above the
    story's first prose; [] when it is not printed again so."""
    again = [j for j in range(h + 1, min(len(lines), h + 1 + AGAIN_WITHIN)) if text(lines[j]) == text(lines[h])]
    if not again:
        return []
    short: list[int] = []
    for k in range(again[-1] + 1, min(len(lines), again[-1] + 2 + HEADER_LINES)):
        if prose(lines[k]):
            return short
        short.append(k)
    return []


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


#: Text between tags, up to 300 characters (longer runs are scripts' data or story text).
_TEXT = re.compile(r">([^<>]{1,300})<")
_TAG = re.compile(r"<(meta|link)\b([^>]*)>", re.I)
_ATTR = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")


def head_tags(text: str) -> dict[str, str]:
    """The page's ``<meta>`` contents by property or name, and ``canonical`` (a link), read
    with regular expressions from the head: no parse."""
    found: dict[str, str] = {}
    for tag, raw in _TAG.findall(text[:300_000]):
        attrs = {m.group(1).lower(): m.group(2) or m.group(3) or m.group(4) or "" for m in _ATTR.finditer(raw)}
        if tag.lower() == "link" and attrs.get("rel", "").lower() == "canonical":
            found.setdefault("canonical", attrs.get("href", ""))
        key = (attrs.get("property") or attrs.get("name") or "").lower()
        if tag.lower() == "meta" and key and "content" in attrs:
            found.setdefault(key, html.unescape(attrs["content"]).strip())
    return found


def declared_url(tags: dict[str, str]) -> str | None:
    """Where a page says it lives. og:url first: a syndicated story's canonical link names the
    paper it came from, og:url the site that serves it (whose template the page has)."""
    for key in ("og:url", "canonical"):
        url = tags.get(key, "").strip()
        if url.startswith("http"):
            return url
    return None


def quick_lines(doc: Document) -> tuple[list[str], str | None]:
    """The page's lines and its URL (given, else the one it declares), cheaply: for HTML the
    text between tags by regular expression (no parse), which is all grouping needs."""
    return _quick(doc.text, doc.kind, doc.url)


def quick_read(data: bytes, url: str | None, encoding: str | None = None) -> tuple[str, list[str], str | None]:
    """``(kind, lines, url)`` of raw page bytes for grouping: decoded, not normalised (pages
    are only compared with each other here)."""
    text, _ = decode_bytes(data, declared=encoding)
    kind = "html" if looks_like_html(text) else "dump"
    lines, found = _quick(text, kind, url)
    return kind, lines, found


def _quick(text: str, kind: str, url: str | None) -> tuple[list[str], str | None]:
    if kind != "html":
        return [" ".join(line.split()) for line in text.splitlines()[:MAX_LINES]], url
    texts = [" ".join(html.unescape(t).split()) for t in _TEXT.findall(text)]
    return [t for t in texts if t], url or declared_url(head_tags(text))


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
    #: Dumps: printed right under the line before it (no blank line between).
    joined: bool = False


@dataclass
class SamplePage:
    """A page read for learning: its lines, where its headline is, and what it declares."""

    kind: str
    lines: list[SampleLine]
    headline: int | None
    url: str | None
    site_name: str | None


def read_sample(doc: Document) -> SamplePage:
    """Read ``doc`` as a site definition reads it: the same lines as ``sitekit.Context`` (dump
    lines, or the generic reader's text blocks), without the page metadata a site reads."""
    if doc.kind == "html":
        return _read_html(doc)
    raw = doc.lines[:MAX_LINES]
    filled = [i for i, line in enumerate(raw) if line]
    lines = [_sample(raw[i]) for i in filled]
    for k in range(1, len(filled)):
        lines[k].joined = filled[k] == filled[k - 1] + 1
    return SamplePage(doc.kind, lines, _headline(lines, doc.header_title), doc.url, title_suffix(doc.header_title))


_SUFFIX = re.compile(r"\s(?:\||-|–|—|::|·)\s([^|–—:·]{2,60})$")


def title_suffix(title: str | None) -> str | None:
    """The part after the last " | " (or " - ", " – "...) of a declared title: most sites put
    their name there ("Houseplants for your kitchen | Mirror")."""
    found = _SUFFIX.search(title or "")
    return found.group(1).strip() if found else None


def _sample(text: str, path: tuple[str, ...] = (), links: float = 0.0) -> SampleLine:
    words = word_count(text)
    # Keys only compare lines learned from in this process: the built-in hash is enough.
    return SampleLine(text, hash(text), words, is_prose(text, words), path, links)


def _read_html(doc: Document) -> SamplePage:
    root = parse_html(doc.text)
    segs, depth = segments(root)
    if depth >= DEEP:  # as the generic reader does
        root = parse_flat(doc.text)
        segs, _ = segments(root)
    tags = head_tags(doc.text)
    # The printed headline: the first <h1>, else the line equal to the declared title.
    headline = next((i for i, seg in enumerate(segs) if seg.tag == "h1" and seg.words >= 2), None)
    lines = [_sample(seg.text, (), seg.link_density) for seg in segs]
    if headline is None:
        headline = _headline(lines, tags.get("og:title"))
    # Element paths are learned from for story text and the standfirst only: only those
    # lines get one (walking up from every block costs more than the rest of the read).
    namer = PathNamer(levels=400)
    near = range(headline + 1, headline + 8) if headline is not None else range(0)
    for i, line in enumerate(lines):
        if line.prose or i in near:
            line.path = namer.parts(segs[i].element)
    return SamplePage("html", lines, headline, doc.url or declared_url(tags), tags.get("og:site_name") or None)


def _headline(lines: list[SampleLine], title: str | None) -> int | None:
    wanted = fold(title)
    if not wanted:
        return None
    found = next((i for i, line in enumerate(lines) if fold(line.text) == wanted), None)
    if found is None:
        # Sites add " | Site" to the declared title: a printed line it starts with counts.
        found = next((i for i, line in enumerate(lines)
                      if len(line.text) >= 15 and line.words >= 3 and wanted.startswith(fold(line.text))), None)
    return found
