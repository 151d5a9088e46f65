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

from ...blocks import Label
from .segment import Segment
from .zones import Zone, Zones

Decision = tuple[Label, str]

_PROMO = re.compile(
    r"^(?:click here|tap here|sign up|subscribe|follow us|get the .{0,40}app|download the .{0,30}app|"
    r"related(?: articles?| stories| coverage| content| links?| reading)?\s*[:|]|see more\s*:|read more\s*:|"
    r"more\s*:|also read\s*:|read also\s*:|watch\s*:|don't miss|advertisement$|share this|"
    r"thanks for signing up|sorry!?$|you (?:might|may) also like|recommended for you|"
    r"\d*\s*comments?$|(?:estimated )?reading time|tempo de leitura|lesezeit|temps de lecture|"
    r"\d+\s*min(?:ute)?s?\s+read$)",
    re.I,
)
_CREDIT = re.compile(r"^(?:©|\(?(?:photo|image|picture|foto|bild)(?: credit)?\s*:|\((?:photo|image) credit)", re.I)
_BYLINE = re.compile(r"^(?:by|von|par|por|oleh)\s+\S", re.I)
_SENTENCE = re.compile(r"[.!?…:;\"”’)]\s*$")
_WORDS = re.compile(r"\w+")


def _norm(text: str | None) -> str:
    return " ".join(_WORDS.findall(text or "")).casefold()


def _promo(seg: Segment) -> str | None:
    if _PROMO.search(seg.text):
        return "promotion or widget phrase"
    letters = [c for c in seg.text if c.isalpha()]
    if seg.words >= 3 and seg.link_density > 0.5 and letters and sum(c.isupper() for c in letters) > 0.9 * len(letters):
        return "all-caps promotional link"
    return None


def classify(segs: list[Segment], kept: list[bool], headline: str | None) -> list[Decision]:
    """One decision per segment."""
    title = _norm(headline)
    zones = Zones()
    found = [zones.of(seg.element) for seg in segs]
    story_modules = _story_modules(segs, kept, found)
    out: list[Decision] = []
    for seg, keep, (zone, why) in zip(segs, kept, found):
        if zone is not Zone.CAPTION and why in story_modules:
            zone, why = Zone.NONE, ""
        if title and seg.words <= 40 and _norm(seg.text) == title:
            out.append((Label.METADATA, "the headline"))
        elif seg.tag == "h1" and not (keep and any(label is Label.BODY for label, _ in out)):
            out.append((Label.METADATA, "a page heading (h1) before the story"))
        elif zone is Zone.CAPTION:
            out.append((Label.CAPTION, f"caption ({why})"))
        elif zone is Zone.RELATED:
            out.append((Label.RELATED, f"related module ({why})"))
        elif _CREDIT.search(seg.text) and seg.words <= 60:
            out.append((Label.CAPTION, "credit line"))
        elif _BYLINE.search(seg.text) and seg.words <= 8:
            out.append((Label.METADATA, "byline"))
        elif not keep:
            out.append((Label.BOILERPLATE, f"not main text{f' ({why})' if why else ''}"))
        elif (promo := _promo(seg)) is not None:
            out.append((Label.BOILERPLATE, promo))
        else:
            out.append((Label.BODY, "main text"))
    if not any(label is Label.BODY for label, _ in out):
        return _densest(segs, out, zones)
    return _complete(segs, out, zones)


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


def _prose(seg: Segment) -> bool:
    return seg.link_density < 0.35 and (seg.words >= 12 or (seg.words >= 5 and bool(_SENTENCE.search(seg.text))))


def _complete(segs: list[Segment], out: list[Decision], zones: Zones) -> list[Decision]:
    """Take back prose that sits in the same container as the story but was not kept."""
    body = [i for i, (label, _) in enumerate(out) if label is Label.BODY]
    parents = Counter(_parent_key(segs[i]) for i in body)
    home = {p for p, n in parents.items() if n >= 2}
    first, last = body[0], body[-1]
    result = list(out)
    for i in range(first, last + 1):
        seg = segs[i]
        if out[i][0] is not Label.BOILERPLATE or not out[i][1].startswith("not main text ") and out[i][1] != "not main text":
            continue
        zone, _ = zones.of(seg.element)
        if zone in (Zone.NONE, Zone.CONTENT) and _prose(seg) and _parent_key(seg) in home and _promo(seg) is None:
            result[i] = (Label.BODY, "prose in the story's container")
    return result


def _densest(segs: list[Segment], out: list[Decision], zones: Zones) -> list[Decision]:
    """Fallback: the container holding the most words of prose is the story."""
    weight: Counter[object] = Counter()
    for seg, (label, _) in zip(segs, out):
        if label is Label.BOILERPLATE and _prose(seg) and zones.of(seg.element)[0] in (Zone.NONE, Zone.CONTENT):
            weight[_parent_key(seg)] += seg.words
    if not weight:
        # No prose at all (a listing, a form): keep every visible line outside page furniture.
        return [
            (Label.BODY, "page text (no story found)")
            if label is Label.BOILERPLATE and zones.of(seg.element)[0] in (Zone.NONE, Zone.CONTENT) and seg.link_density < 0.6
            else (label, reason)
            for seg, (label, reason) in zip(segs, out)
        ]
    home = weight.most_common(1)[0][0]
    return [
        (Label.BODY, "prose in the densest container")
        if label is Label.BOILERPLATE and _parent_key(seg) is home and seg.link_density < 0.5
        else (label, reason)
        for seg, (label, reason) in zip(segs, out)
    ]
