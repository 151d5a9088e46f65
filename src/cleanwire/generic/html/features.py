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
from typing import Optional

from lxml.html import HtmlElement

from ...lexicon.normalise import says, word_key
from ...lexicon.people import BYLINE_PREFIX
from ...lexicon.vocab import CREDIT_PREFIX, RELATED_HEADING, is_chrome, is_legal
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


_Groups = tuple[int, ...]  # sorted indexes


def _union(a: _Groups, b: _Groups) -> _Groups:
    if not b or a == b:
        return a
    return b if not a else tuple(sorted(set(a) | set(b)))


class _Ancestry:
    """Per element, memoised: the class groups near it (its own, its parent's and its
    grandparent's), far (its own and every ancestor's) and the layout elements it is in.

    Each element's entry is built from its parent's: an element without class words (most
    paragraphs) shares its parent's tuples.
    """

    def __init__(self) -> None:
        # element -> (near, far, layout, its own groups and its parent's, its own groups)
        self._memo: dict[HtmlElement, tuple[_Groups, _Groups, _Groups, _Groups, _Groups]] = {}

    def of(self, el: HtmlElement) -> tuple[_Groups, _Groups, _Groups]:
        """The element's near, far and layout indexes."""
        memo = self._memo
        found = memo.get(el)
        if found is None:
            chain: list[HtmlElement] = []
            node: HtmlElement | None = el
            while node is not None and node not in memo:
                chain.append(node)
                node = node.getparent()
            _, far, layout, up, mine = memo[node] if node is not None else ((), (), (), (), ())
            for item in reversed(chain):  # el is the last: entry ends as el's
                own = class_groups(item)
                if item.tag in _LAYOUT_INDEX:
                    layout = _union(layout, (_LAYOUT_INDEX[item.tag],))
                far = _union(far, own)
                entry = memo[item] = (_union(own, up), far, layout, _union(own, mine), own)
                up, mine = entry[3], own
            return entry[0], entry[1], entry[2]
        return found[0], found[1], found[2]


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


#: One feature over a page: its index in :data:`NAMES`, the rows where it is not zero (None:
#: every row, then values are given) and its values there (None: all 1.0).
Column = tuple[int, Optional[list[int]], Optional[list[float]]]


@dataclass(frozen=True)
class PageFeatures:
    """A page's features, sparse: ``head`` and ``tail`` are columns (the text features before
    the element features, the place features after them), ``parts`` each row's element
    features (indexes whose value is 1.0, ascending). ``in_best``: which segments are inside
    the densest prose container (stage two of the model reads it)."""

    n: int
    head: list[Column]
    parts: list[tuple[int, ...]]
    tail: list[Column]
    in_best: list[bool]

    def linear(self, weights: tuple[float, ...]) -> list[float]:
        """Each row's dot product with ``weights`` (the first len(NAMES) of them). The
        non-zero terms are added in index order, so it equals the sum over the full row."""
        z = _add(self.head, weights, [0.0] * self.n)
        for i, part in enumerate(self.parts):
            value = z[i]
            for index in part:
                value += weights[index]
            z[i] = value
        return _add(self.tail, weights, z)

    def dense(self) -> list[list[float]]:
        """Every row in full, in :data:`NAMES` order (training reads these)."""
        out = [[0.0] * len(NAMES) for _ in range(self.n)]
        for index, rows, values in self.head + self.tail:
            where = range(self.n) if rows is None else rows
            for i, value in zip(where, [1.0] * len(where) if values is None else values):
                out[i][index] = value
        for row, part in zip(out, self.parts):
            for index in part:
                row[index] = 1.0
        return out


def _add(columns: list[Column], weights: tuple[float, ...], z: list[float]) -> list[float]:
    for index, rows, values in columns:
        w = weights[index]
        if rows is None:
            z = [a + w * v for a, v in zip(z, values or ())]
        elif values is None:
            for i in rows:
                z[i] += w
        else:
            for i, v in zip(rows, values):
                z[i] += w * v
    return z


_BASE_TAG, _BASE_ZONE = _N_TEXT, _N_TEXT + _N_TAG
_BASE_NEAR = _BASE_ZONE + _N_ZONE
_BASE_FAR = _BASE_NEAR + _N_GROUP
_BASE_LAYOUT = _BASE_FAR + _N_GROUP
_BASE_PLACE = _BASE_LAYOUT + len(LAYOUT_TAGS)


def _element_part(el: HtmlElement, zones: Zones, ancestry: _Ancestry) -> tuple[int, ...]:
    """The features an element decides for every segment it holds: its tag, its zone, the
    class words and layout elements around it."""
    out = [_BASE_TAG + _TAG_INDEX[_TAG_GROUPS.get(el.tag, "t_other")]]
    zone = zones.of(el)[0]
    if zone in _ZONE_INDEX:
        out.append(_BASE_ZONE + _ZONE_INDEX[zone])
    near, far, layout = ancestry.of(el)
    out += [_BASE_NEAR + g for g in near]
    out += [_BASE_FAR + g for g in far]
    out += [_BASE_LAYOUT + t for t in layout]
    return tuple(out)


def _flags(index: int, flags: list[bool]) -> Column:
    return index, [i for i, flag in enumerate(flags) if flag], None


def _values(index: int, values: list[float]) -> Column:
    rows = [i for i, v in enumerate(values) if v]
    return index, rows, [values[i] for i in rows]


def page_features(segs: list[Segment], zones: Zones, headline: str | None) -> PageFeatures:
    """The features of every segment of a page, sparse (see :class:`PageFeatures`). Each
    feature is computed for the whole page at once, one list comprehension each."""
    n = len(segs)
    if not n:
        return PageFeatures(0, [], [], [], [])
    title = word_key(headline)
    texts = [seg.text for seg in segs]
    words = [seg.words for seg in segs]
    sizes = list(map(len, texts))
    is_prose = [prose(seg) for seg in segs]
    keys = [text.casefold() for text in texts]
    counts = Counter(keys)
    short = [size < 300 for size in sizes]
    digits = [len(_DIGITS.findall(text[:200])) for text in texts]
    top = 2 * len(title) + 20
    is_title = says(title)
    head: list[Column] = [
        (0, None, [math.log1p(w) for w in words]),
        _values(1, [seg.link_density if seg.link_chars else 0.0 for seg in segs]),
        # Segment text is stripped: rstrip() is not needed.
        _flags(2, [text[-1:] in _ENDERS for text in texts]),
        _flags(3, is_prose),
        _flags(4, [w >= 25 for w in words]),
        _flags(5, [w <= 3 for w in words]),
        _values(6, [min(1.0, d / max(1, min(size, 200)) * 5) if d else 0.0 for d, size in zip(digits, sizes)]),
        _flags(7, [text[:1].isupper() for text in texts]),
        _flags(8, [ok and is_chrome(text) for ok, text in zip(short, texts)]),
        _flags(9, [is_legal(text[:400]) for text in texts]),
        _flags(10, [ok and RELATED_HEADING.match(text) is not None for ok, text in zip(short, texts)]),
        _flags(11, [ok and CREDIT_PREFIX.search(text) is not None for ok, text in zip(short, texts)]),
        _flags(12, [w <= 10 and BYLINE_PREFIX.match(text) is not None for w, text in zip(words, texts)]),
        _flags(13, [bool(title) and size < top and is_title(text) for size, text in zip(sizes, texts)]),
        _flags(14, [counts[key] > 1 for key in keys]),
    ]
    ancestry = _Ancestry()
    memo: dict[HtmlElement, tuple[int, ...]] = {}
    parts = []
    for seg in segs:
        part = memo.get(seg.element)
        if part is None:
            part = memo[seg.element] = _element_part(seg.element, zones, ancestry)
        parts.append(part)
    best = best_container(segs, is_prose)
    in_best = inside(segs, best)
    return PageFeatures(n, head, parts, _place(segs, is_prose, best, in_best), in_best)


def _place(segs: list[Segment], is_prose: list[bool], best: HtmlElement | None, in_best: list[bool]) -> list[Column]:
    """The :data:`PLACE_NAMES` columns: where each segment sits in the page."""
    n = len(segs)
    in_best_parent = inside(segs, best.getparent() if best is not None else None)
    inside_idx = [i for i, ok in enumerate(in_best) if ok]
    first_best, last_best = (inside_idx[0], inside_idx[-1]) if inside_idx else (n, -1)
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
    prose_of = [parent_prose[parent] for parent in parents]
    base = _BASE_PLACE
    return [
        _flags(base, in_best),
        _flags(base + 1, in_best_parent),
        (base + 2, list(range(min(first_best, n))), None),
        (base + 3, list(range(last_best + 1, n)), None),
        (base + 4, None, [i / n for i in range(n)]),
        _values(base + 5, [p / parent_words[parent] if p else 0.0 for p, parent in zip(prose_of, parents)]),
        _values(base + 6, [math.sqrt(p / page_prose) if p else 0.0 for p in prose_of]),
        _values(base + 7, [parent_links[parent] / parent_chars[parent] if parent_links[parent] else 0.0
                           for parent in parents]),
        _values(base + 8, _near_prose_all(is_prose)),
    ]


def rows(segs: list[Segment], zones: Zones, headline: str | None) -> list[list[float]]:
    """One full feature row per segment, in :data:`NAMES` order."""
    return page_features(segs, zones, headline).dense()


def _near_prose_all(is_prose: list[bool], reach: int = 3) -> list[float]:
    """For each segment, the share of prose among the ``reach`` segments on each side."""
    return [_near_prose(is_prose, i, reach) for i in range(len(is_prose))]


def _near_prose(is_prose: list[bool], i: int, reach: int = 3) -> float:
    """Share of prose among the ``reach`` segments on each side."""
    lo, hi = max(0, i - reach), min(len(is_prose), i + reach + 1)
    others = hi - lo - 1
    return (sum(is_prose[lo:hi]) - is_prose[i]) / others if others else 0.0
