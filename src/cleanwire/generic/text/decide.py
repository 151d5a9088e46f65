"""Which lines are the story: the line model's two stages run over a page, then the cut.

Stage one scores lines alone; stage two rescores them with their neighbours' scores and the
densest span (see :mod:`.context`); a line is body when its final probability reaches the
model's threshold and it is not cut off from the story by a long stretch of chrome.
"""

from __future__ import annotations

import heapq
import operator
from itertools import compress
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

# The language is guessed from the page's longest lines: prose, where stopwords are dense.
_LANGUAGE_LINES = 10

from .context import CONTEXT_NAMES, context_columns, densest_span, line_weights
from .features import BASE_NAMES, CHROME, CREDIT, RELATED, TEXT_NAMES, Page, place_columns, text_rows
from .model import LineModel, squash
from .stopwords import guess_language


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
    longest = heapq.nlargest(_LANGUAGE_LINES, dict.fromkeys(page.words), key=len)
    return guess_language([w for words in longest for w in words])


def score(page: Page, model: LineModel) -> Scores:
    """Both stages over a page; the same numbers as the training rows (benchmarks/line_rows.py), but the
    text part of each dot product is computed once per distinct text and no row is built."""
    one, two = model.stage1, model.stage2
    if len(one.weights) != len(BASE_NAMES) or len(two.weights) != len(BASE_NAMES) + len(CONTEXT_NAMES):
        raise RuntimeError("the dump model does not match the features: retrain it (benchmarks/train_dump_model.py)")
    language, stops = page_language(page)
    cut, base = len(TEXT_NAMES), len(BASE_NAMES)
    text1, place1 = one.weights[:cut], one.weights[cut:]
    text2, place2, context2 = two.weights[:cut], two.weights[cut:base], two.weights[base:]
    mul = operator.mul
    index, rows = text_rows(page, stops)
    own1 = [sum(map(mul, text1, row)) for row in rows]
    own2 = [sum(map(mul, text2, row)) for row in rows]
    places = place_columns(page)
    bias1, bias2 = one.bias, two.bias
    p1 = squash([bias1 + own1[i] + sum(map(mul, place1, row)) for i, row in zip(index, zip(*places))])
    weights = line_weights(page.words)
    columns, _ = context_columns(p1, weights, page.blank_after, page.title_at)
    rest2 = place2 + context2
    p2 = squash([bias2 + own2[i] + sum(map(mul, rest2, row)) for i, row in zip(index, zip(*places, *columns))])
    chrome = [rows[i][CHROME] > 0 for i in index]
    headings = [rows[i][RELATED] > 0 for i in index]
    credits = [rows[i][CREDIT] > 0 for i in index]
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
    if sum(compress(words, flags)) < _MIN_WORDS:
        # Too little to be a story on its own: keep the densest span around it.
        start, end = scores.span
        for k in range(start, end + 1):
            flags[k] = flags[k] or p[k] >= low
    return flags


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
