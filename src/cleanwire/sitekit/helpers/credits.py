"""Who wrote the story and what it is filed under, where a ``Byline`` or ``Breadcrumb`` rule
cannot say it: names one a line under a "Von" line, a section's label beside the headline, and
the author's card printed under the byline (furniture)."""

from __future__ import annotations

from ...blocks import Label, Why
from ...lexicon.normalise import fold
from ..context import Context
from ..passes.credits import take_byline
from ..rules import Line

__all__ = ["mark_author_card", "take_byline", "take_names_below", "take_section_label"]


#: One name on a line of its own ("Jasper Riemann", "Deutsche Presse-Agentur").
_NAME_LINE = Line(r"^[A-ZÄÖÜ][\w.'-]*(?: [\w.'-]+){0,3}$", max_words=4)
#: What stands between such names: a comma, "und".
_NAME_GLUE = Line(r"^(?:,|&|und|and)$")


def take_names_below(ctx: Context, at: int, rule: str, *, max_lines: int = 8) -> bool:
    """A credit printed as a "Von" line with one name a line under it (and commas or "und"
    between them): the names join the authors. The "Von" line itself is labelled with them."""
    i, taken = at + 1, False
    while i < min(len(ctx), at + 1 + max_lines) and ctx.free(i):
        text = ctx.texts[i]
        if _NAME_GLUE.match(text):
            ctx.mark(i, Label.METADATA, Why.BYLINE, "byline", rule)
        elif not (_NAME_LINE.match(text) and take_byline(ctx, i, rule, [text])):
            break
        else:
            taken = True
        i += 1
    if taken:
        ctx.mark(at, Label.METADATA, Why.BYLINE, "byline", rule)
    return taken


def take_section_label(ctx: Context, i: int, rule: str, *, max_words: int = 3) -> bool:
    """Line ``i`` is the section's label printed near the headline ("Radsport", "Politik")."""
    text = ctx.texts[i] if 0 <= i < len(ctx) else ""
    if not text or not ctx.free(i) or len(text.split()) > max_words or text.endswith((".", ":", "?", "!")):
        return False
    ctx.found.section = (text,)
    ctx.mark(i, Label.METADATA, Why.SECTION, "section (label)", rule)
    return True


def mark_author_card(ctx: Context, closing: Line, rule: str) -> None:
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
