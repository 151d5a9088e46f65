"""Related links: the "Related", "More from", "Most read" modules and link lists after the story.

Every link gets an absolute URL (resolved against ``<base href>`` and the page URL) and the
heading of the module it sat in.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from ...article import RelatedLink
from ...blocks import Label
from ...lexicon.normalise import word_key
from .segment import Segment
from .tree import absolute
from .zones import Zone, Zones

_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_TITLE_CLASS = re.compile(r"title|heading|header|label", re.I)


def _text(el: HtmlElement) -> str:
    return " ".join(el.text_content().split())


def _heading(container: HtmlElement) -> str | None:
    """The module's heading: a heading inside it, or the one right before it."""
    for el in container.iter(*_HEADINGS, "strong", "span", "div", "p"):
        if el.tag in _HEADINGS or _TITLE_CLASS.search(el.get("class") or ""):
            text = _text(el)
            if text and len(text.split()) <= 8 and el.find(".//a") is None:
                return text
    prev = container.getprevious()
    if prev is not None and prev.tag in _HEADINGS:
        text = _text(prev)
        return text if len(text.split()) <= 8 else None
    return None


def _links(container: HtmlElement, group: str | None, base: str | None, title: str | None,
           seen: set[str]) -> list[RelatedLink]:
    out = []
    own = word_key(title)
    for a in container.iter("a"):
        text = _text(a)
        url = absolute(a.get("href"), base)
        if not url or url in seen or len(text) < 12 or len(text.split()) < 3 or text == group:
            continue
        if own and word_key(text) == own:
            continue
        seen.add(url)
        out.append(RelatedLink(text, url, group))
    return out


def related_links(segs: list[Segment], labels: list[Label], zones: Zones, base: str | None,
                  title: str | None) -> list[RelatedLink]:
    """The links of every module whose segments were labelled related, in page order."""
    containers: list[HtmlElement] = []
    for seg, label in zip(segs, labels):
        if label is not Label.RELATED:
            continue
        box = zones.container(seg.element) if zones.of(seg.element)[0] is Zone.RELATED else None
        box = box if box is not None else seg.element.getparent()
        if box is not None and not any(box is c or _inside(box, c) for c in containers):
            containers.append(box)
    seen: set[str] = set()
    out: list[RelatedLink] = []
    for box in containers:
        out.extend(_links(box, _heading(box), base, title, seen))
    return out


def _inside(el: HtmlElement, container: HtmlElement) -> bool:
    node = el.getparent()
    while node is not None:
        if node is container:
            return True
        node = node.getparent()
    return False


def link_lists_after_story(segs: list[Segment], labels: list[Label], zones: Zones) -> list[int]:
    """Indexes of list items after the story that are all link and sit under a heading.

    These are "Read next" lists without telling class names; they are related, not body.
    """
    body = [i for i, label in enumerate(labels) if label is Label.BODY]
    if not body:
        return []
    found = []
    for i in range(body[-1] + 1, len(segs)):
        seg = segs[i]
        if seg.tag != "li" or seg.link_density < 0.8 or seg.words < 3 or labels[i] is not Label.BOILERPLATE:
            continue
        if zones.of(seg.element)[0] is Zone.BOILERPLATE:
            continue
        parent = seg.element.getparent()
        prev = parent.getprevious() if parent is not None else None
        if prev is not None and prev.tag in _HEADINGS:
            found.append(i)
    return found
