"""What a part of a page is for, read from the class/id words and tags around a segment.

The vocabularies are generic web conventions (WordPress, schema.org, common CMS themes), not
rules for one site. The innermost ancestor (up to ``DEPTH`` levels) that says something
decides: a paragraph inside ``div.article-body`` inside ``div.has-sidebar`` is content, a list
inside ``div.related`` inside ``article`` is related links. Results are memoised per element.
"""

from __future__ import annotations

import re
from enum import Enum
from functools import lru_cache

from lxml.html import HtmlElement


class Zone(str, Enum):
    STORY = "story"
    CONTENT = "content"
    CAPTION = "caption"
    RELATED = "related"
    BOILERPLATE = "boilerplate"
    NONE = "none"


_START = r"(?:^|[\s_-])"
_END = r"(?:$|[\s_-])"
CAPTION = re.compile(
    r"caption|credit|photo-?desc|image-?desc|img-?desc|media-?desc|imagetext|bildtext|legende"
)
RELATED = re.compile(
    r"related|more-?stories|more-?news|more-?articles|most-?read|most-?popular|mostpopular|"
    r"trending|recommend|also-?read|read-?more|further-?reading|outbrain|taboola|you-?may|"
    r"more-?from|other-?stories|up-?next|next-?article|" + _START + r"(?:popular|latest)" + _END
)
BOILERPLATE = re.compile(
    _START + r"(?:nav|navbar|navigation|menu|footer|sidebar|breadcrumbs?|share|sharing|"
    r"social|comments?|comment-list|newsletter|subscribe|subscription|signup|sign-up|promo|"
    r"advert|advertisement|ads?|ad-slot|adslot|banner|cookie|consent|popup|modal|toolbar|"
    r"masthead|login|paywall|tags|tag-list|author-bio|disclaimer|skip-link|pagination|pager|"
    r"rating|poll|visually-hidden|sr-only|screen-reader-text|complementary|"
    # Photo galleries and video players: slide titles, "1/50", "Play Video", "Current Time".
    r"gallery|slideshow|carousel|lightbox|vjs|video-?player|media-?player|jwplayer)" + _END
)
#: Words only story containers use; they win over anything else on the same element.
STORY = re.compile(
    r"articlebody|article-?body|article__body|story-?body|entry-?content|post-?content|"
    r"article-?content|content-?body|post-?body|story-?content|article-?text"
)
CONTENT = re.compile(_START + r"(?:main|content)" + _END)
_PATTERNS = ((Zone.STORY, STORY), (Zone.CAPTION, CAPTION), (Zone.RELATED, RELATED),
             (Zone.BOILERPLATE, BOILERPLATE), (Zone.CONTENT, CONTENT))
_TAGS = {"figcaption": Zone.CAPTION, "nav": Zone.BOILERPLATE, "footer": Zone.BOILERPLATE,
         "aside": Zone.BOILERPLATE}
#: How many ancestors up a module's class word still counts.
DEPTH = 8


def own_zone(el: HtmlElement) -> tuple[Zone, str] | None:
    """The zone an element's own tag or words put it in, or None when they say nothing."""
    tag = el.tag
    if tag in _TAGS:
        return _TAGS[tag], f"inside <{tag}>"
    get = el.get
    ident, cls, prop, role = get("id"), get("class"), get("itemprop"), get("role")
    if ident is None and cls is None and prop is None and role is None:
        return None
    return _zone_of_words(tag, " ".join(v for v in (ident, cls, prop, role) if v).lower())


@lru_cache(maxsize=16384)
def _zone_of_words(tag: str, words: str) -> tuple[Zone, str] | None:
    # Pages repeat the same class strings on many elements: each is matched once.
    if words:
        for zone, pattern in _PATTERNS:
            match = pattern.search(words)
            if match:
                return zone, f'inside {tag} "{match.group(0).strip(" _-")}"'
    return None


class Zones:
    """Memoised zone lookup for one page."""

    def __init__(self) -> None:
        self._memo: dict[HtmlElement, tuple[Zone, str, int]] = {}

    def of(self, el: HtmlElement) -> tuple[Zone, str]:
        found = self._memo.get(el) or self._lookup(el)
        return found[0], found[1]

    def container(self, el: HtmlElement) -> HtmlElement | None:
        """The ancestor (or the element itself) whose tag or words decided its zone."""
        _, _, distance = self._lookup(el)
        node: HtmlElement | None = el
        for _ in range(distance):
            node = node.getparent() if node is not None else None
        return node

    def _lookup(self, el: HtmlElement) -> tuple[Zone, str, int]:
        chain: list[HtmlElement] = []
        found: tuple[Zone, str, int] = (Zone.NONE, "", 0)
        node: HtmlElement | None = el
        memo = self._memo
        while node is not None:
            known = memo.get(node)
            if known is not None:
                found = known
                break
            own = own_zone(node)
            if own is not None:
                found = (own[0], own[1], 0)
                self._memo[node] = found
                break
            chain.append(node)
            node = node.getparent()
        # Unwind: each element below the decisive one is one level further from it.
        zone, reason, distance = found
        for node in reversed(chain):
            distance += 1
            if distance > DEPTH or zone is Zone.NONE:
                zone, reason, distance = Zone.NONE, "", DEPTH
            self._memo[node] = (zone, reason, distance)
        return self._memo[el] if el in self._memo else found


_CAMEL = re.compile(r"([a-z])([A-Z])")


def class_words(el: HtmlElement) -> str:
    """The element's class and id, lower-cased with camelCase split ("articleDek" ->
    "article dek"), for vocabularies that match words."""
    words = f"{el.get('class') or ''} {el.get('id') or ''}".strip()
    return _split_camel(words) if words else ""


def marked_near(el: HtmlElement | None, pattern: re.Pattern[str], levels: int) -> bool:
    """Whether ``pattern`` matches the :func:`class_words` of ``el`` or of one of its
    ``levels - 1`` nearest ancestors (a box's class often sits a few wrappers up)."""
    for _ in range(levels):
        if el is None:
            return False
        words = class_words(el)
        if words and pattern.search(words):
            return True
        el = el.getparent()
    return False


@lru_cache(maxsize=8192)
def _split_camel(words: str) -> str:
    return _CAMEL.sub(r"\1 \2", words).lower()
