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
