"""The passes a layout runs over a page's lines, in the order its ``passes`` names them.

Each pass labels the lines it recognises and records what it found in ``ctx.found``; a line
labelled by an earlier pass is never relabelled by a later one, so the order decides (a widget
heading printed three times is claimed by the links pass before the captions pass can take it
for a twice-printed caption). A site can reorder the passes or add its own: a method
``pass_<name>(self, ctx)`` on the layout, listed by name in ``passes``.

The passes by what they read: :mod:`.header` (drop, headline, standfirst, breadcrumb),
:mod:`.credits` (byline, dateline, trailing), :mod:`.span` (story, tail, body), :mod:`.lists`
(links), :mod:`.photos` (captions), :mod:`.topics` (tags) and :mod:`.quotes` (pull quotes: not in the
default order; a layout with ``pull_quotes`` lists "quotes" where it needs it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..context import Context
from .credits import byline, dateline, trailing
from .header import breadcrumb, drop, headline, standfirst
from .lists import links
from .photos import captions
from .quotes import quotes
from .span import body, story, tail
from .topics import tags

if TYPE_CHECKING:
    from ..definition import Layout

#: The default order. "trailing" (bylines at the story's end) needs the story's span.
DEFAULT_PASSES = ("drop", "headline", "standfirst", "breadcrumb", "byline", "dateline", "story", "tail", "links",
                  "tags", "captions", "trailing", "body")

PASSES: dict[str, Callable[[Context, Layout], None]] = {
    "drop": drop, "headline": headline, "standfirst": standfirst, "breadcrumb": breadcrumb, "byline": byline,
    "dateline": dateline, "story": story, "links": links, "tail": tail, "captions": captions, "tags": tags,
    "trailing": trailing, "body": body, "quotes": quotes,
}

__all__ = [
    "DEFAULT_PASSES", "PASSES", "body", "breadcrumb", "byline", "captions", "dateline", "drop", "headline", "links",
    "quotes", "run", "standfirst", "story", "tags", "tail", "trailing",
]


def run(ctx: Context, layout: Layout) -> None:
    """Run the layout's passes over ``ctx`` in order."""
    for name in layout.passes:
        custom = getattr(layout, f"pass_{name}", None)
        step: Callable[[Context, Layout], None] | None = PASSES.get(name)
        if custom is not None:
            custom(ctx)
        elif step is not None:
            step(ctx, layout)
        else:
            raise ValueError(f"{layout.rule_name}: unknown pass {name!r}")
