"""Things a page sets between the story's paragraphs that the ``Links`` rule does not
describe: links to other stories printed as one line ("Read more: <headline>")."""

from __future__ import annotations

from ...article import RelatedLink
from ...blocks import Label, Why
from ..context import Context
from ..rules import Line

__all__ = ["mark_read_more"]


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
