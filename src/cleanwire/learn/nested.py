"""Inserts nested inside an HTML story: learned from a site's pages, applied to each page.

A site whose story paragraphs sit at one depth of the page's tree on most pages (a flat
story: paragraphs and subheadings side by side, as a CMS writes them) prints its inserts
deeper: an embedded box of another story (its heading, photo and paragraphs), a table, a
video widget. Learning counts, on each page, the share of the story's page-specific prose
words at the commonest depth (:func:`flat_pages`); applying reads that depth on the page from
the generic story and takes out what the story's span holds deeper than
:data:`DEEPER` levels below it (:func:`nested_inserts`), and the lists of links in it: two or
more list items in a row that are mostly link text, with the short line that introduces them
(:func:`link_lists`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..blocks import Label, Why
from ..sitekit.context import Context
from .lines import SamplePage, is_prose, is_title_like, shown_on

#: A story is flat on a page when this share of its prose words sits at one depth...
FLAT_SHARE = 0.8
#: ...and a block more than this many levels below that depth is an insert.
DEEPER = 2
#: A page whose story would lose more than this share of its words to the rule is not flat:
#: the rule is not applied there.
MAX_NESTED = 0.25
#: A list item that is at least this share of link text is a link (a teaser of another story).
LINK_ITEM = 0.5


def flat_pages(pages: Sequence[SamplePage], spans: Sequence[tuple[int, int]], df: Counter[int], need: int) -> int:
    """The pages (when at least ``need``) whose story prose sits at one depth: at least
    :data:`FLAT_SHARE` of the span's page-specific prose words; 0 otherwise."""
    return shown_on((_flat(page, span, df) for page, span in zip(pages, spans)), need)


def _flat(page: SamplePage, span: tuple[int, int], df: Counter[int]) -> bool:
    depths: Counter[int] = Counter()
    for line in page.lines[span[0] + 1:span[1]]:
        if line.prose and df[line.key] == 1 and line.path:
            depths[len(line.path)] += line.words
    total = sum(depths.values())
    return bool(total) and depths.most_common(1)[0][1] >= FLAT_SHARE * total


def _depth(element: object) -> int:
    depth = 0
    while element is not None:
        element = element.getparent()  # type: ignore[attr-defined]
        depth += 1
    return depth


def story_depth(ctx: Context, story: Sequence[int]) -> int | None:
    """The depth most of the generic story's prose words sit at on this page."""
    if ctx.elements is None:
        return None
    depths: Counter[int] = Counter()
    for i in story:
        if is_prose(ctx.texts[i]):
            depths[_depth(ctx.elements[i])] += len(ctx.texts[i].split())
    return depths.most_common(1)[0][0] if depths else None


def nested_inserts(ctx: Context, start: int, end: int, depth: int, story: Sequence[int]) -> list[int]:
    """The free lines of the span more than :data:`DEEPER` levels below the story's depth
    (and the heading right above such a run, if deeper than the story's paragraphs); none when they would take more than :data:`MAX_NESTED` of the generic ``story``'s words
    (the page's story is not flat: the rule does not fit it)."""
    assert ctx.elements is not None
    elements = ctx.elements
    found = [i for i in range(start, end) if ctx.free(i) and _depth(elements[i]) > depth + DEEPER]
    # The heading of a box sits a level or two above its contents, still below the story's
    # paragraphs: the short line right above a nested run, deeper than the story, opens it.
    heads = [i - 1 for i in found if i - 1 >= start and i - 1 not in found and ctx.free(i - 1)
             and not is_prose(ctx.texts[i - 1]) and _depth(elements[i - 1]) > depth]
    found = sorted(found + heads)
    words = {i: len(ctx.texts[i].split()) for i in story}
    lost = sum(words.get(i, 0) for i in found)
    return [] if lost > MAX_NESTED * sum(words.values()) else found


def link_lists(ctx: Context, start: int, end: int) -> list[int]:
    """Runs of two or more list items that are mostly link text (teasers of other stories)
    and the line right above a run that introduces it (a short heading, or a line ending in
    a colon)."""
    if ctx.page is None or ctx.elements is None:
        return []
    segs = ctx.page.segments
    out: list[int] = []
    i = start
    while i < end:
        j = i
        while j < end and ctx.free(j) and segs[j].tag == "li" and segs[j].link_density >= LINK_ITEM:
            j += 1
        if j - i >= 2:
            out.extend(range(i, j))
            intro = i - 1
            if intro >= start and ctx.free(intro) and segs[intro].link_density < LINK_ITEM and (
                    is_title_like(ctx.texts[intro]) and not is_prose(ctx.texts[intro])
                    or ctx.texts[intro].rstrip().endswith(":")):
                out.append(intro)
        i = max(j, i + 1)
    return sorted(out)


def mark_nested(ctx: Context, evidence: str, rule: str) -> None:
    """Label the inserts of a flat story's span on this page: what sits deeper than its
    paragraphs, and its lists of links."""
    start, end = ctx.found.start, ctx.found.end
    if start is None or end is None or ctx.elements is None:
        return
    end = min(end, len(ctx.generic.blocks))
    story = [i for i in range(start, end) if ctx.generic.blocks[i].label is Label.BODY]
    depth = story_depth(ctx, story)
    if depth is None:
        return
    for i in nested_inserts(ctx, start, end, depth, story):
        ctx.mark(i, Label.RELATED, Why.EMBEDDED, f"nested below the story's paragraphs ({evidence})", rule)
    for i in link_lists(ctx, start, end):
        ctx.mark(i, Label.RELATED, Why.RELATED_ITEM, f"a list of links inside the story ({evidence})", rule)
