"""The passes that find the story's span and its body: where it starts and ends (the site's
anchors, else the generic path's edges), the page's tail, and the free lines left in it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ...blocks import Label, Why
from ...lexicon.normalise import fold
from ..context import Context
from ..rules import XPath
from .window import PROSE_WORDS, metadata_block

if TYPE_CHECKING:
    from ..definition import Layout


def story(ctx: Context, layout: Layout) -> None:
    """The story's span: after the start anchor (or the metadata at the top), before the first
    end anchor. Edges not found stay None; the field step then takes the generic edges."""
    found = ctx.found
    h = found.headline if found.headline is not None else -1
    start: int | None = None
    if layout.start is not None and (i := ctx.first(layout.start, h + 1, free=False)) is not None:
        start = i + 1
    elif layout.start_at is not None and (i := ctx.first(layout.start_at, h + 1, free=False)) is not None:
        start = i
    elif layout.start is None and layout.start_at is None:
        start = _after_top_metadata(ctx, layout)
    body_lines = sorted(ctx.inside(layout.container)) if isinstance(layout.container, XPath) else []
    if body_lines:
        start = max(start, body_lines[0]) if start is not None and start <= body_lines[-1] else body_lines[0]
    end: int | None = None
    if start is not None or layout.end:
        ends = [*layout.end, *layout.tail, *(links.heading for links in layout.links if links.ends_story)]
        if layout.tag_list is not None:
            ends += [rule for rule in (layout.tag_list.line, layout.tag_list.heading) if rule is not None]
        lo = start if start is not None else h + 1
        hits = [i for rule in ends if (i := ctx.first(rule, lo, free=False)) is not None]
        end = min(hits) if hits else None
        if body_lines and (end is None or end > body_lines[-1] + 1):
            end = body_lines[-1] + 1
    if start is not None and end is not None and end <= start:
        end = None
    if start is not None and end is None and layout.ends_with_page and ctx.page is None:
        end = len(ctx)
        ctx.notes.append("story end: the dump's last line (no end anchor found)")
    if start is None or end is None:
        # An edge the rules did not find is the generic story's edge: the site's other edge
        # and its other rules still apply.
        # Only when the generic path read the page's own lines: from a story embedded in a
        # script (a page whose visible markup holds no text) its blocks are not these lines.
        blocks = ctx.generic.blocks
        story = [i for i, block in enumerate(blocks) if block.label is Label.BODY] if len(blocks) == len(ctx) else []
        if story:
            if start is None:
                start = story[0]
                found.generic_start = True
                ctx.notes.append("story start: generic (no start anchor found)")
            if end is None:
                end = _extend_end(ctx, layout, story[-1] + 1)
                found.generic_end = True
                ctx.notes.append("story end: generic (no end anchor found)")
    if start is not None and end is not None and end <= start:
        start = end = None
    found.start, found.end = start, end


def _extend_end(ctx: Context, layout: Layout, end: int) -> int:
    """Move a generic story end past what the site's rules know belongs to a story's end:
    photos printed twice, and a closing credit line."""
    closing = [rule.line for rule in layout.byline if rule.where == "end"]
    caption = layout.caption
    while end < len(ctx) and ctx.free(end):
        text = ctx.texts[end]
        twice = caption is not None and caption.twice and text in ctx.texts[end + 1:end + 3]
        credit = caption is not None and caption.line is not None and caption.line.match(text)
        if twice:
            end += 1 + ctx.texts[end + 1:end + 3].index(text) + 1
        elif credit or any(rule.match(text) for rule in closing):
            end += 1
        else:
            break
    return end


def _after_top_metadata(ctx: Context, layout: Layout) -> int | None:
    """The line after the metadata block at the top (headline, kicker, byline, dateline): the
    block ends at the first line of prose, so a byline printed under the story is not in it."""
    top = metadata_block(ctx, layout)
    last = ctx.found.headline
    for i in range(ctx.found.headline or top.start, top.stop):
        label = ctx.labels[i]
        if label is None:
            if ctx.texts[i].count(" ") >= PROSE_WORDS:
                break
        elif label[0] is Label.METADATA:
            last = i
    return None if last is None else last + 1


def tail(ctx: Context, layout: Layout) -> None:
    """From the first tail anchor after the story's start (comments, footer), everything goes."""
    if not layout.tail:
        return
    lo = ctx.found.start if ctx.found.start is not None else (ctx.found.headline or 0)
    hits = [i for rule in layout.tail if (i := ctx.first(rule, lo, free=False)) is not None]
    if not hits:
        return
    for i in range(min(hits), len(ctx)):
        if ctx.free(i):
            ctx.mark(i, Label.BOILERPLATE, Why.TAIL, "page tail (comments, footer)", f"{layout.rule_name}.tail")


def body(ctx: Context, layout: Layout) -> None:
    """The story's free lines are the body; the page's own headline repeated is not."""
    start, end = ctx.found.start, ctx.found.end
    if start is None or end is None:
        return
    outside = ctx.inside(layout.container) if isinstance(layout.container, XPath) else None
    title = fold(ctx.found.title)
    rule = f"{layout.rule_name}.story"
    vouched = _vouched_span(ctx)
    lines = []
    for i in range(start, end):
        if not ctx.free(i):
            continue
        if outside and i not in outside:
            ctx.mark(i, Label.BOILERPLATE, Why.NOT_STORY, "outside the story's container", rule)
        elif vouched is not None and not vouched(i):
            ctx.mark(i, Label.BOILERPLATE, Why.NOT_STORY, "not story by the generic path (an edge was not found)", rule)
        elif title and fold(ctx.texts[i]) == title:
            ctx.mark(i, Label.METADATA, Why.HEADLINE, "headline printed again", rule)
        else:
            lines.append(i)
            ctx.mark(i, Label.BODY, Why.STORY, "story", rule)
    if ctx.found.standfirst is not None and ctx.found.standfirst < start:
        lines.insert(0, ctx.found.standfirst)
    ctx.found.body = lines


def _vouched_span(ctx: Context) -> Callable[[int], bool] | None:
    """When an edge of the story came from the generic path, which lines the site may still
    call story: those the generic path calls story, and those on the side of the edge the
    site's own anchor found (a standfirst above the generic story's first line). None when
    the site found both edges."""
    found = ctx.found
    if not (found.generic_start or found.generic_end):
        return None
    story = {i for i, block in enumerate(ctx.generic.blocks) if block.label is Label.BODY}
    if not story:
        return None
    first, last = min(story), max(story)
    return lambda i: i in story or (not found.generic_start and i < first) or (not found.generic_end and i > last)


