"""The captions pass: photo captions by their credit, by being printed twice, by the markup,
and the image alt text a dump prints above them."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from ...blocks import Label, Why
from ...generic.html.zones import Zone
from ...lexicon.normalise import fold
from ..context import Context
from ..rules import Line

if TYPE_CHECKING:
    from ..definition import Layout


def captions(ctx: Context, layout: Layout) -> None:
    rule = layout.caption
    if rule is None:
        return
    name = f"{layout.rule_name}.captions"
    lo = ctx.found.start if ctx.found.start is not None else (ctx.found.headline or 0) + 1
    hi = ctx.found.end if ctx.found.end is not None else len(ctx)
    if rule.html is not None:
        for i in sorted(ctx.inside(rule.html)):
            if ctx.free(i):
                take_caption(ctx, i, name)
    if rule.markup and ctx.page is not None and ctx.elements is not None:
        zones = ctx.page.zones
        for i in range(lo, hi):
            if ctx.free(i) and zones.of(ctx.elements[i])[0] is Zone.CAPTION:
                take_caption(ctx, i, name)
    if rule.twice:
        counts = Counter(ctx.texts[i] for i in range(lo, hi) if ctx.free(i))
        title = fold(ctx.found.title)
        for i in range(lo, hi):
            text = ctx.texts[i]
            if ctx.free(i) and counts[text] > 1 and text.count(" ") >= 2 and fold(text) != title:
                take_caption(ctx, i, name)
    if rule.line is not None:
        for i in range(lo, hi):
            if ctx.free(i) and rule.line.match(ctx.texts[i]):
                take_caption(ctx, i, name)
    if rule.alt:
        mark_alt_texts(ctx, name, lo=lo, hi=hi)


def take_caption(ctx: Context, i: int, rule: str, message: str = "photo caption") -> None:
    """Line ``i`` is a caption; when the page has printed it before, it is the copy."""
    text = ctx.texts[i]
    if text in ctx.found.captions:
        ctx.mark(i, Label.BOILERPLATE, Why.CAPTION_AGAIN, "caption printed again", rule)
    else:
        ctx.found.captions.append(text)
        ctx.mark(i, Label.CAPTION, Why.CAPTION, message, rule)


def is_caption(ctx: Context, i: int) -> bool:
    """True when line ``i`` is labelled as a caption or as a caption's copy."""
    label = ctx.labels[i]
    return label is not None and label[1].code in (Why.CAPTION, Why.CAPTION_AGAIN)


def mark_alt_text(ctx: Context, i: int, rule: str, *, max_words: int = 40) -> bool:
    """A dump prints an image's alt text on a line of its own (above the caption or the video
    teaser it illustrates); a page shows none. Label line ``i`` so when it is free, in a dump,
    and shorter than ``max_words`` words. True when labelled."""
    if ctx.kind != "dump" or not 0 <= i < len(ctx) or not ctx.free(i) or ctx.texts[i].count(" ") >= max_words:
        return False
    ctx.mark(i, Label.BOILERPLATE, Why.CAPTION_AGAIN, "an image's alt text", rule)
    return True


def mark_alt_texts(ctx: Context, rule: str, *, shape: Line | None = None, lo: int = 0, hi: int | None = None,
                   max_words: int = 40) -> None:
    """The alt texts a dump prints right above the captions (lines labelled as captions,
    between ``lo`` and ``hi``): the line above a caption that starts with it (": Rainer de
    Meijer" above "Rainer de Meijer | Foto: Zvg."), or, given ``shape``, any line of that
    shape there."""
    for i in range(max(lo, 1), len(ctx) if hi is None else hi):
        label = ctx.labels[i]
        if label is None or label[0] is not Label.CAPTION:
            continue
        above, caption = ctx.texts[i - 1], ctx.texts[i]
        alt = above.lstrip(": ")
        if shape.match(above) if shape is not None else (alt and len(alt) < len(caption) and caption.startswith(alt)):
            mark_alt_text(ctx, i - 1, rule, max_words=max_words)

