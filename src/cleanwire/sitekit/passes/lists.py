"""The links pass: lists of links under a heading, widgets inside the story (lifted out) and
related links after it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...article import RelatedLink
from ...blocks import Label, Why
from ...lexicon.normalise import fold
from ..context import Context
from ..rules import Item, Line, Links, XPath

if TYPE_CHECKING:
    from ..definition import Layout


def links(ctx: Context, layout: Layout) -> None:
    h = ctx.found.headline if ctx.found.headline is not None else 0
    for rule in layout.links:
        i = h
        while (i := ctx.first(rule.heading, i)) is not None:  # type: ignore[assignment]
            i = _link_list(ctx, layout, rule, i)


def _link_list(ctx: Context, layout: Layout, rule: Links, at: int) -> int:
    """Label one list whose heading is line ``at``; returns the index after it."""
    name = f"{layout.rule_name}.links"
    start, end = ctx.found.start, ctx.found.end
    inside = start is not None and start <= at < (end if end is not None else len(ctx))
    group = ctx.texts[at]
    if isinstance(rule.heading, XPath):
        lines = [i for i in sorted(ctx.inside(rule.heading)) if ctx.free(i)]
        for i in lines:
            if rule.related and rule.item.title.match(ctx.texts[i]) and (url := ctx.link_url(i)):
                ctx.found.related.append(RelatedLink(ctx.texts[i], url, None))
                ctx.mark(i, Label.RELATED, Why.RELATED_ITEM, "link in a related module", name)
            else:
                ctx.mark(i, Label.BOILERPLATE, Why.WIDGET, "inside a related module", name)
        return (lines[-1] + 1) if lines else at + 1
    ctx.mark(at, Label.RELATED if rule.related else Label.BOILERPLATE,
             Why.WIDGET if inside else Why.RELATED_HEADING, f"heading of '{group}'", name)
    j, items = at + 1, 0
    own = fold(ctx.found.title)
    while j < len(ctx) and items < rule.max_items:
        if rule.end is not None and ctx.free(j) and rule.end.match(ctx.texts[j]):
            ctx.mark(j, Label.BOILERPLATE, Why.WIDGET, f"end of '{group}'", name)
            return j + 1
        taken = _item(ctx, rule.item, j)
        if taken is None:
            break
        first, title, last = taken
        for k in range(first, last + 1):
            if k == title and own and fold(ctx.texts[k]) == own:
                ctx.mark(k, Label.BOILERPLATE, Why.HEADLINE, "the article's own headline in a list", name)
            elif k == title and rule.related:
                ctx.found.related.append(RelatedLink(ctx.texts[k], ctx.link_url(k), group))
                ctx.mark(k, Label.RELATED, Why.WIDGET_ITEM if inside else Why.RELATED_ITEM, f"item of '{group}'", name)
            else:
                ctx.mark(k, Label.BOILERPLATE, Why.WIDGET_ITEM, f"part of an item of '{group}'", name)
        items += 1
        j = last + 1
    if items == 0:
        ctx.mark(at, Label.BOILERPLATE, Why.WIDGET, f"empty widget '{group}'", name)
    return j


def _boundary(ctx: Context, k: int) -> bool:
    """True when line ``k`` opens something else (another list, the tags, the tail): no item."""
    layout = ctx.layout
    if layout is None:
        return False
    rules = [*layout.end, *layout.tail, *(links.heading for links in layout.links)]
    if layout.tag_list is not None:
        rules += [rule for rule in (layout.tag_list.line, layout.tag_list.heading) if rule is not None]
    return any(isinstance(rule, Line) and rule.match(ctx.texts[k]) for rule in rules)


def _item(ctx: Context, item: Item, j: int) -> tuple[int, int, int] | None:
    """``(first line, title line, last line)`` of the item starting at ``j``, else None."""
    n = len(ctx)

    def fits(k: int, rule: Line) -> bool:
        return k < n and ctx.free(k) and bool(rule.match(ctx.texts[k])) and not _boundary(ctx, k)

    first = title = j
    if item.kicker is not None:
        if fits(j, item.kicker) and fits(j + 1, item.title):
            title = j + 1
        elif not item.kicker_optional:
            return None
    if not fits(title, item.title):
        return None
    last = title
    for extra in item.extra:
        if fits(last + 1, extra):
            last += 1
    return first, title, last

