"""Lists of teasers inside a dump's story: learned from a site's pages, applied to each page.

A dump separates a story's paragraphs and subheadings by blank lines; a list the page prints
(titles of other stories under "Mehr zum Thema:", a teaser box) comes as lines one under the
other with no blank line between. A site that prints such lists inside its stories does so
on most pages: learning counts the pages whose story span holds a run of
:data:`MIN_RUN` or more page-specific title-shaped lines (:func:`learn_teaser_runs`);
applying takes such runs out of the story, with the heading right above a run
(:func:`teaser_runs`).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence

from .lines import SamplePage, is_prose, is_title_like, word_count

#: A run of at least this many title-shaped lines with no blank line between is a list.
MIN_RUN = 3
#: A title in a list has at least this many words (a short list of names or figures is data).
MIN_WORDS = 3
#: The heading of a list: at most this many words (or a line ending in a colon).
HEADING_WORDS = 10


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
    page-specific titles."""
    found = 0
    for page, (a, b) in zip(pages, spans):
        joined = [line.joined for line in page.lines]
        alone = [df[line.key] == 1 for line in page.lines]
        if runs_in([line.text for line in page.lines], joined.__getitem__, max(0, a + 1), b, alone.__getitem__):
            found += 1
    return found if found >= max(2, math.ceil(len(pages) / 2)) else 0


def heading_above(texts: Sequence[str], first: int) -> bool:
    """The line above a list is its heading: a short title, or a line ending in a colon."""
    if first <= 0:
        return False
    text = texts[first - 1]
    return text.rstrip().endswith(":") or (word_count(text) <= HEADING_WORDS and is_title_like(text)
                                           and not is_prose(text))
