"""Shapes several publishers print inside a story that the rule types do not describe: a box
that runs from an opening line to a closing one (a teaser, a consent notice in place of an
embed), and a pull quote followed by its speaker. Site passes call these helpers."""

from __future__ import annotations

from dataclasses import dataclass

from cleanwire.blocks import Label, Why
from cleanwire.sitekit import Context, Line


@dataclass(frozen=True)
class Box:
    """Lines from ``open`` to the first ``close`` within ``max_lines`` after it, and the
    ``before`` lines above ``open`` (a box's own title). When no ``close`` follows, only the
    opening line (and those above it) belong to the box: the story is never eaten."""

    open: Line
    close: Line | None = None
    before: int = 0
    max_lines: int = 16


def mark_boxes(ctx: Context, boxes: tuple[Box, ...], rule: str, message: str = "box inside the story") -> None:
    """Label every free line of every box as furniture."""
    for box in boxes:
        i = 0
        while (i := ctx.first(box.open, i)) is not None:  # type: ignore[assignment]
            close = ctx.first(box.close, i + 1, i + 1 + box.max_lines) if box.close is not None else None
            last = close if close is not None else i
            for k in range(max(0, i - box.before), last + 1):
                if ctx.free(k):
                    ctx.mark(k, Label.BOILERPLATE, Why.PROMO, message, rule)
            i = last + 1


def take_byline(ctx: Context, i: int, rule: str, names: list[str] | None = None) -> bool:
    """Line ``i`` credits the story: its names (read as a byline unless given) that are people
    or organisations join the authors, and the line is labelled a byline. False when none is."""
    from cleanwire.lexicon.people import is_organisation, is_person, names_from_byline, unique

    credited = [n for n in (names if names is not None else names_from_byline(ctx.texts[i]))
                if is_person(n) or is_organisation(n)]
    if not credited:
        return False
    ctx.found.authors = tuple(unique([*(ctx.found.authors or ()), *credited]))
    ctx.mark(i, Label.METADATA, Why.BYLINE, "byline", rule)
    return True


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
