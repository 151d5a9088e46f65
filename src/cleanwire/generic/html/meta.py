"""Page metadata: title, authors, publication time, site, section, tags, language, canonical URL.

Order of trust for every field: JSON-LD, then OpenGraph / Twitter / Dublin Core / itemprop
meta tags, then the visible page (``<time>``, bylines, breadcrumbs, ``<h1>``, ``<title>``),
then the URL.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import islice
from datetime import datetime, tzinfo
from typing import Any
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from ...lexicon.normalise import word_key
from ...lexicon.people import unique
from ...lexicon.titles import strip_site_affixes
from ...lexicon.vocab import HOME_WORDS
from .authors import compact, page_authors
from .jsonld import article_node, jsonld_nodes, resolve, text_of, types
from .pubdate import published
from .tree import absolute



#: Meta keys a page may repeat, one value per tag (several authors, several tags).
_REPEATED = frozenset(("article:tag", "article:author", "author", "dc.creator", "citation_author"))


@dataclass(frozen=True)
class PageMeta:
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: datetime | None = None
    site: str | None = None
    section: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    language: str | None = None
    canonical_url: str | None = None


def meta_tags(root: HtmlElement) -> dict[str, str]:
    """``<meta>`` values by lower-cased name/property/itemprop/http-equiv; the first one wins.

    Repeated keys (``article:tag``, ``article:author``) are joined with "\\x1f".
    """
    found: dict[str, str] = {}
    for el in root.iter("meta"):
        key = el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv")
        value = el.get("content")
        if not key or value is None or not value.strip():
            continue
        key = key.strip().lower()
        value = " ".join(value.split())
        found[key] = f"{found[key]}\x1f{value}" if key in found and key in _REPEATED else found.get(key, value)
    return found


def _first(meta: dict[str, str], *keys: str) -> str | None:
    for key in keys:
        value = meta.get(key)
        if value:
            return value.split("\x1f")[0]
    return None


def home_brands(root: HtmlElement, host: str | None) -> set[str]:
    """The site's name as its home links print it (link text, logo image alt), case-folded."""
    roots = ["/"] + ([f"https://{host}/", f"http://{host}/", f"https://{host}", f"http://{host}"] if host else [])
    found: set[str] = set()
    for link in islice((a for a in root.iter("a") if a.get("href") is not None), 400):
        if link.get("href", "").strip() not in roots:
            continue
        for text in [link.text_content()] + [img.get("alt") or "" for img in link.iter("img")]:
            text = " ".join(text.split()).casefold()
            if 3 <= len(text) <= 40 and text not in HOME_WORDS:
                found.add(text)
    return found


#: An element of a breadcrumb trail: a class, id, role or data attribute that says so
#: ("breadcrumb__headline", data-module-id="BreadcrumbModule", data-testid="BreadcrumbArea").
_IN_BREADCRUMB = "ancestor-or-self::*[@*[contains(translate(., 'BREADCRUMB', 'breadcrumb'), 'breadcrumb')] " \
                 "or @*[contains(name(), 'breadcrumb')]]"


def headings(root: HtmlElement) -> list[list[HtmlElement]]:
    """The page's headline elements, its first ``<h1>`` elements, in groups: an ``<h1>`` in a
    breadcrumb trail goes with the first ``<h2>`` after it.

    Some sites print a headline as the breadcrumb's last crumb, in small type, and mark it
    ``<h1>``; the headline printed over the story is then the ``<h2>`` that follows. Which of
    the two is the title is for the declared titles to say.
    """
    found: list[list[HtmlElement]] = []
    for h1 in list(root.iter("h1"))[:6]:
        found.append([*h1.xpath("following::h2[1]"), h1] if h1.xpath(_IN_BREADCRUMB) else [h1])
    return found


def _printed(head: HtmlElement) -> list[str]:
    """What a headline element prints, as word keys: without its first child (a kicker printed
    above the headline inside the element), then whole."""
    found: list[str] = []
    children = [c for c in head if isinstance(c.tag, str)]
    if children:
        found.append(word_key(" ".join([children[0].tail or ""] + [
            f"{c.text_content()} {c.tail or ''}" for c in children[1:]])))
    # Whole, a word break at each child's edge ("<span>Kicker</span>Headline" is two words there).
    found.append(word_key(" ".join(head.itertext())))
    return [key for key in found if key]


_QUOTES = frozenset('"“„«')


def _visible_key(root: HtmlElement) -> str:
    """The word key of the text the page shows (no scripts or styles)."""
    return word_key(" ".join(root.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]")))


def _pick_title(root: HtmlElement, meta: dict[str, str], article: dict[str, Any] | None,
                names: set[str], host: str | None) -> str | None:
    """The headline: the most trusted declared headline (og:title, JSON-LD, twitter, Dublin
    Core) that the page prints as its ``<h1>``; else the most trusted candidate that the
    page's ``<title>`` contains.

    JSON-LD ``headline`` and ``og:title`` are sometimes a description or a section name, or
    an SEO variant of the headline; the ``<h1>`` and the ``<title>`` arbitrate. When the
    ``<title>`` holds none of them (a search-engine title), a candidate that two sources
    agree on wins over it.
    """
    head = next((" ".join((t.text_content() or "").split()) for t in root.iter("title")), "")
    # og:title before JSON-LD: on the sites corpus the headline as the page shows it matches
    # og:title more often than JSON-LD's (an SEO variant); meta-dev is unchanged by the order.
    found = [_first(meta, "og:title"), text_of(article.get("headline")) if article else None,
             _first(meta, "twitter:title"), _first(meta, "dc.title", "headline")]
    declared = [" ".join(c.split()) for c in found if c and c.strip()]
    keys = [word_key(strip_site_affixes(c, names, host)) for c in declared]
    # "Kicker: Headline": the part after a kicker's colon, when the page prints it alone or
    # another declared title is that part (the kicker is no part of the headline).
    tails = [c.split(": ", 1)[1] if ": " in c else "" for c in declared]
    tail_keys = [word_key(t) if len(t.split()) >= 3 else "" for t in tails]
    visible: list[str] = []  # the page's visible text, read once when needed

    def declared_as(printed: str) -> tuple[int, str] | None:
        """The declared title a printed headline says, with its rank of trust."""
        if printed in keys:
            at = keys.index(printed)
            tail = tail_keys[at]
            return at, declared[keys.index(tail)] if tail and tail in keys else declared[at]
        if printed in tail_keys:
            at = tail_keys.index(printed)
            # A kicker the page prints (over the headline) belongs to the title as declared;
            # one printed nowhere is a search-engine prefix.
            visible[:] = visible or [_visible_key(root)]
            if word_key(declared[at].split(": ", 1)[0]) not in visible[0]:
                return at, tails[at]
        return None

    for group in headings(root):
        # Of a breadcrumb's <h1> and the <h2> under it, the <h2> when any declared title says it:
        # the crumb is the headline cut to fit the trail, the <h2> the one printed over the story.
        for element in group:
            said = [m for key in _printed(element) if (m := declared_as(key))]
            if said:
                return min(said, key=lambda pair: pair[0])[1]
    heads = list(root.iter("h1"))[:3]
    for h1 in heads:
        # A declared title cut short (unescaped quotes end the attribute: content="A "B" C"):
        # the headline as printed.
        text = " ".join(h1.text_content().split())
        if any(len(c.split()) >= 3 and text.startswith(c) and text[len(c):].lstrip()[:1] in _QUOTES for c in declared):
            return text
    found += [" ".join(h.text_content().split()) for h in heads]
    candidates = [" ".join(c.split()) for c in found if c and c.strip()]
    key = head.casefold()
    for candidate in candidates:
        if len(candidate) >= 3 and candidate.casefold() in key:
            return candidate
    votes = Counter(c.casefold() for c in candidates)
    agreed = next((c for c in candidates if votes[c.casefold()] >= 2), None)
    return agreed or head or (candidates[0] if candidates else None)


def _section(article: dict[str, Any] | None, nodes: list[dict[str, Any]], meta: dict[str, str], title: str | None) -> tuple[str, ...]:
    for node in nodes:
        if "BreadcrumbList" in types(node):
            items = node.get("itemListElement") or []
            found = [text_of(resolve(i.get("item"), nodes)) or text_of(i) for i in items if isinstance(i, dict)] if isinstance(items, list) else []
            names = [n for n in found if n and n.casefold() not in HOME_WORDS
                     and (not title or n.casefold() != title.casefold())]
            if names:
                return tuple(names)
    section = text_of(article.get("articleSection")) if article else None
    section = section or _first(meta, "article:section", "section", "parsely-section", "category")
    return (section,) if section else ()


def _tags(article: dict[str, Any] | None, meta: dict[str, str]) -> tuple[str, ...]:
    value: Any = article.get("keywords") if article else None
    if not value:
        value = meta.get("article:tag") or meta.get("news_keywords") or meta.get("keywords")
        value = value.replace("\x1f", ",") if value else None
    items = value if isinstance(value, list) else str(value or "").split(",")
    return tuple(unique([str(t).strip() for t in items if str(t).strip()][:30]))


def read_metadata(root: HtmlElement, url: str | None, base: str | None, tz: str | tzinfo | None = None) -> PageMeta:
    """Everything the page says about itself; ``tz`` is the zone of times printed without one."""
    meta = meta_tags(root)
    nodes = jsonld_nodes(root)
    article = article_node(nodes)
    host = urlsplit(url).hostname if url else None
    site = _first(meta, "og:site_name", "application-name", "al:android:app_name", "twitter:app:name:iphone")
    if not site and article:
        site = text_of(resolve(article.get("publisher"), nodes))
    if not site:
        site = next((text_of(n) for n in nodes if "WebSite" in types(n) and text_of(n)), None)
    names = home_brands(root, host) | ({site} if site else set())
    title = strip_site_affixes(_pick_title(root, meta, article, names, host), names, host)
    brand = (host or "").removeprefix("www.").split(".")[0]
    authors = page_authors(root, meta, article, nodes, {compact(n) for n in names | {brand, host or ""} if n}
                           | {compact(text_of(resolve(article.get("publisher"), nodes)) or "") if article else ""} - {""})
    for name in authors:  # "Headline | Section | Author Name": the author is no part of the headline
        if title and title.casefold().endswith(name.casefold()) and len(title) > len(name) + 3:
            title = title[: -len(name)].rstrip(" |-–—·:»/") or title
    language = root.get("lang") or root.get("xml:lang") or _first(meta, "content-language", "og:locale", "language", "dc.language")
    if not language and article:
        language = text_of(article.get("inLanguage"))
    canonical = next((h for el in root.iter("link") if el.get("rel") == "canonical"
                      and (h := el.get("href")) is not None and h.strip()), None)
    canonical = canonical or _first(meta, "og:url") or (text_of(article.get("url")) if article else None)
    return PageMeta(
        title=title,
        authors=tuple(authors),
        published=published(root, meta, article, nodes, url or canonical, language, tz),
        site=site or host,
        section=_section(article, nodes, meta, title),
        tags=_tags(article, meta),
        language=language.replace("_", "-").strip() if language else None,
        canonical_url=absolute(canonical, base),
    )
