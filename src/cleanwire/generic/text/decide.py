"""Which lines are the story: the line model's two stages run over a page, then the cut.

Stage one scores lines alone; stage two rescores them with their neighbours' scores and the
densest span (see :mod:`.context`); a line is body when its final probability reaches the
model's threshold and it is not cut off from the story by a long stretch of chrome.
"""

from __future__ import annotations

import operator
from itertools import chain, compress
from dataclasses import dataclass

_MIN_WORDS = 40
_MAX_GAP = 3
# A story resumes after a short interruption (related headlines, an ad, a newsletter box):
# lines scoring at least _RESUME after at most _RESUME_GAP lines of chrome, when they carry
# at least _RESUME_SHARE of the story's words.
_RESUME = 0.2
_RESUME_GAP = 16
_RESUME_SHARE = 0.3
# After a gap of at most _SHORT_GAP lines (one teaser, one ad label), prose of at least
# _SHORT_RUN_WORDS words is the story going on, however short.
_SHORT_GAP = 3
_SHORT_RUN_WORDS = 20

# Between two parts of the story (at most _BRIDGE_GAP lines apart), a paragraph of at least
# _BRIDGE_WORDS words scoring at least _BRIDGE_LOW times the cut's low threshold is the story
# going on after an insert (a teaser box, an ad, a photo strip), however its neighbours score.
_BRIDGE_GAP = 16
_BRIDGE_WORDS = 20
_BRIDGE_LOW = 0.5

# Story lines more than _ISLAND_GAP lines apart form separate groups. A group with less than
# _ISLAND_SHARE of the main group's words, cut off from it by at least _ISLAND_FURNITURE lines of
# buttons or list headings (a comment form, a newsletter box, "Related"), is no story: a consent
# notice, a company blurb, a teaser.
_ISLAND_GAP = 6
_ISLAND_SHARE = 0.25
_ISLAND_FURNITURE = 3

# The language is guessed from the page's longest lines: prose, where stopwords are dense.
_LANGUAGE_LINES = 10

from .context import CONTEXT_FLAGS, CONTEXT_NAMES, context_columns, densest_span, line_weights
from .features import (
    BASE_NAMES, CHROME, CREDIT, FLAGS, PLACE_NAMES, RELATED, TEXT_NAMES, Page, place_columns, text_table,
)
from .model import LineModel, squash
from .stopwords import guess_language

# The columns that hold only 0.0 and 1.0, by position in each part of a row.
_TEXT_FLAGS = frozenset(j for j, name in enumerate(TEXT_NAMES) if name in FLAGS)
_PLACE_FLAGS = frozenset(j for j, name in enumerate(PLACE_NAMES) if name in FLAGS)
_REST_FLAGS = frozenset(j for j, name in enumerate(PLACE_NAMES + CONTEXT_NAMES) if name in FLAGS | CONTEXT_FLAGS)


@dataclass(frozen=True)
class Scores:
    """What the model says about a page: both stages' scores, the densest span, and the flags
    of the chrome, related-heading and caption-credit features (the labeller reuses them)."""

    language: str | None
    p1: list[float]
    p2: list[float]
    span: tuple[int, int]
    chrome: list[bool]
    headings: list[bool]
    credits: list[bool]


def page_language(page: Page) -> tuple[str | None, frozenset[str]]:
    """The page's language, guessed from the stopwords of its longest lines."""
    # sorted() is heapq.nlargest's documented equivalent (ties in page order), and runs in C.
    longest = sorted(dict.fromkeys(page.words), key=len, reverse=True)[:_LANGUAGE_LINES]
    return guess_language(chain.from_iterable(longest))  # read up to its sample size, not every word


def _weighted(weights: tuple[float, ...], columns: list[list[float]], flags: frozenset[int], size: int) -> list[float]:
    """Sum over the columns of weight times column, for every row: the dot product of each row
    with ``weights``, added column by column in the same order as ``sum(map(mul, weights, row))``
    adds a row (so the same floats). Columns in ``flags`` hold only 0.0 and 1.0: their weight is
    added where the flag is set, nothing is multiplied."""
    total = [0.0] * size
    rows = range(size)
    for j, (weight, column) in enumerate(zip(weights, columns)):
        if not weight:
            continue
        if j in flags:
            for k in compress(rows, column):
                total[k] += weight
        else:
            # A comprehension beats two maps here (no call per value for the product and the sum).
            total = [t + weight * v for t, v in zip(total, column)]
    return total


def score(page: Page, model: LineModel) -> Scores:
    """Both stages over a page; the same numbers as the training rows (benchmarks/line_rows.py), but
    no row is built: the text features are weighed once per distinct text, and every dot
    product is taken column by column (see :func:`_weighted`)."""
    one, two = model.stage1, model.stage2
    if len(one.weights) != len(BASE_NAMES) or len(two.weights) != len(BASE_NAMES) + len(CONTEXT_NAMES):
        raise RuntimeError("the dump model does not match the features: retrain it (benchmarks/train_dump_model.py)")
    language, stops = page_language(page)
    cut = len(TEXT_NAMES)
    index, texts = text_table(page, stops)
    distinct = len(texts[0])
    own1 = _weighted(one.weights[:cut], texts, _TEXT_FLAGS, distinct)
    own2 = _weighted(two.weights[:cut], texts, _TEXT_FLAGS, distinct)
    n = len(index)
    places = place_columns(page)
    at = own1.__getitem__
    z1 = list(map(operator.add, map(one.bias.__add__, map(at, index)), _weighted(one.weights[cut:], places, _PLACE_FLAGS, n)))
    p1 = squash(z1)
    weights = line_weights(page.words)
    columns, _ = context_columns(p1, weights, page.blank_after, page.title_at)
    rest = _weighted(two.weights[cut:], places + columns, _REST_FLAGS, n)
    p2 = squash(list(map(operator.add, map(two.bias.__add__, map(own2.__getitem__, index)), rest)))
    # Flags of each distinct text, spread to its lines in C.
    chrome, headings, credits = (
        list(map([value > 0 for value in column].__getitem__, index)) for column in (texts[CHROME], texts[RELATED], texts[CREDIT])
    )
    return Scores(language, p1, p2, densest_span(p2, weights), chrome, headings, credits)


def body_flags(scores: Scores, high: float, low: float, words: list[int]) -> list[bool]:
    """True for the lines kept as story.

    Hysteresis, as in edge detection: a line scoring ``high`` or more is story; a line scoring
    ``low`` or more is story when it joins on to story lines (directly or through other such
    lines). When nothing reaches ``high`` (a one-paragraph post, an odd layout) the thresholds
    are taken relative to the page's best line, so a page never comes out empty by default.
    """
    p = scores.p2
    if not p:
        return []
    top = max(p)
    if top < high:
        high, low = top * 0.8, top * low / high
    flags = [score >= high for score in p]
    n = len(p)
    # Gaps: a weaker line between story lines (an inner heading, a short paragraph) is story.
    last = -1
    for k in range(n):
        if flags[k]:
            if 0 <= last < k - 1 and k - last <= _MAX_GAP + 1:
                for j in range(last + 1, k):
                    flags[j] = p[j] >= low
            last = k
    # Edges: the story's first and last lines may score lower; extend while they hold up.
    edge = (high + low) / 2
    for order in (range(n), range(n - 1, -1, -1)):
        previous = None
        for k in order:
            if not flags[k] and previous is not None and flags[previous] and p[k] >= edge:
                flags[k] = True
            previous = k
    _resume(flags, p, words)
    _bridge(flags, p, low, words)
    _drop_islands(flags, words, scores)
    if sum(compress(words, flags)) < _MIN_WORDS:
        # Too little to be a story on its own: keep the densest span around it.
        start, end = scores.span
        for k in range(start, end + 1):
            flags[k] = flags[k] or p[k] >= low
    return flags


def _drop_islands(flags: list[bool], words: list[int], scores: Scores) -> None:
    """Unflag small groups of story lines cut off from the story's main part by page furniture
    (see ``_ISLAND_GAP``)."""
    groups: list[list[int]] = []
    for k, flag in enumerate(flags):
        if not flag:
            continue
        if groups and k - groups[-1][-1] <= _ISLAND_GAP:
            groups[-1].append(k)
        else:
            groups.append([k])
    if len(groups) < 2:
        return
    sizes = [sum(words[k] for k in group) for group in groups]
    main = max(sizes)
    at = sizes.index(main)
    furniture = [a or b for a, b in zip(scores.chrome, scores.headings)] if scores.chrome else [False] * len(flags)
    for i, (group, size) in enumerate(zip(groups, sizes)):
        if size >= _ISLAND_SHARE * main or i == at:
            continue
        lo, hi = (groups[at][-1], group[0]) if i > at else (group[-1], groups[at][0])
        if sum(furniture[lo:hi]) >= _ISLAND_FURNITURE:
            for k in group:
                flags[k] = False


def _bridge(flags: list[bool], p: list[float], low: float, words: list[int]) -> None:
    """Flag the paragraphs between two parts of the story (the story resumes after an insert)."""
    story = [k for k, flag in enumerate(flags) if flag]
    for a, b in zip(story, story[1:]):
        if 1 < b - a <= _BRIDGE_GAP:
            for k in range(a + 1, b):
                if p[k] >= low * _BRIDGE_LOW and words[k] >= _BRIDGE_WORDS:
                    flags[k] = True


def _resume(flags: list[bool], p: list[float], words: list[int]) -> None:
    """Flag the story's continuation after a short interruption (see ``_RESUME``)."""
    n = len(p)
    story = sum(compress(words, flags))
    last = max((k for k in range(n) if flags[k]), default=-1)
    k = last + 1
    while 0 <= last and k < n and k - last <= _RESUME_GAP and story:
        if p[k] < _RESUME:
            k += 1
            continue
        end = k
        while end + 1 < n and p[end + 1] >= _RESUME:
            end += 1
        run = sum(words[k:end + 1])
        if run >= _RESUME_SHARE * story or (k - last <= _SHORT_GAP and run >= _SHORT_RUN_WORDS):
            flags[k:end + 1] = [True] * (end + 1 - k)
            last = end
        k = end + 1
