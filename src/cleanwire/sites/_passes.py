"""Custom passes more than one of the site classes need."""

from __future__ import annotations

import re

from cleanwire.blocks import Label, Why
from cleanwire.lexicon.normalise import fold, word_key
from cleanwire.sitekit import Context, Layout, Line, XPath
from cleanwire.sitekit.passes import PASSES

#: A person's name as bylines print it: two to four capitalised words ("Mary-Jo O’Neil").
NAME = r"[A-Z][\w'’.-]+(?: (?:[A-Z][\w'’.-]+|de|van|von|da|del|der|le|la)){1,3}"
#: Names joined by commas, "and" or "&": "Ann Lee, Bo Park and Cy Doe".
NAMES = rf"{NAME}(?:(?:,| and| &|, and) {NAME})*"

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


def pass_alt_text(ctx: Context, shape: Line, rule: str) -> None:
    """A dump prints a photo's alt text right above its caption (the page shows only the
    caption): a line of ``shape`` right above a caption is the photo's, not the story's."""
    if ctx.elements is not None:
        return
    for i in range(1, len(ctx)):
        label = ctx.labels[i]
        if label is not None and label[0] is Label.CAPTION and ctx.free(i - 1) and shape.match(ctx.texts[i - 1]):
            ctx.mark(i - 1, Label.BOILERPLATE, Why.CAPTION_AGAIN, "photo alt text above its caption", rule)


def pass_headline_above(ctx: Context, layout: Layout, below: Line) -> None:
    """The headline when the page prints its title several times (a sticky bar, a hidden copy):
    the last copy of the declared title above the first line matching ``below`` (the byline).
    Without such a copy, the framework's headline pass decides."""
    stop = ctx.first(below)
    # Compared by words: the declared title may quote with straight quotes, the page with curly ones.
    wanted = word_key(ctx.meta_title)
    copies = [i for i in range(stop if stop is not None else 0) if ctx.free(i) and word_key(ctx.texts[i]) == wanted]
    if not wanted or not copies:
        PASSES["headline"](ctx, layout)
        return
    ctx.found.headline = copies[-1]
    ctx.found.title = ctx.texts[copies[-1]]
    ctx.mark(copies[-1], Label.METADATA, Why.HEADLINE, "headline (the copy above the byline)",
             f"{layout.rule_name}.headline")


def pass_card(ctx: Context, closing: Line, rule: str) -> None:
    """An author card (the name, their latest headlines, "View all posts by NAME") printed
    under the byline: from the line ``closing`` matches (group ``n``, the name) up to the
    nearest copy of the name above it, all is page furniture."""
    h = ctx.found.headline or 0
    end = ctx.first(closing, h, free=False)
    if end is None:
        return
    match = closing.match(ctx.texts[end])
    name = fold(match["n"]) if match and match.groupdict().get("n") else None
    top = next((i for i in range(end - 1, h, -1) if name and fold(ctx.texts[i]) == name), None)
    for i in range(top if top is not None else end, end + 1):
        if ctx.free(i):
            ctx.mark(i, Label.BOILERPLATE, Why.WIDGET, "author card", rule)
