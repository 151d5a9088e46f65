"""Tags a page prints in a way no rule reads: run together on one line, as links, as a list
closed by commas."""

from __future__ import annotations

from ...lexicon.tags import split_tags
from ..context import Context
from ..rules import XPath
from .text import link_texts

__all__ = ["article_tags", "tags_from_links"]


def article_tags(ctx: Context, line: str) -> tuple[str, ...]:
    """The tags of a line of tag words run together ("Dax Deutsche Börse Dollar"), cut into
    the phrases the article uses (:func:`cleanwire.lexicon.tags.split_tags`): its title, the
    body the passes found, its captions and its related links' titles."""
    body = [ctx.texts[i] for i in ctx.found.body or ()]
    context = "\n".join([ctx.found.title or "", *body, *ctx.found.captions, *(r.title for r in ctx.found.related)])
    return split_tags(line, context)


def tags_from_links(ctx: Context, links: XPath, skip: tuple[str, ...] = ()) -> None:
    """Sites that print their tags as a run of links ("NewsNiederlande" in the page's text,
    "News Niederlande" in its dump): when the tag rule found them, the words are the links'
    texts in HTML and the lines found in a dump, joined and split into the phrases the article
    uses (the default ``tags`` field method does that), so both kinds give the same tags.
    ``skip``: link texts that are no tag ("Alle Themen")."""
    if ctx.found.tags_raw is None and ctx.found.tags is None:
        return
    if ctx.page is not None:
        words = list(link_texts(ctx, links))
    elif ctx.found.tags is not None:
        words = list(ctx.found.tags)
    else:
        words = [ctx.found.tags_raw[0]] if ctx.found.tags_raw else []
    words = [w for w in words if w and w not in skip]
    if words:
        ctx.found.tags, ctx.found.tags_raw = None, (" ".join(words), None)
