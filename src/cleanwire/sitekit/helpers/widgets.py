"""Things a page sets between the story's paragraphs that the ``Links`` rule does not
describe: links to other stories printed as one line ("Read more: <headline>") or twice (a
teaser's picture and its title), lists of links with no heading of their own, and boxes that
run from an opening line to a closing one (a newsletter box, a consent notice in place of an
embed)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from lxml import etree

from ...article import RelatedLink
from ...blocks import Label, Why
from ..context import Context
from ..rules import HEADLINE_LIKE, Line
from .text import element_text

if TYPE_CHECKING:
    from ..definition import Layout

__all__ = ["Box", "mark_boxes", "mark_link_lists", "mark_read_more", "mark_twice_teasers"]


def mark_read_more(ctx: Context, prefix: Line, rule: str, *, group: str | None = None, lo: int = 0,
                   hi: int | None = None) -> None:
    """"Read more: <headline>" lines between ``lo`` and ``hi``: a link to another story (a
    related link in ``group``), its headline after what ``prefix`` matches. A headline the
    story prints as a line of its own (once its span is known) is one of the page's own parts
    (a live blog's entry), and a link printed again (another copy of the story on the page) is
    listed once."""
    hi = len(ctx) if hi is None else hi
    start, end = ctx.found.start, ctx.found.end
    own = {ctx.texts[i] for i in range(start, end) if ctx.free(i)} if start is not None and end is not None else set()
    for i in range(lo, hi):
        found = prefix.match(ctx.texts[i]) if ctx.free(i) else None
        if not found:
            continue
        title = ctx.texts[i][found.end():].strip(" \ufeff")
        if title in own:
            ctx.mark(i, Label.BOILERPLATE, Why.WIDGET_ITEM, "a link to a part of this page", rule)
        elif any(link.title == title for link in ctx.found.related):
            ctx.mark(i, Label.BOILERPLATE, Why.WIDGET_ITEM, "a link to another story, again", rule)
        else:
            ctx.found.related.append(RelatedLink(title, ctx.link_url(i), group))
            ctx.mark(i, Label.RELATED, Why.WIDGET_ITEM, "a link to another story", rule)


def mark_twice_teasers(ctx: Context, rule: str) -> None:
    """Related stories inside the story. A dump prints each as its picture's alt text and its
    title, the same headline twice in a row (the second is the link); a page prints the title
    once, as a line that is nothing but a link."""
    start, end = ctx.found.start, ctx.found.end
    if start is None or end is None:
        return
    for i in range(start, end):
        text = ctx.texts[i]
        if not ctx.free(i) or not HEADLINE_LIKE.match(text):
            continue
        if i + 1 < end and ctx.free(i + 1) and ctx.texts[i + 1] == text:
            ctx.mark(i, Label.BOILERPLATE, Why.WIDGET_ITEM, "related story's picture", rule)
            ctx.found.related.append(RelatedLink(text, ctx.link_url(i + 1), None))
            ctx.mark(i + 1, Label.RELATED, Why.WIDGET_ITEM, "related story", rule)
        elif ctx.elements is not None and _all_link(ctx.elements[i], text):
            ctx.found.related.append(RelatedLink(text, ctx.link_url(i), None))
            ctx.mark(i, Label.RELATED, Why.WIDGET_ITEM, "related story (a line that is one link)", rule)


def _all_link(element: etree._Element, text: str) -> bool:
    links = [element] if element.tag == "a" else list(element.iter("a"))
    return len(links) == 1 and " ".join(element_text(links[0]).split()) == text


def mark_link_lists(ctx: Context, layout: Layout, min_items: int, shape: re.Pattern[str],
                    heading: Line | None = None, most: float = 0.5) -> None:
    """Lists of links inside the story: ``min_items`` or more headline-shaped lines in a row,
    in one list of the page (each a link) or one paragraph of the dump (``most`` of them of
    the links' ``shape``, "Thema: Titel"), with the line introducing them (ending in ":" or
    matching ``heading``)."""
    rule = f"{layout.rule_name}.lists"
    i = ctx.found.start or 0
    while i < (ctx.found.end or 0):
        group = _list_at(ctx, i, shape, most)
        if len(group) < min_items:
            i += 1
            continue
        above, name = group[0] - 1, "in-text links"
        lead = ctx.texts[above] if above >= 0 and ctx.free(above) else ""
        if lead and lead.count(" ") < 14 and (lead.endswith(":") or (heading is not None and heading.match(lead))):
            name = lead
            ctx.mark(above, Label.RELATED, Why.WIDGET, f"heading of '{name}'", rule)
        for k in group:
            ctx.found.related.append(RelatedLink(ctx.texts[k], ctx.link_url(k), name))
            ctx.mark(k, Label.RELATED, Why.WIDGET_ITEM, f"item of '{name}'", rule)
        i = group[-1] + 1


def _list_at(ctx: Context, i: int, shape: re.Pattern[str], most: float) -> list[int]:
    group: list[int] = []
    k = i
    while k < len(ctx) and ctx.free(k) and ctx.texts[k].count(" ") < 16 and HEADLINE_LIKE.match(ctx.texts[k]):
        if group and not _same_list(ctx, group[-1], k):
            break
        group.append(k)
        k += 1
    if ctx.page is not None:
        linked = all(ctx.link_url(k) for k in group)
    else:
        linked = sum(bool(shape.search(ctx.texts[k])) for k in group) >= most * len(group)
    return group if linked else []


def _same_list(ctx: Context, a: int, b: int) -> bool:
    """In HTML, items of one list; in a dump, lines of one paragraph (no blank line between)."""
    if ctx.elements is not None:
        ea, eb = ctx.elements[a], ctx.elements[b]
        return ea.tag == eb.tag == "li" and ea.getparent() is eb.getparent()
    na, nb = ctx.numbers[a], ctx.numbers[b]
    return na is not None and nb is not None and nb == na + 1


@dataclass(frozen=True)
class Box:
    """Lines from ``open`` to the first ``close`` within ``max_lines`` after it, and the
    ``before`` lines above ``open`` (a box's own title). When no ``close`` follows, only the
    opening line (and those above it) belong to the box: the story is never eaten."""

    open: Line
    close: Line | None = None
    before: int = 0
    max_lines: int = 16


def mark_boxes(ctx: Context, boxes: tuple[Box, ...], rule: str, message: str = "box inside the story") -> None:
    """Label every free line of every box as furniture."""
    for box in boxes:
        i = 0
        while (i := ctx.first(box.open, i)) is not None:  # type: ignore[assignment]
            close = ctx.first(box.close, i + 1, i + 1 + box.max_lines) if box.close is not None else None
            last = close if close is not None else i
            for k in range(max(0, i - box.before), last + 1):
                if ctx.free(k):
                    ctx.mark(k, Label.BOILERPLATE, Why.PROMO, message, rule)
            i = last + 1
