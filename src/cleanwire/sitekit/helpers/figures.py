"""Photos and what a page prints around them: captions (once, the copies after) and their
credits, the alt texts a dump prints above them."""

from __future__ import annotations

from ...blocks import Label, Why
from ...lexicon.normalise import shared_words
from ..context import Context
from ..passes.photos import is_caption, mark_alt_text, mark_alt_texts, take_caption
from ..rules import Line

__all__ = ["is_caption", "mark_alt_text", "mark_alt_texts", "mark_captions_printed_twice", "mark_credited_captions",
           "take_caption", "take_credited_caption"]

#: A dump's alt text that shares this much of its caption's words is a near copy of it.
_NEAR_COPY = 0.6


def take_credited_caption(ctx: Context, i: int, rule: str, *, caption: Line | None = None,
                          credit_in_caption: bool = True) -> bool:
    """Line ``i`` is a photo's credit ("Foto: REUTERS/Nadja Wohlleben"), printed under its
    caption: the free line right above it is the caption when it has the shape ``caption``
    (any line when None). The credit is part of the caption list when ``credit_in_caption``,
    else furniture. True when a caption was taken."""
    above = i - 1
    taken = above >= 0 and ctx.free(above) and (caption is None or bool(caption.match(ctx.texts[above])))
    if taken:
        ctx.found.captions.append(ctx.texts[above])
        ctx.mark(above, Label.CAPTION, Why.CAPTION, "photo caption (over its credit)", rule)
    if ctx.free(i) and credit_in_caption:
        ctx.found.captions.append(ctx.texts[i])
        ctx.mark(i, Label.CAPTION, Why.CREDIT, "photo credit", rule)
    elif ctx.free(i):
        ctx.mark(i, Label.BOILERPLATE, Why.CREDIT, "photo credit", rule)
    return taken


def mark_credited_captions(ctx: Context, credit: Line, rule: str, *, caption: Line | None = None,
                           credit_in_caption: bool = True, lo: int = 0, hi: int | None = None,
                           alt_copies: bool = False) -> None:
    """Every photo captioned over a credit line between lines ``lo`` and ``hi``: the lines
    ``credit`` matches (free, or already taken for a caption) with the caption above them (see
    :func:`take_credited_caption`; a credit above a credit is no caption). ``alt_copies``:
    above the caption a dump prints the photo's alt text, a near copy of the caption (most of
    its words), which goes too."""
    for i in range(lo + 1, len(ctx) if hi is None else hi):
        label = ctx.labels[i]
        if (label is not None and label[0] is not Label.CAPTION) or not credit.match(ctx.texts[i]):
            continue
        shape = caption if not credit.match(ctx.texts[i - 1]) else _NOTHING
        take_credited_caption(ctx, i, rule, caption=shape, credit_in_caption=credit_in_caption)
        alt = i - 2
        if (alt_copies and ctx.kind == "dump" and alt >= lo and ctx.free(alt)
                and shared_words(ctx.texts[alt], ctx.texts[i - 1]) >= _NEAR_COPY):
            ctx.mark(alt, Label.BOILERPLATE, Why.CAPTION_AGAIN, "photo alt text (a near copy of its caption)", rule)


#: Matches no line.
_NOTHING = Line(r"(?!)")


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
