"""The tags pass: one line of tags, a heading over one tag a line, or (HTML) elements."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...blocks import Label, Why
from ..context import Context

if TYPE_CHECKING:
    from ..definition import Layout


def tags(ctx: Context, layout: Layout) -> None:
    rule = layout.tag_list
    if rule is None:
        return
    name = f"{layout.rule_name}.tags"
    lo = ctx.found.headline or 0
    found: list[str] = []
    if rule.html is not None and ctx.inside(rule.html):
        found = [ctx.texts[k] for k in ctx.mark_inside(rule.html, Label.METADATA, Why.TAGS, "tags", name)]
    elif rule.line is not None and (i := ctx.first(rule.line, lo)) is not None:
        match = rule.line.match(ctx.texts[i])
        raw = (match.groupdict().get("tags") if match else None) or ctx.texts[i]
        ctx.mark(i, Label.METADATA, Why.TAGS, "tags", name)
        ctx.found.tags_raw = (raw, rule.separator)
        return
    elif rule.heading is not None and (i := ctx.first(rule.heading, lo)) is not None:
        ctx.mark(i, Label.METADATA, Why.TAGS, "tags heading", name)
        for j in range(i + 1, min(len(ctx), i + 1 + rule.max_items)):
            text = ctx.texts[j]
            if not ctx.free(j) or not rule.item.match(text):
                break
            found.append(text.rstrip(rule.separator + " ") if rule.separator else text)
            ctx.mark(j, Label.METADATA, Why.TAGS, "tag", name)
            if rule.separator and not text.endswith(rule.separator):
                break  # the last tag: the others end with the separator
    if found:
        ctx.found.tags = tuple(dict.fromkeys(found))

