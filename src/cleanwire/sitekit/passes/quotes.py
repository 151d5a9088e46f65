"""The quotes pass: pull quotes set inside the story (a layout's :class:`~..rules.PullQuotes`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...blocks import Label, Why
from ...lexicon.normalise import word_key
from ..context import Context
from ..rules import PullQuotes

if TYPE_CHECKING:
    from ..definition import Layout

#: One quotation on a line of its own.
_QUOTED = re.compile(r"^[“\"](?P<text>[^“”\"]{20,400})[”\"]$")


def quotes(ctx: Context, layout: Layout) -> None:
    rule = layout.pull_quotes
    start, end = ctx.found.start, ctx.found.end
    if rule is None or start is None or end is None:
        return
    name = f"{layout.rule_name}.quotes"
    if rule.html is not None or rule.repeated:
        _marked_or_repeated(ctx, rule, start, end, name)
    if rule.speaker is not None:
        _with_speaker(ctx, rule, start, end, name)


def _marked_or_repeated(ctx: Context, rule: PullQuotes, start: int, end: int, name: str) -> None:
    """Lines of the markup's pull quotes, and quotations whose words the story prints again."""
    inside = ctx.inside(rule.html) if rule.html is not None else frozenset()
    quoted = {i: found for i in range(start, end) if rule.repeated and ctx.free(i)
              and (found := _QUOTED.match(ctx.texts[i]))}
    story = [word_key(ctx.texts[i]) for i in range(start, end) if ctx.free(i)] if quoted else []
    for i in range(start, end):
        if ctx.free(i) and (i in inside or (i in quoted and sum(word_key(quoted[i]["text"]) in s for s in story) > 1)):
            ctx.mark(i, Label.BOILERPLATE, Why.WIDGET, "pull quote (printed again in the story)", name)


def _with_speaker(ctx: Context, rule: PullQuotes, start: int, end: int, name: str) -> None:
    """A short sentence, then a line naming who said it."""
    assert rule.speaker is not None
    story = "\n".join(ctx.texts[k] for k in range(start, end) if ctx.free(k)) if rule.named_in_story else ""
    for i in range(start, end - 1):
        quote, who = ctx.texts[i], ctx.texts[i + 1]
        if not (ctx.free(i) and ctx.free(i + 1)) or quote.count(" ") >= rule.max_words:
            continue
        if rule.sentence and not quote.rstrip("\"'“”»«").endswith((".", "!", "?")):
            continue
        if (rule.quote is not None and not rule.quote.match(quote)) or not rule.speaker.match(who):
            continue
        if rule.named_in_story:
            words = who.split()
            if not any(story.count(" ".join(words[:n])) > 1 for n in (2, 3) if len(words) >= n):
                continue
        ctx.mark(i, Label.BOILERPLATE, Why.WIDGET, "pull quote", name)
        ctx.mark(i + 1, Label.BOILERPLATE, Why.WIDGET, "pull quote's speaker", name)
