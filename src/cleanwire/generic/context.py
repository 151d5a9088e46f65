"""Context of a line: what the first-stage scores of its neighbours say, and the story span.

A menu item and a one-line inner heading look alike on their own; what tells them apart is
whether prose surrounds them. These features feed the second stage of the line model. The
densest span is found with Kadane's maximum-subarray scan over word-weighted scores, so the
story tends to come out as one contiguous run.
"""

from __future__ import annotations

import math

# The widest window (lines on each side) the context looks at.
_PAD = 7

CONTEXT_NAMES = (
    "p_self", "p_prev", "p_next", "p_near", "p_window", "in_span", "span_distance", "tight_run",
    "between_body", "p_relative", "near_title",
)


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


def line_weight(words: int) -> float:
    """How much a line counts in the span search: prose lines count more, but capped."""
    return 1.0 + min(words, 60) / 6


def context_features(
    p: list[float], weights: list[float], blank_after: tuple[bool, ...], title_at: int | None
) -> tuple[list[list[float]], tuple[int, int]]:
    """One context vector per line (``CONTEXT_NAMES`` order) and the densest span.

    ``weights`` are the lines' :func:`line_weight`.
    """
    n = len(p)
    span = densest_span(p, weights)
    # Prefix sums make every window mean O(1); padding them (zeros before, the totals after)
    # clamps the windows at the page's ends without a min/max per line.
    pre_p = [0.0] * (_PAD + 1)
    pre_wp = [0.0] * (_PAD + 1)
    pre_w = [0.0] * (_PAD + 1)
    acc_p = acc_wp = acc_w = 0.0
    for score, weight in zip(p, weights):
        acc_p += score
        acc_wp += score * weight
        acc_w += weight
        pre_p.append(acc_p)
        pre_wp.append(acc_wp)
        pre_w.append(acc_w)
    pre_p += [acc_p] * _PAD
    pre_wp += [acc_wp] * _PAD
    pre_w += [acc_w] * _PAD
    counts = [0] * _PAD + list(range(n + 1)) + [n] * _PAD
    # Length of the run of lines not separated by blank lines (tables, menus, lists).
    run_len = [0.0] * n
    start = 0
    for k in range(n):
        if blank_after[k] or k == n - 1:
            run_len[start:k + 1] = [math.log1p(k - start + 1) / 3] * (k + 1 - start)
            start = k + 1
    # Distance to the nearest body-looking line before and after, for "sandwiched" lines.
    last_good = [-1] * n
    seen = -1
    for k in range(n):
        last_good[k] = seen
        if p[k] >= 0.5:
            seen = k
    next_good = [n] * n
    seen = n
    for k in range(n - 1, -1, -1):
        next_good[k] = seen
        if p[k] >= 0.5:
            seen = k
    top = max(p) if p else 1.0
    scale = 1.0 / top if top > 0 else 0.0
    first, last = span
    log1p = math.log1p
    rows: list[list[float]] = []
    previous = 0.0
    for k in range(n):
        j = k + _PAD  # lines k-2..k+2 are pre[j + 3] - pre[j - 2] in the padded sums
        if first <= k <= last:
            inside, distance = 1.0, 0.0
        else:
            inside = 0.0
            distance = log1p(first - k if k < first else k - last) / 3
        here = p[k]
        rows.append([
            here,
            previous,
            p[k + 1] if k + 1 < n else 0.0,
            (pre_p[j + 3] - pre_p[j - 2] - here) / ((counts[j + 3] - counts[j - 2] - 1) or 1),
            (pre_wp[j + 7] - pre_wp[j - 6]) / (pre_w[j + 7] - pre_w[j - 6]),
            inside,
            distance,
            run_len[k],
            1.0 if last_good[k] >= 0 and next_good[k] < n and next_good[k] - last_good[k] <= 4 else 0.0,
            here * scale,
            1.0 if title_at is not None and 0 < k - title_at <= 12 else 0.0,
        ])
        previous = here
    return rows, span
