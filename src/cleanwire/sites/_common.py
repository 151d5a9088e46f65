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


def mark_photos(ctx: Context, credit: Line, rule: str) -> None:
    """Photos printed as their caption over their credit line ("Friedrich Merz" over "Foto:
    REUTERS/Nadja Wohlleben"): both are captions. A line over the credit that ends a
    sentence, or is long, is left alone (a photo without a caption under a paragraph)."""
    for i in range(len(ctx)):
        if not (ctx.free(i) and credit.match(ctx.texts[i])):
            continue
        above = i - 1
        if above >= 0 and ctx.free(above) and not credit.match(ctx.texts[above]) \
                and not ctx.texts[above].endswith(".") and ctx.texts[above].count(" ") < 25:
            ctx.found.captions.append(ctx.texts[above])
            ctx.mark(above, Label.CAPTION, Why.CAPTION, "photo caption (over its credit)", rule)
        ctx.found.captions.append(ctx.texts[i])
        ctx.mark(i, Label.CAPTION, Why.CREDIT, "photo credit", rule)


def mark_captions_printed_twice(ctx: Context, credited: Line, rule: str, *, keep_suffix: bool = True) -> None:
    """A caption a dump prints twice, once bare and once with its credit (or a button's text)
    after it ("Kläder har hittats." / "Kläder har hittats. Foto: Rescue Photo"): the credited
    line is the caption (without what ``credited`` matched unless ``keep_suffix``), the bare
    one beside it its copy."""
    for i in range(len(ctx)):
        found = credited.match(ctx.texts[i]) if ctx.free(i) else None
        if not found:
            continue
        bare = ctx.texts[i][: found.start()].strip()
        ctx.found.captions.append(ctx.texts[i] if keep_suffix else bare)
        ctx.mark(i, Label.CAPTION, Why.CAPTION, "photo caption", rule)
        for k in (i - 1, i + 1):
            if 0 <= k < len(ctx) and ctx.free(k) and ctx.texts[k] == bare:
                ctx.mark(k, Label.BOILERPLATE, Why.CAPTION_AGAIN, "caption printed again", rule)


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
