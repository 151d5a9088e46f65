"""Small passes several site definitions share (the registry skips this module)."""

from __future__ import annotations

from cleanwire.blocks import Label, Why
from cleanwire.sitekit import HEADLINE_LIKE, Context, Layout
from cleanwire.sitekit.passes import PASSES


def headline_above_byline(ctx: Context, layout: Layout) -> None:
    """The headline is the line right above the first byline, for sites whose declared title
    is printed elsewhere (in the breadcrumb, or not at all); else the default headline pass."""
    rules = [rule.line for rule in layout.byline if rule.where != "end"]
    by = next((i for i in range(len(ctx)) if any(rule.match(ctx.texts[i]) for rule in rules)), None)
    if by and ctx.free(by - 1) and HEADLINE_LIKE.match(ctx.texts[by - 1]):
        ctx.found.headline, ctx.found.title = by - 1, ctx.texts[by - 1]
        ctx.mark(by - 1, Label.METADATA, Why.HEADLINE, "headline (above the byline)", f"{layout.rule_name}.headline")
    else:
        PASSES["headline"](ctx, layout)
