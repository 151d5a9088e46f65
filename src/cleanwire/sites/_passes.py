"""Custom passes more than one of the site classes need."""

from __future__ import annotations

from lxml import etree

from cleanwire.article import RelatedLink
from cleanwire.blocks import Label, Why
from cleanwire.lexicon.normalise import fold
from cleanwire.sitekit import HEADLINE_LIKE, Context, Line


def pass_card(ctx: Context, closing: Line, rule: str) -> None:
    """An author card (the name, their latest headlines, "View all posts by NAME") printed
    under the byline: from the line ``closing`` matches (group ``n``, the name) up to the
    nearest copy of the name above it, all is page furniture."""
    h = ctx.found.headline or 0
    end = ctx.first(closing, h, free=False)
    if end is None:
        return
    match = closing.match(ctx.texts[end])
    name = fold(match["n"]) if match and match.groupdict().get("n") else None
    top = next((i for i in range(end - 1, h, -1) if name and fold(ctx.texts[i]) == name), None)
    for i in range(top if top is not None else end, end + 1):
        if ctx.free(i):
            ctx.mark(i, Label.BOILERPLATE, Why.WIDGET, "author card", rule)


def pass_twice_teasers(ctx: Context, rule: str) -> None:
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
    return len(links) == 1 and " ".join(links[0].text_content().split()) == text
