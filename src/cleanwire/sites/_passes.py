"""Custom passes more than one of the site classes need."""

from __future__ import annotations

import re

from cleanwire.blocks import Label, Why
from cleanwire.sitekit import Context, XPath

_QUOTED = re.compile(r"^[“\"](?P<text>[^“”\"]{20,400})[”\"]$")
_KEY = re.compile(r"\w+")


def _key(text: str) -> str:
    return " ".join(_KEY.findall(text)).casefold()


def pass_pull_quotes(ctx: Context, markup: XPath | None, rule: str) -> None:
    """Pull quotes inside the story: the elements ``markup`` finds (HTML), and lines that are
    one quotation whose words the story prints again in another line (dumps and HTML)."""
    start, end = ctx.found.start, ctx.found.end
    if start is None or end is None:
        return
    inside = ctx.inside(markup) if markup is not None else frozenset()
    story = [_key(ctx.texts[i]) for i in range(start, end) if ctx.free(i)]
    for i in range(start, end):
        if not ctx.free(i):
            continue
        quoted = _QUOTED.match(ctx.texts[i])
        if i in inside or (quoted and sum(_key(quoted["text"]) in other for other in story) > 1):
            ctx.mark(i, Label.BOILERPLATE, Why.WIDGET, "pull quote (printed again in the story)", rule)
