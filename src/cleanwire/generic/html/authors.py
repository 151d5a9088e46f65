"""Author names from metadata and bylines: people only, each once, "A and B" split.

Organisations and placeholders ("Staff", "Reuters Editorial", "Newsroom", a URL) are not
authors. The test is on shape and generic words, so it holds for sites never seen.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree
from lxml.html import HtmlElement

from ...names import fix_case, split_names
from .jsonld import resolve, text_of, types

_NOT_A_PERSON = re.compile(
    r"\b(?:staff|team|desk|editors?|editorial|newsroom|news|press|media|agency|agencies|wire|"
    r"service|services|inc|ltd|llc|gmbh|corp|corporation|company|group|network|magazine|"
    r"journal|times|post|daily|tribune|herald|gazette|online|official|admin|administrator|"
    r"webmaster|contributors?|organi[sz]ation|foundation|institute|association|society|"
    r"university|council|committee|redaktion|rédaction|redacción|redação|guest|anonymous|unknown)\b"
    r"|\.(?:com|org|net|co|de|fr|uk)\b|https?:|www\.|@",
    re.I,
)
_BYLINE_PREFIX = re.compile(r"^\s*(?:written\s+)?(?:by|von|par|por|oleh|di|door|av|af)\s*:?\s+", re.I)
_TRAILING_ROLE = re.compile(r"\s*[,|–—-]\s*(?:(?:senior|chief|staff|special|contributing|political|"
                            r"foreign|associate|deputy|managing)\s+)*(?:writer|reporter|editor|"
                            r"correspondent|columnist|contributor|producer).*$", re.I)
_DATE_TAIL = re.compile(r"\s*(?:[|,–—-]|\bon\b|\bupdated\b|\bpublished\b)\s*(?:\w+\s+)?\d.*$", re.I)
_LETTERS = re.compile(r"[^\W\d_]")
#: "Ann Lee (with Bo Park)": the names in brackets are co-authors, not a note.
_WITH = re.compile(r"\s*\(\s*(?:with|avec|mit|con|com|and|et|und|y|e)\s+([^)]*)\)", re.I)
#: "Written by A / Edited by B": only the writer is the author.
_OTHER_ROLE = re.compile(r"\s*\b(?:edited|photos?|photographs?|photography|illustrations?|illustrated|"
                         r"translated|graphics|video|images?|fact-checked|reviewed)\s+by\b.*$", re.I)
#: A date printed after the name with no separator ("By Ann Lee March 11, 2015").
_DATE_AFTER = re.compile(
    r"\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d"
    r"|\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}).*$",
    re.I,
)
#: "Mac & i", "AT&T": an ampersand next to a one- or two-letter word joins a brand, not names.
_BRAND_AMP = re.compile(r"(?:^|\s)\w{1,2}\s*&|&\s*\w{1,2}(?:\s|$)")
def person_names(text: str | None) -> list[str]:
    """The people named in a byline or author field ("By A and B" -> ["A", "B"])."""
    if not text:
        return []
    text = " ".join(text.split())
    text = _BYLINE_PREFIX.sub("", text)
    text = _WITH.sub(r", \1", _OTHER_ROLE.sub("", text))
    text = _TRAILING_ROLE.sub("", _DATE_AFTER.sub("", _DATE_TAIL.sub("", text)))
    if _BRAND_AMP.search(text):
        return []
    out = []
    for name in split_names(text):
        name = _BYLINE_PREFIX.sub("", name).strip(" .,:;|")
        if is_person(name):
            out.append(fix_case(name))
    return out


def is_person(name: str) -> bool:
    """A plausible personal name: one to five words of letters, no organisation words."""
    words = name.split()
    if not 1 <= len(words) <= 5 or len(name) > 60 or any(c.isdigit() for c in name):
        return False
    if not _LETTERS.search(name) or _NOT_A_PERSON.search(name):
        return False
    if len(words) == 1 and name.isascii() and len(name) < 3:
        return False
    return True


def inverted(text: str) -> str:
    """ "Jong, Michiel de" -> "Michiel de Jong": the "Surname, Given names" form of
    bibliographic fields (``dc.creator``, ``citation_author``); other text is returned as is."""
    parts = [p.strip() for p in text.split(",")]
    if len(parts) == 2 and all(1 <= len(p.split()) <= 3 for p in parts) and not re.search(r"\band\b|&", text):
        return f"{parts[1]} {parts[0]}"
    return text


def jsonld_authors(value: Any, nodes: list[dict[str, Any]]) -> list[str]:
    """People in a JSON-LD ``author``/``creator`` value; Organization nodes are skipped."""
    value = resolve(value, nodes)
    items = value if isinstance(value, list) else [value]
    out: list[str] = []
    for item in items:
        item = resolve(item, nodes)
        if isinstance(item, dict) and any("Organization" in t or "Corporation" in t for t in types(item)):
            continue
        out.extend(person_names(text_of(item)))
    return unique(out)


def unique(names: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(name.casefold(), name)
    return list(seen.values())


#: Meta keys naming the author, most specific first; the bibliographic ones use "Surname, Given".
AUTHOR_KEYS = ("author", "article:author", "dc.creator", "citation_author", "parsely-author",
               "sailthru.author", "byl", "twitter:creator")
_BIBLIOGRAPHIC = ("dc.creator", "citation_author")
#: One class/id word of a byline element ("byline", "post-author", "c-byline__name"); a
#: WordPress "tag-contributor" or "authority-control" is none.
_BYLINE_CLASS = re.compile(r"(?:^|\s)(?!tag-|category-)[\w-]*(?:byline|(?<![a-z])(?:author|writer|contributor)s?(?![a-z]))", re.I)
_NOT_BYLINE_CLASS = re.compile(r"bio|avatar|image|photo|more|other|related|comment", re.I)
_LINE_BREAKS = frozenset(("br", "p", "div", "li", "dd", "dt", "tr", "h1", "h2", "h3", "h4", "h5", "h6"))


def page_authors(root: HtmlElement, meta: dict[str, str], article: dict[str, Any] | None,
                 nodes: list[dict[str, Any]]) -> list[str]:
    """The people who wrote the story: JSON-LD, then meta tags, then the visible byline.

    Organisations are never returned as authors, even when a page names no person: users
    filter and count by author, and "Valley Media Group" is not one.
    """
    declared = (article.get("author") or article.get("creator")) if article else None
    authors = jsonld_authors(declared, nodes) if declared else []
    if not authors:
        authors = unique([n for key, part in _meta_values(meta) for n in person_names(
            inverted(part) if key in _BIBLIOGRAPHIC else part)])
    if not authors:
        authors = visible_authors(root)
    return [a for a in authors if is_person(a)]


def _meta_values(meta: dict[str, str]) -> list[tuple[str, str]]:
    """(key, value) of the author meta tags, the first key present only."""
    for key in AUTHOR_KEYS:
        raw = meta.get(key)
        if raw and not raw.startswith(("http", "@")):
            return [(key, part) for part in raw.split("\x1f")]
    return []


def _lines(el: HtmlElement) -> list[str]:
    """The element's text cut at ``<br>`` and block children, whitespace collapsed."""
    parts: list[str] = []
    for event, node in etree.iterwalk(el, events=("start", "end")):
        if node is not el and node.tag in _LINE_BREAKS:
            parts.append("\n")
        if event == "start" and node.text and isinstance(node.tag, str):
            parts.append(node.text)
        elif event == "end" and node is not el and node.tail:
            parts.append(node.tail)
    return [" ".join(line.split()) for line in "".join(parts).split("\n") if line.strip()]


def visible_authors(root: HtmlElement) -> list[str]:
    """Names in ``rel=author``/``itemprop=author`` elements, else in the first element classed
    "byline"/"author" that names someone: its first line that does (a date or an editor
    printed on the next line is not part of it)."""
    for el in root.xpath('//*[@rel="author" or @itemprop="author" or @itemprop="creator"]')[:6]:
        name_el = el.xpath('.//*[@itemprop="name"]')
        text = (name_el[0].get("content") or name_el[0].text_content()) if name_el else el.text_content()
        names = person_names(text)
        if names:
            return names
    for count, el in enumerate(root.iter()):
        if count > 20000:
            break
        words = f"{el.get('class') or ''} {el.get('id') or ''}"
        if len(words) < 6 or not _BYLINE_CLASS.search(words) or _NOT_BYLINE_CLASS.search(words):
            continue
        if len(el.text_content()) > 300:  # a container holding the byline and much more
            continue
        for line in _lines(el)[:4]:
            names = person_names(line) if 3 <= len(line) <= 100 else []
            if names:
                return names
    return []
