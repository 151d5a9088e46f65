"""Field logic several site definitions share (the registry skips this module)."""

from __future__ import annotations

from cleanwire.blocks import Label, Why
from cleanwire.lexicon.normalise import word_key
from cleanwire.sitekit import Context, Line


def mark_sticky_title(ctx: Context, buttons: Line, rule: str) -> None:
    """The bar that sticks to the top of the window prints the headline with its buttons
    under it: that copy (the first the page prints) is not the headline."""
    title = word_key(ctx.meta_title)
    for i in range(len(ctx) - 1):
        if ctx.free(i) and buttons.match(ctx.texts[i + 1]) and title.startswith(word_key(ctx.texts[i]) or "\0"):
            ctx.mark(i, Label.BOILERPLATE, Why.CHROME, "the headline in the sticky bar", rule)
