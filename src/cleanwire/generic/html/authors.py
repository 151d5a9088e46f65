"""Author names from metadata and bylines: people only, each once, "A and B" split.

Organisations and placeholders ("Staff", "Reuters Editorial", "Newsroom", a URL) are not
authors. The test is on shape and generic words, so it holds for sites never seen.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any, cast

from lxml import etree
from lxml.html import HtmlElement

from ...lexicon.credits import credits, is_agency
from ...lexicon.people import AUTHOR_LABEL, inverted, is_organisation, is_placeholder, is_person, organisation_credit, person_names, unique
from ...lexicon.dates import parse_date
from .jsonld import resolve, text_of, types
from .pubdate import DATELINE_CLASS

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


#: Meta keys naming the author, most specific first; the bibliographic ones use "Surname, Given".
AUTHOR_KEYS = ("author", "article:author", "dc.creator", "citation_author", "parsely-author",
               "sailthru.author", "byl", "articleauthor", "twitter:creator")
_BIBLIOGRAPHIC = ("dc.creator", "citation_author")
#: One class/id word of a byline element ("byline", "post-author", "c-byline__name",
#: "topAttributionWithDate"); a
#: WordPress "tag-contributor" or "authority-control" is none.
_BYLINE_CLASS = re.compile(r"(?:^|\s)(?!tag-|category-)[\w-]*(?:byline|attribution|(?<![a-z])(?:author|writer|contributor)s?(?![a-z]))", re.I)
#: Author boxes that are no byline of this story: bios, avatars, teasers of other stories.
_NOT_BYLINE_CLASS = re.compile(r"bio|avatar|image|photo|more|other|related|comment|teaser|appetizer|(?<![a-z])card|recommend", re.I)
#: How many more people the printed byline may credit than the metadata does.
_MORE_PRINTED = 2
#: Elements marked as the author (``rel=author``, ``itemprop=author``/``creator``), in
#: document order. Walking the attribute axis is twice as fast in libxml2 as testing a
#: predicate on every element (``//*[@rel="author" or ...]``), for the same node-set.
_MARKED = etree.XPath('//@rel[.="author"]/.. | //@itemprop[.="author" or .="creator"]/..')


def marked_elements(root: HtmlElement) -> list[HtmlElement]:
    """The page's elements marked as the author, in document order (:data:`_MARKED`)."""
    return cast("list[HtmlElement]", _MARKED(root))


_LINE_BREAKS = frozenset(("br", "p", "div", "li", "dd", "dt", "tr", "h1", "h2", "h3", "h4", "h5", "h6"))


def page_authors(root: HtmlElement, meta: dict[str, str], article: dict[str, Any] | None,
                 nodes: list[dict[str, Any]], site_names: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """Who the page credits: the people who wrote the story (JSON-LD, then meta tags, then the
    visible byline); when it names no person, the organisation it credits (an agency, a
    newsroom: "Associated Press", "dpa").

    ``site_names`` are the site's own names, compacted (:func:`compact`): a credit that is
    only the site's name is no author unless the page prints it in a byline.
    """
    declared = (article.get("author") or article.get("creator")) if article else None
    authors = jsonld_authors(declared, nodes) if declared else []
    if not authors:
        authors = unique([n for key, part in _meta_values(meta) for n in person_names(
            inverted(part) if key in _BIBLIOGRAPHIC else part)])
    # A JSON-LD Person named like the site is the writer of a site named after them (a blog).
    persons = {compact(a) for a in _typed_persons(declared, nodes)} if declared else set()
    people = [a for a in authors if is_person(a) and (compact(a) not in site_names or compact(a) in persons)]
    if people:
        # The byline may credit more people than the metadata: all of them, as printed.
        printed = unique([name for names in marked_authors(root, story=True) for name in names])
        keys = {compact(name) for name in printed}
        if len(people) < len(printed) <= len(people) + _MORE_PRINTED and all(compact(a) in keys for a in people):
            people = printed
        return people + declared_agencies(declared, nodes, meta, site_names)
    people = [a for a in visible_authors(root) if is_person(a) and compact(a) not in site_names]
    return people or credited_organisations(root, meta, declared, nodes, site_names) or names_beside_dateline(root)


def _typed_persons(value: Any, nodes: list[dict[str, Any]]) -> list[str]:
    """The names of the JSON-LD ``author`` items typed Person."""
    value = resolve(value, nodes)
    items = [resolve(item, nodes) for item in (value if isinstance(value, list) else [value])]
    return [text_of(item) or "" for item in items if isinstance(item, dict) and "Person" in types(item)]


def declared_agencies(declared: Any, nodes: list[dict[str, Any]], meta: dict[str, str],
                      site_names: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """The news agencies the declared author credits beside its people ("Ann Lee, dpa", an
    Organization "SDA" next to a Person): credited too, after the people."""
    items = resolve(declared, nodes) if declared else []
    texts = [text_of(resolve(item, nodes)) for item in (items if isinstance(items, list) else [items])]
    if not any(texts):
        texts = [part for _, part in _meta_values(meta, people=False)]
    found = [name for text in texts if text for name in credits(text)[1]]
    return unique([name for name in found if is_agency(name) and compact(name) not in site_names])


def compact(name: str) -> str:
    """A name as a comparison key: case-folded letters and digits only ("n-tv.de" -> "ntvde")."""
    return "".join(c for c in name.casefold() if c.isalnum())


def credited_organisations(root: HtmlElement, meta: dict[str, str], declared: Any,
                           nodes: list[dict[str, Any]], site_names: set[str] | frozenset[str]) -> list[str]:
    """Organisations credited as author: JSON-LD ``author``, the author meta tags, the visible
    byline, in that order. The site's own name counts only when a byline prints it."""
    # "By Euronews with Agencies", "von Landesspiegel": what a byline prints after its prefix.
    printed = [found for text in byline_texts(root) if (found := organisation_credit(text) or next(
        (name for name in credits(text)[1] if not is_placeholder(name)), None))]
    printed_keys = {compact(name) for name in printed}
    declared_items = resolve(declared, nodes) if declared else []
    declared_names = [text_of(resolve(item, nodes)) for item in
                      (declared_items if isinstance(declared_items, list) else [declared_items])]
    meta_names = [part for _, part in _meta_values(meta)]
    # The meta tags' organisations count when they credit one ("Anadolu Ajansı", not "admin"),
    # never a value holding a URL ("Jane Doe (http://example.org/jane)").
    meta_names += [found for _, part in _meta_values(meta, people=False)
                   if "http" not in part and "www." not in part and (found := organisation_credit(part))]
    for name in [n for n in declared_names + meta_names if n] + printed:
        found = organisation_credit(name) or (name if is_organisation(name) or name in printed else None)
        if found and (compact(found) not in site_names or compact(found) in printed_keys):
            return [found]
    return []


def byline_texts(root: HtmlElement, limit: int = 20000) -> list[str]:
    """The first lines of the elements marked as author or byline (``rel=author``,
    ``itemprop=author``, a byline/author class)."""
    out = []
    for el in marked_elements(root)[:6]:
        out.append(" ".join(el.text_content().split()))
    for el in byline_elements(root, limit):
        if len(out) > 12:
            break
        if len(el.text_content()) <= 300:
            out.extend(_lines(el)[:2])
    return out


def byline_elements(root: HtmlElement, limit: int = 20000) -> Iterator[HtmlElement]:
    """Elements among the first ``limit + 1`` whose class or id words mark a byline
    (:data:`_BYLINE_CLASS`, not :data:`_NOT_BYLINE_CLASS`), in document order."""
    for count, el in enumerate(root.iter()):
        if count > limit:
            break
        cls, ident = el.get("class"), el.get("id")
        if (cls or ident) and _byline_words(f"{cls or ''} {ident or ''}"):
            yield el


@lru_cache(maxsize=16384)
def _byline_words(words: str) -> bool:
    # Pages repeat the same class strings on many elements: each is matched once.
    return len(words) >= 6 and bool(_BYLINE_CLASS.search(words)) and not _NOT_BYLINE_CLASS.search(words)


def _meta_values(meta: dict[str, str], people: bool = True) -> list[tuple[str, str]]:
    """(key, value) of the author meta tags, the first key present only; without the
    organisations among them when ``people``."""
    for key in AUTHOR_KEYS:
        raw = meta.get(key)
        if raw and not raw.startswith(("http", "@")):
            # "Deutsche Welle (www.dw.com)": a site, not a person, once its bracket is gone.
            return [(key, part) for part in raw.split("\x1f") if not (people and is_organisation(part))]
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


def marked_authors(root: HtmlElement, story: bool = False) -> list[list[str]]:
    """The names of each ``rel=author``/``itemprop=author`` element that names someone, in order;
    with ``story``, only the story's writers: no photo's author (inside a figure or an image
    object) and no name with an agency stuck to it ("Ann Lee/Reuters")."""
    found = []
    for el in marked_elements(root)[:6]:
        if story and el.xpath('ancestor::figure or ancestor::figcaption or ancestor::*[contains(@itemtype, "ImageObject")]'):
            continue
        name_el = el.xpath('.//*[@itemprop="name"]')
        text = (name_el[0].get("content") or name_el[0].text_content()) if name_el else el.text_content()
        names = person_names(text)
        if story:
            names = [name for name in names if "/" not in name and is_person(name, strict=True)]
        if names:
            found.append(names)
    return found


def visible_authors(root: HtmlElement) -> list[str]:
    """Names in ``rel=author``/``itemprop=author`` elements, else in the first element classed
    "byline"/"author" that names someone: its first line that does (a date or an editor
    printed on the next line is not part of it)."""
    marked = marked_authors(root)
    if marked:
        return marked[0]
    for el in byline_elements(root):
        if len(el.text_content()) > 300:  # a container holding the byline and much more
            continue
        for line in _lines(el)[:4]:
            names = person_names(line) if 3 <= len(line) <= 100 else []
            if names:
                return names
    return labelled_authors(root)


def names_beside_dateline(root: HtmlElement, limit: int = 20000) -> list[str]:
    """Names printed alone just before the dateline, in an element of their own:
    ``<span>Ann Lee |</span><span class="date">05.04.2025</span>`` (the last resort: a
    shape test that a two-word menu item can pass)."""
    for count, el in enumerate(root.iter("span", "div", "p", "time", "small")):
        if count > limit:
            break
        if not DATELINE_CLASS.search(f"{el.get('class') or ''} {el.get('id') or ''}") and el.tag != "time":
            continue
        if not parse_date(" ".join(el.text_content().split())[:80]):
            continue
        before = el.getprevious()
        text = " ".join(before.text_content().split()).strip(" |·•-–—,") if before is not None else ""
        names = credits(text)[0] if 3 <= len(text) <= 80 else []
        if names:
            return names
    return []


def labelled_authors(root: HtmlElement, limit: int = 20000) -> list[str]:
    """Names printed after an author label in a list of facts: ``<li><strong>Autorin/Autor
    </strong> Jane Doe</li>``, ``<dt>Author:</dt><dd>Jane Doe</dd>``."""
    for count, el in enumerate(root.iter("strong", "b", "dt", "th", "span", "label")):
        if count > limit:
            break
        label = el.text_content()
        if len(label) > 40 or not AUTHOR_LABEL.match(label):
            continue
        after = el.tail or ""
        if not after.strip():
            sibling = el.getnext()
            after = sibling.text_content() if sibling is not None else ""
        after = " ".join(after.split())
        names = person_names(after) if 3 <= len(after) <= 100 else []
        if names:
            return names
    return []
