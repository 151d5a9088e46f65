"""Label every segment of a page: body, caption, related, metadata or boilerplate, with a reason.

Signals, in order: the headline (metadata); the zone the page's markup puts a segment in
(figure captions, related-link modules); whether trafilatura's main-text pass kept it; phrases
and shapes of page furniture (all-caps promo links, "Sign up", "Related:"); and, to win back
story paragraphs the main-text pass dropped, the container the kept paragraphs live in.
When the main-text pass finds nothing, the densest container of prose is taken instead.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Hashable
from functools import lru_cache

from ...blocks import Label, Reason, Why
from ...lexicon.dates import parse_date
from ...lexicon.normalise import says, word_key
from ...lexicon.people import BYLINE_PREFIX, is_organisation, person_names, strip_byline_prefix
from ...lexicon.vocab import CREDIT_PREFIX, LEGAL_LINE
from .segment import Segment
from .zones import Zone, Zones

Decision = tuple[Label, Reason]
_OPEN = (Zone.NONE, Zone.CONTENT, Zone.STORY)

_PROMO = re.compile(
    r"^(?:click here|tap here|sign up|subscribe|follow us|get the .{0,40}app|download the .{0,30}app|"
    r"related(?: articles?| stories| coverage| content| links?| reading)?\s*[:|]|see more\s*:|read more\s*:|"
    r"more\s*:|also read\s*:|read also\s*:|watch\s*:|don't miss|advertisement$|share this|"
    r"thanks for signing up|sorry!?$|you (?:might|may) also like|recommended for you|"
    r"\d*\s*comments?$|(?:estimated )?reading time|tempo de leitura|lesezeit|temps de lecture|"
    r"\d+\s*min(?:ute)?s?\s+read$)",
    re.I,
)
#: Characters a sentence (or a quoted one) ends with; a segment's text has no trailing space.
_ENDERS = frozenset('.!?…:;"”’)')


def _ends_sentence(text: str) -> bool:
    return text.rstrip()[-1:] in _ENDERS
_CONTACT = re.compile(r"^(?:\S+@\S+\.\w+|(?:https?://)?(?:www\.)?twitter\.com/\S+|@\w+)$")


@lru_cache(maxsize=4096)
def _r(code: Why, message: str) -> Reason:
    return Reason(code, message, "generic.html")  # immutable: one object per reason is shared


def _is_byline(text: str) -> bool:
    """A byline prefix followed by people or by a credited organisation ("By Reuters")."""
    if not BYLINE_PREFIX.match(text):
        return False
    rest = strip_byline_prefix(text)
    return bool(person_names(rest)) or is_organisation(rest)


def _legal(seg: Segment) -> bool:
    """A footer line: "© 2024 Example Media. All rights reserved", "Impressum", or a line
    inside the page's ``<footer>`` (a figure's own footer holds its credit)."""
    if LEGAL_LINE.search(seg.text):
        return True
    node = seg.element
    for _ in range(8):
        if node is None or node.tag == "figure":
            break
        if node.tag == "footer":
            return True
        node = node.getparent()
    return False


def _promo(seg: Segment) -> str | None:
    if _PROMO.search(seg.text):
        return "promotion or widget phrase"
    if seg.link_density > 0.5 and seg.words >= 3 and seg.text.isupper():
        return "all-caps promotional link"
    return None


def classify(segs: list[Segment], kept: list[bool], headline: str | None, zones: Zones | None = None) -> list[Decision]:
    """One decision per segment."""
    title = word_key(headline)
    is_title = says(title)
    zones = zones or Zones()
    found = [zones.of(seg.element) for seg in segs]
    story_modules = _story_modules(segs, kept, found)
    out: list[Decision] = []
    body_seen = False  # a BODY decision is already in ``out``
    for seg, keep, (zone, why) in zip(segs, kept, found):
        if out and out[-1][0] is Label.BODY:
            body_seen = True
        if zone is not Zone.CAPTION and why in story_modules:
            zone, why = Zone.NONE, ""
        if title and len(seg.text) < 2 * len(title) + 20 and is_title(seg.text):
            out.append((Label.METADATA, _r(Why.HEADLINE, "the headline")))
        elif seg.tag == "h1" and not (keep and body_seen):
            out.append((Label.METADATA, _r(Why.HEADLINE, "a page heading (h1) before the story")))
        elif (zone is Zone.CAPTION or CREDIT_PREFIX.search(seg.text)) and _legal(seg):
            out.append((Label.BOILERPLATE, _r(Why.CHROME, "legal or footer line")))
        elif zone is Zone.CAPTION:
            out.append((Label.CAPTION, _r(Why.CAPTION, f"caption ({why})")))
        elif zone is Zone.RELATED:
            out.append((Label.RELATED, _r(Why.RELATED_ITEM, f"related module ({why})")))
        elif CREDIT_PREFIX.search(seg.text) and (seg.words <= 25 or seg.words <= 60 and not (keep and _ends_sentence(seg.text))):
            out.append((Label.CAPTION, _r(Why.CREDIT, "credit line")))
        elif seg.words <= 8 and _is_byline(seg.text):
            out.append((Label.METADATA, _r(Why.BYLINE, "byline")))
        elif _CONTACT.search(seg.text):
            out.append((Label.BOILERPLATE, _r(Why.CHROME, "a bare address or handle")))
        elif (seg.words <= 12 and not body_seen and seg.text[0].isalnum()
              and not _ends_sentence(seg.text) and parse_date(seg.text) is not None):
            out.append((Label.METADATA, _r(Why.DATELINE, "dateline")))
        elif not keep:
            out.append((Label.BOILERPLATE, _r(Why.NOT_STORY, f"not main text{f' ({why})' if why else ''}")))
        elif (promo := _promo(seg)) is not None:
            out.append((Label.BOILERPLATE, _r(Why.PROMO, promo)))
        else:
            out.append((Label.BODY, _r(Why.STORY, "main text")))
    if not any(label is Label.BODY for label, _ in out):
        return _densest(segs, out, zones)
    return _complete(segs, out, zones)


def story_container(segs: list[Segment], zones: Zones) -> list[bool] | None:
    """Which segments are the page's story container, when the markup names one clearly.

    The container is the element whose class says so (``article-body``, ``entry-content``,
    ``itemprop=articleBody``...; see :func:`_story_box`) holding the most prose; it counts
    when that is at least 80% of the page's prose (a paragraph printed twice counted once).
    Lines before its first prose paragraph (bylines, datelines) and short or link-only lines
    after its end (tag lists) are left out. The slower trafilatura pass is then skipped.
    """
    held: dict[Hashable, list[Segment]] = {}
    words: Counter[Hashable] = Counter()
    prose_words = 0
    seen: set[str] = set()
    for seg in segs:
        zone = zones.of(seg.element)[0]
        box = _story_box(seg, zones) if zone is Zone.STORY else None
        if box is not None:
            held.setdefault(box, []).append(seg)
        if _prose(seg) and zone in _OPEN and seg.text not in seen:
            # A paragraph printed twice (a paywall's teaser copy) is one paragraph.
            seen.add(seg.text)
            prose_words += seg.words
            if box is not None:
                words[box] += seg.words
    if not words:
        return None
    best, story_words = words.most_common(1)[0]
    if story_words < 50 or story_words * 10 < prose_words * 8:
        return None
    lines = held[best]
    start = next(i for i, seg in enumerate(lines) if _prose(seg))
    end = len(lines)
    while end > start and (lines[end - 1].words <= 4 or lines[end - 1].link_density > 0.5):
        end -= 1
    kept = [False] * len(segs)
    for seg in lines[start:end]:
        kept[seg.index] = True
    return kept


def _story_box(seg: Segment, zones: Zones) -> Hashable:
    """The story container a segment of a story zone is in. When the paragraphs carry the
    story word themselves (``p.articleBodyBlock``, ``p.story-body-text``), all paragraphs of
    that tag and class are one box, wherever they sit (ads split the body into parts)."""
    box = zones.container(seg.element)
    if box is seg.element and box is not None:
        return (box.tag, box.get("class"), box.get("itemprop"))
    return box


def _story_modules(segs: list[Segment], kept: list[bool], found: list[tuple[Zone, str]]) -> set[str]:
    """Zones named "related"/"boilerplate" that hold much of the kept text: the page's
    class names mislead there (a story body inside ``div.read-more-wrapper``)."""
    total = sum(seg.words for seg, keep in zip(segs, kept) if keep) or 1
    held: Counter[str] = Counter()
    for seg, keep, (zone, why) in zip(segs, kept, found):
        if keep and zone in (Zone.RELATED, Zone.BOILERPLATE):
            held[why] += seg.words
    return {why for why, words in held.items() if words * 5 >= total * 2}


def _parent_key(seg: Segment) -> object:
    parent = seg.element.getparent()
    return parent if parent is not None else seg.element


def _list_home(seg: Segment) -> object:
    """The element holding the list a list item is in."""
    parent = seg.element.getparent()
    above = parent.getparent() if parent is not None else None
    return above if above is not None else seg.element


def _prose(seg: Segment) -> bool:
    return seg.link_density < 0.35 and (seg.words >= 12 or (seg.words >= 5 and bool(_ends_sentence(seg.text))))


def _complete(segs: list[Segment], out: list[Decision], zones: Zones) -> list[Decision]:
    """Take back prose that sits in the same container as the story but was not kept."""
    body = [i for i, (label, _) in enumerate(out) if label is Label.BODY]
    parents = Counter(_parent_key(segs[i]) for i in body)
    home = {p for p, n in parents.items() if n >= 2}
    first, last = body[0], body[-1]
    result = list(out)
    for i in range(first, last + 1):
        seg = segs[i]
        if out[i][0] is not Label.BOILERPLATE or out[i][1].code is not Why.NOT_STORY:
            continue
        zone, _ = zones.of(seg.element)
        if zone in _OPEN and _prose(seg) and _promo(seg) is None:
            if _parent_key(seg) in home or seg.element in home:  # a paragraph, or loose text, in it
                result[i] = (Label.BODY, _r(Why.STORY, "prose in the story's container"))
            elif seg.tag == "li" and _list_home(seg) in home and seg.link_density < 0.1:
                result[i] = (Label.BODY, _r(Why.STORY, "a list of prose inside the story"))
    return result


def _densest(segs: list[Segment], out: list[Decision], zones: Zones) -> list[Decision]:
    """Fallback: the container holding the most words of prose is the story."""
    weight: Counter[object] = Counter()
    for seg, (label, _) in zip(segs, out):
        if label is Label.BOILERPLATE and _prose(seg) and zones.of(seg.element)[0] in _OPEN:
            weight[_parent_key(seg)] += seg.words
    if not weight:
        # No prose at all (a listing, a form): keep every visible line outside page furniture.
        return [
            (Label.BODY, _r(Why.STORY, "page text (no story found)"))
            if label is Label.BOILERPLATE and zones.of(seg.element)[0] in _OPEN and seg.link_density < 0.6
            else (label, reason)
            for seg, (label, reason) in zip(segs, out)
        ]
    home = weight.most_common(1)[0][0]
    return [
        (Label.BODY, _r(Why.STORY, "prose in the densest container"))
        if label is Label.BOILERPLATE and _parent_key(seg) is home and seg.link_density < 0.5
        else (label, reason)
        for seg, (label, reason) in zip(segs, out)
    ]
