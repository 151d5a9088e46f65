"""What the generic path's reading says about a page's lines, for the passes of a learned
site definition (:mod:`.site`): its story, the lines it left out only for their position,
the shapes of photo captions, the inserts a template widget opens inside the story, and the
headline of a page whose site pass found none.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from ..blocks import Label, Why
from ..generic.html.segment import PathNamer
from ..sitekit.context import Context
from .lines import is_prose, is_title_like

#: A headline found for the standfirst sits at most this many lines above the story.
SKIP_ABOVE = 12
#: Why a generic label is only about where the generic story began or ended.
POSITIONAL = frozenset({Why.BEFORE_STORY, Why.AFTER_STORY, Why.NOT_STORY})
#: Why a generic label says only that the line sits before or after the story it saw.
OUTSIDE = frozenset({Why.BEFORE_STORY, Why.AFTER_STORY})


def printed_headline(ctx: Context, before: int) -> int | None:
    """A page whose headline the site's pass did not find (a dump that declares no title):
    the headline-shaped line right above the nearest prose line above the story (template
    lines, captions and short lines such as bylines skipped), as the learner finds it."""
    texts = ctx.texts
    for i in range(before - 1, max(0, before - 1 - SKIP_ABOVE), -1):
        label = ctx.labels[i]
        if (label is not None and label[1].code is Why.TEMPLATE) or not is_prose(texts[i]) or caption_like(ctx, i):
            continue
        above = texts[i - 1]
        if is_title_like(texts[i]) or not is_title_like(above) or above.count(" ") < 2 or is_prose(above):
            return None
        return i - 1 if ctx.free(i - 1) or positional(ctx, i - 1) else None
    return None


def generic_story(ctx: Context) -> list[int]:
    return [i for i, block in enumerate(ctx.generic.blocks[:len(ctx)]) if block.label is Label.BODY]


def widget_inserts(ctx: Context, start: int, end: int) -> set[int]:
    """Lines of a gap in the generic story that follow a template line: a widget heading the
    site prints on every page ("Auch interessant") opens an insert, and the prose after it in
    the same gap is the insert's teaser, not story the generic path cut off."""
    blocks, out, opened, items = ctx.generic.blocks, set(), False, False
    for i in range(start, end):
        if blocks[i].label is Label.BODY:
            opened = False
            continue
        label = ctx.labels[i]
        if label is not None and label[1].code is Why.TEMPLATE:
            opened, items = True, False
        elif opened:
            if items and blocks[i].label is not Label.RELATED and blocks[i].reason.code in OUTSIDE:
                # The generic path read the widget's items (teaser, title, byline) and left the
                # line right under them out only for its position: the story goes on there
                # (a dump prints it under the widget with no blank line between).
                opened = False
                continue
            items = blocks[i].label is Label.RELATED
            out.add(i)
    return out


def positional(ctx: Context, i: int) -> bool:
    label = ctx.labels[i]
    return label is not None and label[0] is Label.BOILERPLATE and label[1].code in POSITIONAL


def story_elements(ctx: Context) -> Callable[[int], bool] | None:
    """HTML: a test that a block sits in the kind of element most of the generic story's
    paragraphs sit in (a promo box inside the story does not); None for dumps, whose
    generic reasons already say when a line was left out only for its position."""
    if ctx.elements is None:
        return None
    namer = PathNamer(levels=2)
    elements = ctx.elements
    story = [namer(elements[i]) for i in generic_story(ctx)]
    common = {path for path, count in Counter(story).items() if count * 5 >= len(story)}
    return lambda i: namer(elements[i]) in common


def caption_like(ctx: Context, i: int) -> bool:
    """A line printed twice in a row, or again with a credit after it, or with a credit: the
    shapes of a photo caption, never taken back as story."""
    texts, text = ctx.texts, ctx.texts[i]
    if "©" in text:
        return True
    before = texts[i - 1] if i > 0 else ""
    after = texts[i + 1] if i + 1 < len(texts) else ""
    return before == text or after.startswith(text) or (bool(before) and text.startswith(before) and before != text
                                                         and len(before) > 20)


def story_text(ctx: Context, i: int) -> bool:
    """True when the generic path reads line ``i`` as story prose between story lines."""
    blocks = ctx.generic.blocks
    if i >= len(blocks) or blocks[i].label is not Label.BODY or not is_prose(ctx.texts[i]):
        return False
    before = i > 0 and blocks[i - 1].label is Label.BODY
    after = i + 1 < len(ctx) and i + 1 < len(blocks) and blocks[i + 1].label is Label.BODY
    return before and after
