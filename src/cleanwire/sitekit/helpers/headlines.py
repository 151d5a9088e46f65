"""Finding the headline where the default headline pass cannot: above an anchor, as the copy
of the declared title, or as the heading that ends with it (a kicker printed before it).

Each marks the line it finds with :func:`take_headline` (which a site's own headline pass uses
too) and leaves the page alone when it finds nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ...lexicon.normalise import fold
from ..context import Context
from ..passes.header import line_above, take_headline
from ..rules import Locator

if TYPE_CHECKING:
    from ..definition import Layout

__all__ = ["headline_above", "headline_ending_with", "line_above", "take_headline"]


def headline_above(ctx: Context, layout: Layout, anchors: Sequence[Locator], *, within: int = 5,
                   message: str = "headline") -> int | None:
    """The headline when none was found yet: the nearest headline-shaped free line at most
    ``within`` lines above the first line ``anchors`` find (the dateline, the byline), however
    far down the page that is (a long menu puts it past the default search). Returns the
    headline's line, or None."""
    if ctx.found.headline is not None:
        return ctx.found.headline
    found = line_above(ctx, anchors, within=within)
    if found is not None:
        take_headline(ctx, layout, found, message)
    return found


def headline_ending_with(ctx: Context, layout: Layout, declared: str | None,
                         message: str = "headline (kicker and declared title)") -> int | None:
    """The headline of a site that prints kicker and headline in one heading and declares the
    headline alone ("US-Dream-Team wird immer besser Deutscher Aggressor beeindruckt"): the
    first free line that ends with ``declared``. Returns its line, or None."""
    wanted = fold(declared)
    if not wanted:
        return None
    for i, text in enumerate(ctx.texts):
        if ctx.free(i) and len(text) < 400 and fold(text).endswith(wanted):
            take_headline(ctx, layout, i, message)
            return i
    return None
