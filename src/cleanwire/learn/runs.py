"""Lists of teasers inside a dump's story: learned from a site's pages, applied to each page.

A dump separates a story's paragraphs and subheadings by blank lines; a list the page prints
(titles of other stories under "Mehr zum Thema:", a teaser box) comes as lines one under the
other with no blank line between. A site that prints such lists inside its stories does so
on most pages: learning counts the pages whose story span holds a run of
:data:`MIN_RUN` or more page-specific title-shaped lines (:func:`learn_teaser_runs`);
applying takes such runs out of the story, with the heading right above a run
(:func:`mark_teaser_runs`). The same blank lines tell a subheading, a short title on a
paragraph of its own, from an item of a list (:func:`is_subheading`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from ..blocks import Label, Why
from ..sitekit.context import Context
from .lines import SamplePage, half, is_prose, is_title_like, shown_on, word_count

#: A run of at least this many title-shaped lines with no blank line between is a list.
MIN_RUN = 3
#: A title in a list has at least this many words (a short list of names or figures is data).
MIN_WORDS = 3
#: The heading of a list: at most this many words (or a line ending in a colon).
HEADING_WORDS = 10
#: A subheading the span takes back has fewer words than this.
SUBHEADING_WORDS = 12


def _title(text: str) -> bool:
    return word_count(text) >= MIN_WORDS and is_title_like(text) and not is_prose(text)


def runs_in(texts: Sequence[str], joined: Callable[[int], bool], lo: int, hi: int,
            ok: Callable[[int], bool]) -> list[tuple[int, int]]:
    """The runs ``(first, last + 1)`` of :data:`MIN_RUN` or more title-shaped lines in
    ``lo..hi`` each printed right under the one before it (``joined``) and passing ``ok``."""
    found: list[tuple[int, int]] = []
    i = lo
    while i < hi:
        j = i + 1
        if _title(texts[i]) and ok(i):
            while j < hi and joined(j) and _title(texts[j]) and ok(j):
                j += 1
            if j - i >= MIN_RUN:
                found.append((i, j))
        i = j
    return found


def learn_teaser_runs(pages: Sequence[SamplePage], spans: Sequence[tuple[int, int]], df: Counter[int]) -> int:
    """The pages (when at least half, two at least) whose story span holds a run of
    page-specific titles; half the pages (one of two) when on one of them most titles of a
    run open with a kicker ("Familie: ..."), the shape of teasers, never of a list in a story."""
    found = [_teaser_runs(page, span, df) for page, span in zip(pages, spans)]
    evident = any(any(sum(map(is_kicker_title, run)) * 2 > len(run) for run in runs) for runs in found)
    return shown_on((bool(runs) for runs in found), half(pages) if evident else half(pages, 2))


#: A teaser's kicker: one to four words and a colon before its title ("Geheimdienste: Putins ...").
_KICKER = re.compile(r"[^\W\d_][^:\d]{0,40}?:\s+\S")


def is_kicker_title(text: str) -> bool:
    """A title opened by a kicker of one to four words and a colon."""
    found = _KICKER.match(text)
    return found is not None and found.group(0).count(" ") <= 4


def _teaser_runs(page: SamplePage, span: tuple[int, int], df: Counter[int]) -> list[list[str]]:
    joined = [line.joined for line in page.lines]
    alone = [df[line.key] == 1 for line in page.lines]
    texts = [line.text for line in page.lines]
    return [texts[a:b] for a, b in runs_in(texts, joined.__getitem__, max(0, span[0] + 1), span[1], alone.__getitem__)]


def heading_above(texts: Sequence[str], first: int) -> bool:
    """The line above a list is its heading: a short title, or a line ending in a colon."""
    if first <= 0:
        return False
    text = texts[first - 1]
    return text.rstrip().endswith(":") or (word_count(text) <= HEADING_WORDS and is_title_like(text)
                                           and not is_prose(text))


def joined(ctx: Context, k: int) -> bool:
    """Dumps: line ``k`` is printed right under line ``k - 1`` (no blank line between)."""
    a, b = ctx.numbers[k - 1], ctx.numbers[k]
    return a is not None and b is not None and b == a + 1


def mark_teaser_runs(ctx: Context, evidence: str, rule: str) -> None:
    """Label the lists of teasers in a dump's story span, and the heading above each."""
    start, end = ctx.found.start, ctx.found.end
    if start is None or end is None or ctx.elements is not None:
        return
    texts, message = ctx.texts, f"a list of teasers ({evidence})"
    for first, last in runs_in(texts, lambda k: joined(ctx, k), start, min(end, len(texts)), ctx.free):
        for k in range(first, last):
            ctx.mark(k, Label.RELATED, Why.RELATED_ITEM, message, rule)
        if first > start and ctx.free(first - 1) and heading_above(texts, first):
            ctx.mark(first - 1, Label.RELATED, Why.RELATED_HEADING, message, rule)


def is_subheading(ctx: Context, i: int) -> bool:
    """Dumps: a short title of three words or more, capitalised, on a paragraph of its own
    (blank lines above and below it)."""
    text = ctx.texts[i]
    if (ctx.elements is not None or not is_title_like(text) or is_prose(text) or text[:1].islower()
            or not 2 <= text.count(" ") < SUBHEADING_WORDS):
        return False
    return (i == 0 or not joined(ctx, i)) and (i + 1 >= len(ctx.texts) or not joined(ctx, i + 1))
