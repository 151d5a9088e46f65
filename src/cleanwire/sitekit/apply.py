"""Reading a page with a site definition: pick the layout, run its passes, fill the Article
field by field, and fall back to the generic path wherever the site cannot vouch for a field.

The generic path's answers are computed only when a field needs them, so a page the site
class reads completely costs no more than its own rules.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..article import Article
from ..blocks import Block, Explanation, Label, Reason, Why
from ..document import Document
from ..generic.html.segment import PathNamer
from .context import Context
from .definition import Site, Vouched, choose_layout
from .guard import holds_furniture
from .passes import run

#: A site body with fewer words than this is no story: the generic body is used instead.
MIN_BODY_WORDS = 20
#: The note's words when a layout taken without anchors gave its body to the generic path.
UNCONFIRMED = "the layout was not confirmed by anchors"
_BEFORE = Reason(Why.BEFORE_STORY, "before the story")
_AFTER = Reason(Why.AFTER_STORY, "after the story")


def explain_site(site: type[Site], doc: Document) -> Explanation:
    """Read ``doc`` with ``site``'s definition, falling back to the generic path field by field."""
    ctx = Context.read(doc, site.timezone)
    layout_cls, how = choose_layout(site, ctx)
    if layout_cls is None:
        return _unknown_layout(site, ctx, how)
    layout = layout_cls()
    ctx.layout = layout
    version = site.version_name(layout_cls)
    ctx.notes.append(f"layout: {version or site.name} ({how})")
    run(ctx, layout)
    fallback = _Fallback(ctx)
    fields: dict[str, Any] = {}
    for name, method in (("title", layout.title), ("authors", layout.authors), ("published", layout.published),
                         ("section", layout.section), ("tags", layout.tags), ("language", layout.language)):
        value = method(ctx)
        if isinstance(value, Vouched):
            value = ()
            ctx.notes.append(f"{name}: empty (the site vouches for it)")
        elif value is None or value == ():
            value = fallback.value(name)
        fields[name] = value
    paragraphs = layout.body(ctx)
    unread = _unread_body(paragraphs, ctx, check=how != "anchors" and layout.checked_without_anchors)
    if unread or paragraphs is None:
        ctx.notes.append(f"body, captions, related: generic ({unread})")
        generic = ctx.generic
        article = replace(generic.article, url=doc.url, site=site.site_name, extractor=site.name, **fields)
        return Explanation(article, generic.blocks, site.name, version, tuple(ctx.notes))
    article = Article(
        paragraphs=paragraphs,
        url=doc.url,
        site=site.site_name,
        captions=layout.captions(ctx) or (),
        related=layout.related(ctx) or (),
        extractor=site.name,
        canonical_url=ctx.page.meta.canonical_url if ctx.page is not None else None,
        **fields,
    )
    return Explanation(article, _blocks(ctx), site.name, version, tuple(ctx.notes))


def _unread_body(paragraphs: tuple[str, ...] | None, ctx: Context, *, check: bool) -> str | None:
    """Why the site's body is not used (None: it is). ``check``: the layout was taken without
    its anchors, on a page the site may have redesigned since."""
    if paragraphs is None or sum(len(p.split()) for p in paragraphs) < MIN_BODY_WORDS:
        return "the site's rules found no story"
    if check and holds_furniture(paragraphs, ctx.generic_article.paragraphs):
        return f"{UNCONFIRMED} and its body keeps page furniture the generic path leaves out"
    return None


class _Fallback:
    """The generic value of a metadata field, noting each use. HTML metadata is read with
    the page; a dump's needs the generic line model, run once on first use."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def value(self, name: str) -> Any:
        ctx = self.ctx
        source: Any = ctx.page.meta if ctx.page is not None else ctx.generic_article
        value = getattr(source, name)
        if value not in (None, ()):
            ctx.notes.append(f"{name}: generic")
        return value


def _unknown_layout(site: type[Site], ctx: Context, how: str) -> Explanation:
    generic = ctx.generic
    article = replace(generic.article, site=site.site_name, extractor=site.name,
                      language=site.lang or generic.article.language)
    note = f"{site.name}: the page matched no known layout ({how}); generic used"
    return Explanation(article, generic.blocks, site.name, None, (note, *ctx.notes))


def _blocks(ctx: Context) -> tuple[Block, ...]:
    paths = PathNamer() if ctx.elements is not None else None
    out = []
    start = ctx.found.start or 0
    for i, text in enumerate(ctx.texts):
        label, reason = ctx.labels[i] or (Label.BOILERPLATE, _BEFORE if i < start else _AFTER)
        path = paths(ctx.elements[i]) if paths is not None and ctx.elements is not None else None
        out.append(Block(text, label, reason, line=ctx.numbers[i], path=path))
    return tuple(out)
