"""Field logic several site definitions share (the registry skips this module)."""

from __future__ import annotations

from cleanwire.article import RelatedLink
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


def mark_read_more(ctx: Context, prefix: Line, group: str, rule: str) -> None:
    """"Read more: <headline>": a link to another story set between paragraphs, the headline
    after what ``prefix`` matches. A link printed again (another copy of the story on the
    page) is not listed twice."""
    for i in range(len(ctx)):
        found = prefix.match(ctx.texts[i]) if ctx.free(i) else None
        if not found:
            continue
        title = ctx.texts[i][found.end():].strip(" \ufeff")
        if any(link.title == title for link in ctx.found.related):
            ctx.mark(i, Label.BOILERPLATE, Why.WIDGET_ITEM, "a link to another story, again", rule)
            continue
        ctx.found.related.append(RelatedLink(title, ctx.link_url(i), group))
        ctx.mark(i, Label.RELATED, Why.WIDGET_ITEM, "a link to another story", rule)
