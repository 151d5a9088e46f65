"""Context of a line: what the first-stage scores of its neighbours say, and the story span.

A menu item and a one-line inner heading look alike on their own; what tells them apart is
whether prose surrounds them. These features feed the second stage of the line model. The
densest span is found with Kadane's maximum-subarray scan over word-weighted scores, so the
story tends to come out as one contiguous run.
"""

from __future__ import annotations

import math
import operator
from itertools import accumulate, compress

# The widest window (lines on each side) the context looks at.
_PAD = 7

CONTEXT_NAMES = (
    "p_self", "p_prev", "p_next", "p_near", "p_window", "in_span", "span_distance", "tight_run",
    "between_body", "p_relative", "near_title",
)
#: The context features that are flags (only 0.0 or 1.0).
CONTEXT_FLAGS = frozenset(("in_span", "between_body", "near_title"))


_STEPS: list[float] = [0.0]


def log_steps(stop: int) -> list[float]:
    """``[log1p(i) / 3 for i in range(stop)]``, the scale of every "how many lines away" feature:
    made once per process (and grown for longer pages), then sliced per page."""
    if len(_STEPS) < stop:
        _STEPS.extend([math.log1p(i) / 3 for i in range(len(_STEPS), stop)])
    return _STEPS[:stop]


def densest_span(scores: list[float], weights: list[float]) -> tuple[int, int]:
    """``(start, end)`` (inclusive) of the run maximising sum((score - 0.5) * weight); (0, -1) if none."""
    best, span = 0.0, (0, -1)
    run, start = 0.0, 0
    for k, (score, weight) in enumerate(zip(scores, weights)):
        if run <= 0:
            run, start = 0.0, k
        run += (score - 0.5) * weight
        if run > best:
            best, span = run, (start, k)
    return span


def line_weights(words: tuple[tuple[str, ...], ...]) -> list[float]:
    """How much each line counts in the span search: prose lines count more, but capped."""
    return [1.0 + (count if count < 60 else 60) / 6 for count in map(len, words)]


def context_columns(
    p: list[float], weights: list[float], blank_after: tuple[bool, ...], title_at: int | None
) -> tuple[list[list[float]], tuple[int, int]]:
    """The context features as columns (``CONTEXT_NAMES`` order, one value per line each) and
    the densest span. ``weights`` are the lines' :func:`line_weights`.

    Columns, not rows: each is one list comprehension, and the model takes its dot products
    over whole columns (see :func:`.decide.score`).
    """
    n = len(p)
    span = densest_span(p, weights)
    # Prefix sums make every window mean O(1); padding them (zeros before, the totals after)
    # clamps the windows at the page's ends without a min/max per line.
    pre_p = [0.0] * (_PAD + 1) + list(accumulate(p))
    pre_wp = [0.0] * (_PAD + 1) + list(accumulate(map(operator.mul, p, weights)))
    pre_w = [0.0] * (_PAD + 1) + list(accumulate(weights))
    pre_p += [pre_p[-1]] * _PAD
    pre_wp += [pre_wp[-1]] * _PAD
    pre_w += [pre_w[-1]] * _PAD
    counts = [0] * _PAD + list(range(n + 1)) + [n] * _PAD
    # Line k's window k-2..k+2 is pre[k + _PAD + 3] - pre[k + _PAD - 2] in the padded sums.
    near = [
        (a - b - here) / ((c - d - 1) or 1)
        for a, b, here, c, d in zip(pre_p[_PAD + 3:], pre_p[_PAD - 2:], p, counts[_PAD + 3:], counts[_PAD - 2:])
    ]
    window = [
        (a - b) / (c - d)
        for a, b, c, d, _ in zip(pre_wp[_PAD + 7:], pre_wp[_PAD - 6:], pre_w[_PAD + 7:], pre_w[_PAD - 6:], p)
    ]
    first, last = span
    lo = min(first, n)
    hi = max(lo, min(last + 1, n))
    log1p = math.log1p
    inside = [0.0] * lo + [1.0] * (hi - lo) + [0.0] * (n - hi)
    # Lines before the span are first - k lines away (k < lo), lines after it k - last (k >= hi).
    steps = log_steps(max(first + 1, n - last, 0))
    distance = steps[first - lo + 1:first + 1][::-1] + [0.0] * (hi - lo) + steps[hi - last:n - last]
    # Length of the run of lines not separated by blank lines (tables, menus, lists).
    # A run ends at a line with a blank after it, or at the page's last line.
    run_len = [0.0] * n
    start = 0
    for k in [*compress(range(n - 1), blank_after), n - 1] if n else []:
        run_len[start:k + 1] = [log1p(k - start + 1) / 3] * (k + 1 - start)
        start = k + 1
    # "Sandwiched" lines: the nearest body-looking lines before and after a line are at most 4
    # apart. Walking the body-looking lines alone (fewer than the lines): the lines strictly
    # between two consecutive ones have those two as neighbours; a body-looking line itself
    # has the ones before and after it.
    good = [k for k, score in enumerate(p) if score >= 0.5]
    between = [0.0] * n
    for a, b in zip(good, good[1:]):
        if 1 < b - a <= 4:
            between[a + 1:b] = [1.0] * (b - a - 1)
    for a, b, c in zip(good, good[1:], good[2:]):
        if c - a <= 4:
            between[b] = 1.0
    top = max(p) if p else 1.0
    scale = 1.0 / top if top > 0 else 0.0
    if title_at is None:
        titled = [0.0] * n
    else:
        # Lines title_at+1 .. title_at+12 (clamped to the page).
        a, b = min(max(title_at + 1, 0), n), min(max(title_at + 13, 0), n)
        titled = [0.0] * a + [1.0] * (b - a) + [0.0] * (n - b)
    columns = [
        p, [0.0, *p[:-1]][:n], p[1:] + [0.0] if n else [], near, window, inside, distance, run_len, between,
        [here * scale for here in p], titled,
    ]
    return columns, span

