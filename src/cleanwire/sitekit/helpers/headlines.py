"""Finding the headline where the default headline pass cannot: above an anchor, as the copy
of the declared title, or as the heading that ends with it (a kicker printed before it); and
the copy of the headline a sticky bar prints, which is none.

Each marks the line it finds with :func:`take_headline` (which a site's own headline pass uses
too) and leaves the page alone when it finds nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ...blocks import Label, Why
from ...lexicon.normalise import fold, shared_words, word_key
from ..context import Context
from ..passes.header import line_above, take_headline
from ..rules import HEADLINE_LIKE, Line, Locator

if TYPE_CHECKING:
    from ..definition import Layout

__all__ = ["headline_above", "headline_by_declared_title", "headline_ending_with", "line_above", "mark_sticky_title",
           "take_headline"]


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


#: A line sharing this much of the declared title's words is the headline reworded.
_REWORDED = 0.6


def headline_by_declared_title(ctx: Context, layout: Layout, wanted: str | None, below: Line | None = None,
                               message: str = "headline (the declared title)") -> int | None:
    """The headline: the line with the words of ``wanted`` (the declared title; compared by
    words, as it may quote with straight quotes where the page prints curly ones). When the
    page prints it several times (a sticky bar, a hidden copy), the last copy above the first
    line matching ``below`` (the byline), else the first copy. Without a copy, a headline-shaped
    line sharing most of its words (a print headline reworded for the web) above ``below`` (or
    among the first 200 lines). Returns the headline's line, or None."""
    key = word_key(wanted)
    if not key:
        return None
    stop = ctx.first(below) if below is not None else None
    # Only lines of about the title's length can be a copy of it (the cheap test first).
    size = len(wanted or "")
    candidates = [i for i in range(stop if stop is not None else len(ctx))
                  if ctx.free(i) and size / 2 <= len(ctx.texts[i]) <= size * 2]
    copies = [i for i in candidates if word_key(ctx.texts[i]) == key]
    if not copies:
        near = [(shared_words(key, ctx.texts[i]), i) for i in candidates
                if (stop is not None or i < 200) and HEADLINE_LIKE.match(ctx.texts[i])]
        best = max(near, default=(0.0, 0))
        copies = [best[1]] if best[0] >= _REWORDED else []
    if not copies:
        return None
    found = copies[-1] if stop is not None else copies[0]
    take_headline(ctx, layout, found, message)
    return found


def mark_sticky_title(ctx: Context, buttons: Line, rule: str) -> None:
    """The bar that sticks to the top of the window prints the headline with its buttons
    under it: that copy (the first the page prints) is not the headline."""
    title = word_key(ctx.meta_title)
    for i in range(len(ctx) - 1):
        if ctx.free(i) and buttons.match(ctx.texts[i + 1]) and title.startswith(word_key(ctx.texts[i]) or "\0"):
            ctx.mark(i, Label.BOILERPLATE, Why.CHROME, "the headline in the sticky bar", rule)
