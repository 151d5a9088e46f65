"""The captions pass: photo captions by their credit, by being printed twice, by the markup,
and the image alt text a dump prints above them."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from ...blocks import Label, Why
from ...generic.html.zones import Zone
from ...lexicon.normalise import fold
from ..context import Context

if TYPE_CHECKING:
    from ..definition import Layout


def captions(ctx: Context, layout: Layout) -> None:
    rule = layout.caption
    if rule is None:
        return
    name = f"{layout.rule_name}.captions"
    lo = ctx.found.start if ctx.found.start is not None else (ctx.found.headline or 0) + 1
    hi = ctx.found.end if ctx.found.end is not None else len(ctx)
    seen: dict[str, None] = dict.fromkeys(ctx.found.captions)

    def take(i: int) -> None:
        text = ctx.texts[i]
        if text in seen:
            ctx.mark(i, Label.BOILERPLATE, Why.CAPTION_AGAIN, "caption printed again", name)
        else:
            seen[text] = None
            ctx.found.captions.append(text)
            ctx.mark(i, Label.CAPTION, Why.CAPTION, "photo caption", name)

    if rule.html is not None:
        for i in sorted(ctx.inside(rule.html)):
            if ctx.free(i):
                take(i)
    if rule.markup and ctx.page is not None and ctx.elements is not None:
        zones = ctx.page.zones
        for i in range(lo, hi):
            if ctx.free(i) and zones.of(ctx.elements[i])[0] is Zone.CAPTION:
                take(i)
    if rule.twice:
        counts = Counter(ctx.texts[i] for i in range(lo, hi) if ctx.free(i))
        title = fold(ctx.found.title)
        for i in range(lo, hi):
            text = ctx.texts[i]
            if ctx.free(i) and counts[text] > 1 and text.count(" ") >= 2 and fold(text) != title:
                take(i)
    if rule.line is not None:
        for i in range(lo, hi):
            if ctx.free(i) and rule.line.match(ctx.texts[i]):
                take(i)
    if rule.alt:
        for i in range(max(lo, 1), hi):
            above = ctx.texts[i - 1]
            if (ctx.free(i - 1) and ctx.labels[i] is not None and ctx.labels[i][0] is Label.CAPTION
                    and len(above) < len(ctx.texts[i]) and ctx.texts[i].startswith(above)):
                ctx.mark(i - 1, Label.BOILERPLATE, Why.CAPTION_AGAIN, "image alt text above its caption", name)

