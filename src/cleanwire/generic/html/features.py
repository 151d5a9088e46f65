"""Per-segment features of a page, the inputs of the HTML block model.

Every segment gets a fixed-length row of numbers (``NAMES`` says which): its text (length,
link density, sentence shape, furniture words), its block tag, the zone its markup puts it in,
generic class/id words of the elements around it (near: up to two levels up; far: the whole
chain), the layout elements it sits in (``article``, ``main``, ``aside``...), and its place
in the page: inside the container holding the most prose, before or after it, how much of its
parent's text is prose, whether its text is printed elsewhere on the page. No site names and
no page text: only conventions any page may follow. Work is linear in the page size; the
element-level parts are memoised per element.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from lxml.html import HtmlElement

from ...lexicon.normalise import word_key
from ...lexicon.people import BYLINE_PREFIX
from ...lexicon.vocab import CREDIT_PREFIX, LEGAL, RELATED_HEADING, is_chrome
from .segment import Segment
from .zones import Zone, Zones

_ENDERS = frozenset('.!?…:;"”’)。！？」')
_TOKENS = re.compile(r"[a-z]+")
_DIGITS = re.compile(r"\d")

#: Generic class/id words (split at "-", "_", case and digits), grouped by what they hint at.
CLASS_GROUPS: dict[str, tuple[str, ...]] = {
    "c_story": ("article", "story", "post", "entry", "body", "text", "content", "copy", "richtext", "paragraph",
                "prose", "rte", "detail", "main"),
    "c_lead": ("intro", "lead", "lede", "teaser", "summary", "standfirst", "excerpt", "abstract", "description",
               "dek", "kicker", "subtitle", "subheadline", "deck"),
    "c_teaser": ("card", "tile", "teasers", "list", "item", "items", "grid", "feed", "stream", "collection",
                 "module", "widget", "box", "block", "rail", "slot", "aside"),
    "c_related": ("related", "recommended", "recommendation", "recirculation", "recirc", "more", "popular",
                  "trending", "read", "next", "latest", "most", "also", "further", "outbrain", "taboola"),
    "c_meta": ("meta", "info", "byline", "author", "authors", "date", "time", "timestamp", "published", "dateline",
               "tags", "tag", "topics", "keywords", "label", "category", "breadcrumb", "breadcrumbs"),
    "c_head": ("header", "head", "headline", "title", "heading", "hero", "top", "masthead"),
    "c_foot": ("footer", "foot", "bottom", "copyright", "legal", "imprint", "impressum"),
    "c_nav": ("nav", "navigation", "menu", "navbar", "sitemap", "pagination", "pager", "skip"),
    "c_social": ("share", "sharing", "social", "follow", "facebook", "twitter", "whatsapp", "print", "email",
                 "comment", "comments", "disqus", "reactions"),
    "c_ad": ("ad", "ads", "advert", "advertisement", "advertising", "sponsor", "sponsored", "promo", "promotion",
             "commercial", "anzeige", "werbung", "dfp", "gpt", "banner", "partner", "affiliate"),
    "c_sub": ("newsletter", "subscribe", "subscription", "signup", "register", "paywall", "premium", "plus",
              "login", "account", "offer", "cta", "cookie", "consent", "gdpr", "privacy", "modal", "overlay"),
    "c_media": ("caption", "credit", "figure", "image", "img", "photo", "picture", "media", "video", "gallery",
                "slideshow", "carousel", "embed", "player", "audio", "podcast", "graphic", "infographic"),
    "c_side": ("sidebar", "side", "aside", "secondary", "complementary", "widget", "rail", "column"),
    "c_hidden": ("hidden", "hide", "invisible", "visually", "sr", "screen", "offscreen", "noscript"),
    "c_quote": ("quote", "blockquote", "pullquote", "cite", "citation", "highlight", "factbox", "infobox",
                "note", "callout"),
}
_GROUPS = tuple(CLASS_GROUPS)
_GROUP_INDEX = {word: _GROUPS.index(group) for group, words in CLASS_GROUPS.items() for word in words}
_CAMEL = re.compile(r"([a-z])([A-Z])")
#: Layout elements a segment may sit in.
LAYOUT_TAGS = ("article", "main", "header", "footer", "aside", "nav", "form", "figure", "table", "li", "a",
               "blockquote")
_TAG_GROUPS = {"p": "t_p", "li": "t_li", "h1": "t_h1", "h2": "t_h2", "h3": "t_h2", "h4": "t_h4", "h5": "t_h4",
               "h6": "t_h4", "td": "t_td", "th": "t_td", "div": "t_div", "blockquote": "t_quote",
               "figcaption": "t_caption", "caption": "t_caption", "dd": "t_dl", "dt": "t_dl", "pre": "t_pre"}
TAG_NAMES = ("t_p", "t_li", "t_h1", "t_h2", "t_h4", "t_td", "t_div", "t_quote", "t_caption", "t_dl", "t_pre",
             "t_other")
ZONE_NAMES = ("z_story", "z_content", "z_caption", "z_related", "z_boilerplate")
_ZONE_INDEX = {Zone.STORY: 0, Zone.CONTENT: 1, Zone.CAPTION: 2, Zone.RELATED: 3, Zone.BOILERPLATE: 4}
TEXT_NAMES = (
    "log_words", "link_density", "ends_sentence", "prose", "long", "short", "digits", "upper_start",
    "chrome", "legal", "related_heading", "credit", "byline", "headline", "repeated",
)
PLACE_NAMES = (
    "in_best", "in_best_parent", "before_best", "after_best", "position", "parent_prose_share",
    "parent_page_share", "parent_link_density", "near_prose",
)
NAMES = (TEXT_NAMES + TAG_NAMES + ZONE_NAMES + tuple(f"n_{g}" for g in _GROUPS)
         + tuple(f"f_{g}" for g in _GROUPS) + tuple(f"in_{t}" for t in LAYOUT_TAGS) + PLACE_NAMES)
_N_TEXT, _N_TAG, _N_ZONE, _N_GROUP = len(TEXT_NAMES), len(TAG_NAMES), len(ZONE_NAMES), len(_GROUPS)
_TAG_INDEX = {name: i for i, name in enumerate(TAG_NAMES)}


def prose(seg: Segment) -> bool:
    """A sentence or more of running text, not a link."""
    return seg.link_density < 0.35 and (seg.words >= 12 or (seg.words >= 5 and seg.text.rstrip()[-1:] in _ENDERS))


def class_groups(el: HtmlElement) -> tuple[int, ...]:
    """Indexes of the :data:`CLASS_GROUPS` that the element's class/id words name."""
    cls, ident = el.get("class"), el.get("id")
    if not cls and not ident:
        return ()
    return _groups_of(f"{cls or ''} {ident or ''}")


@lru_cache(maxsize=8192)
def _groups_of(words: str) -> tuple[int, ...]:
    # "articleBody", "story-text", "c-teaser__title2": split at case changes too.
    words = _CAMEL.sub(r"\1 \2", words).lower()
    found = {_GROUP_INDEX[w] for w in _TOKENS.findall(words) if w in _GROUP_INDEX}
    return tuple(sorted(found))


@dataclass
class _Chain:
    near: frozenset[int]
    far: frozenset[int]
    layout: frozenset[int]


class _Ancestry:
    """Memoised class groups and layout tags of each element's ancestors."""

    def __init__(self) -> None:
        self._memo: dict[HtmlElement, _Chain] = {}
        self._own: dict[HtmlElement, tuple[int, ...]] = {}

    def own(self, el: HtmlElement) -> tuple[int, ...]:
        found = self._own.get(el)
        if found is None:
            found = self._own[el] = class_groups(el)
        return found

    def of(self, el: HtmlElement) -> _Chain:
        found = self._memo.get(el)
        if found is not None:
            return found
        chain: list[HtmlElement] = []
        node: HtmlElement | None = el
        while node is not None and node not in self._memo:
            chain.append(node)
            node = node.getparent()
        above = self._memo[node] if node is not None else _Chain(frozenset(), frozenset(), frozenset())
        for item in reversed(chain):
            own = self.own(item)
            parent = item.getparent()
            near = set(own)
            if parent is not None:
                near.update(self.own(parent))
                grand = parent.getparent()
                if grand is not None:
                    near.update(self.own(grand))
            layout = above.layout
            if item.tag in _LAYOUT_INDEX:
                layout = layout | {_LAYOUT_INDEX[item.tag]}
            above = _Chain(frozenset(near), above.far | frozenset(own), layout)
            self._memo[item] = above
        return self._memo[el]


_LAYOUT_INDEX = {tag: i for i, tag in enumerate(LAYOUT_TAGS)}


def _parent(seg: Segment) -> HtmlElement:
    parent = seg.element.getparent()
    return parent if parent is not None else seg.element


def best_container(segs: list[Segment], is_prose: list[bool]) -> HtmlElement | None:
    """The element whose children hold the most prose: each prose segment's words count fully
    for its parent and half for the parent's parent (the readability idea, on our segments)."""
    score: Counter[HtmlElement] = Counter()
    for seg, ok in zip(segs, is_prose):
        if not ok:
            continue
        parent = _parent(seg)
        score[parent] += seg.words
        grand = parent.getparent()
        if grand is not None:
            score[grand] += seg.words / 2
    return score.most_common(1)[0][0] if score else None


def inside(segs: list[Segment], box: HtmlElement | None) -> list[bool]:
    """For each segment: is it inside ``box``? (Memoised per element, one walk up per chain.)"""
    if box is None:
        return [False] * len(segs)
    memo: dict[HtmlElement, bool] = {box: True}
    out = []
    for seg in segs:
        chain = []
        node: HtmlElement | None = seg.element
        found = False
        while node is not None:
            known = memo.get(node)
            if known is not None:
                found = known
                break
            chain.append(node)
            node = node.getparent()
        for item in chain:
            memo[item] = found
        out.append(found)
    return out


def rows(segs: list[Segment], zones: Zones, headline: str | None) -> list[list[float]]:
    """One feature row per segment, in :data:`NAMES` order."""
    if not segs:
        return []
    title = word_key(headline)
    is_prose = [prose(seg) for seg in segs]
    keys = [seg.text.casefold() for seg in segs]
    counts = Counter(keys)
    best = best_container(segs, is_prose)
    best_parent = best.getparent() if best is not None else None
    in_best = inside(segs, best)
    in_best_parent = inside(segs, best_parent)
    inside_idx = [i for i, ok in enumerate(in_best) if ok]
    first_best, last_best = (inside_idx[0], inside_idx[-1]) if inside_idx else (len(segs), -1)
    # Per parent element: words, prose words, link characters and characters.
    parent_words: Counter[HtmlElement] = Counter()
    parent_prose: Counter[HtmlElement] = Counter()
    parent_links: Counter[HtmlElement] = Counter()
    parent_chars: Counter[HtmlElement] = Counter()
    parents = [_parent(seg) for seg in segs]
    for seg, parent, ok in zip(segs, parents, is_prose):
        parent_words[parent] += seg.words
        parent_links[parent] += seg.link_chars
        parent_chars[parent] += len(seg.text)
        if ok:
            parent_prose[parent] += seg.words
    page_prose = sum(seg.words for seg, ok in zip(segs, is_prose) if ok) or 1
    ancestry = _Ancestry()
    n = len(segs)
    out: list[list[float]] = []
    for i, seg in enumerate(segs):
        text = seg.text
        row = [0.0] * len(NAMES)
        row[0] = math.log1p(seg.words)
        row[1] = seg.link_density
        row[2] = 1.0 if text.rstrip()[-1:] in _ENDERS else 0.0
        row[3] = 1.0 if is_prose[i] else 0.0
        row[4] = 1.0 if seg.words >= 25 else 0.0
        row[5] = 1.0 if seg.words <= 3 else 0.0
        row[6] = min(1.0, len(_DIGITS.findall(text[:200])) / max(1, min(len(text), 200)) * 5)
        row[7] = 1.0 if text[:1].isupper() else 0.0
        short = len(text) < 300
        row[8] = 1.0 if short and is_chrome(text) else 0.0
        row[9] = 1.0 if LEGAL.search(text[:400]) else 0.0
        row[10] = 1.0 if short and RELATED_HEADING.match(text) else 0.0
        row[11] = 1.0 if short and CREDIT_PREFIX.search(text) else 0.0
        row[12] = 1.0 if seg.words <= 10 and BYLINE_PREFIX.match(text) else 0.0
        row[13] = 1.0 if title and len(text) < 2 * len(title) + 20 and word_key(text) == title else 0.0
        row[14] = 1.0 if counts[keys[i]] > 1 else 0.0
        base = _N_TEXT
        row[base + _TAG_INDEX[_TAG_GROUPS.get(seg.tag, "t_other")]] = 1.0
        base += _N_TAG
        zone = zones.of(seg.element)[0]
        if zone in _ZONE_INDEX:
            row[base + _ZONE_INDEX[zone]] = 1.0
        base += _N_ZONE
        chain = ancestry.of(seg.element)
        for g in chain.near:
            row[base + g] = 1.0
        base += _N_GROUP
        for g in chain.far:
            row[base + g] = 1.0
        base += _N_GROUP
        for t in chain.layout:
            row[base + t] = 1.0
        base += len(LAYOUT_TAGS)
        parent = parents[i]
        row[base] = 1.0 if in_best[i] else 0.0
        row[base + 1] = 1.0 if in_best_parent[i] else 0.0
        row[base + 2] = 1.0 if i < first_best else 0.0
        row[base + 3] = 1.0 if i > last_best else 0.0
        row[base + 4] = i / n
        row[base + 5] = parent_prose[parent] / parent_words[parent] if parent_words[parent] else 0.0
        row[base + 6] = math.sqrt(parent_prose[parent] / page_prose)
        row[base + 7] = parent_links[parent] / parent_chars[parent] if parent_chars[parent] else 0.0
        row[base + 8] = _near_prose(is_prose, i)
        out.append(row)
    return out


def _near_prose(is_prose: list[bool], i: int, reach: int = 3) -> float:
    """Share of prose among the ``reach`` segments on each side."""
    lo, hi = max(0, i - reach), min(len(is_prose), i + reach + 1)
    others = hi - lo - 1
    return (sum(is_prose[lo:hi]) - is_prose[i]) / others if others else 0.0
