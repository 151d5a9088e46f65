"""Where on the page the metadata passes look: the block around the headline."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..context import Context

if TYPE_CHECKING:
    from ..definition import Layout

#: A free line with this many spaces (words - 1) or more is prose: the metadata block is over.
PROSE_WORDS = 11


def metadata_block(ctx: Context, layout: Layout) -> range:
    """Where metadata sits: around the headline (above it too) up to the first line of prose
    after it, or the page's first lines when there is no headline."""
    above, below = layout.top_window
    h = ctx.found.headline
    if h is None:
        return range(0, min(len(ctx), above + below))
    stop = min(len(ctx), h + below + 1)
    prose = [i for i in range(h + 1, stop) if ctx.free(i) and ctx.texts[i].count(" ") >= PROSE_WORDS]
    return range(max(0, h - above), prose[layout.top_prose] if len(prose) > layout.top_prose else stop)


def search_range(ctx: Context, layout: Layout, where: str) -> range:
    """The lines a byline or dateline rule searches: "top" (the metadata block around the
    headline, to the first line of prose), "header" (the whole top window around the headline;
    none when no headline was found) or the page."""
    h = ctx.found.headline
    if where == "top":
        return metadata_block(ctx, layout)
    if where == "header":
        above, below = layout.top_window
        return range(max(0, h - above), min(len(ctx), h + below + 1)) if h is not None else range(0)
    return range(len(ctx))

