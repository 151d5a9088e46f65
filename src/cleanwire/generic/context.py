"""Context of a line: what the first-stage scores of its neighbours say, and the story span.

A menu item and a one-line inner heading look alike on their own; what tells them apart is
whether prose surrounds them. These features feed the second stage of the line model. The
densest span is found with Kadane's maximum-subarray scan over word-weighted scores, so the
story tends to come out as one contiguous run.
"""

from __future__ import annotations

import math

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
    # Prefix sums make every window mean O(1).
    pre_p = [0.0] * (n + 1)
    pre_wp = [0.0] * (n + 1)
    pre_w = [0.0] * (n + 1)
    acc_p = acc_wp = acc_w = 0.0
    for k in range(n):
        acc_p += p[k]
        acc_wp += p[k] * weights[k]
        acc_w += weights[k]
        pre_p[k + 1], pre_wp[k + 1], pre_w[k + 1] = acc_p, acc_wp, acc_w
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
        lo, hi = max(0, k - 2), min(n, k + 3)
        lo6, hi6 = max(0, k - 6), min(n, k + 7)
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
            (pre_p[hi] - pre_p[lo] - here) / max(hi - lo - 1, 1),
            (pre_wp[hi6] - pre_wp[lo6]) / (pre_w[hi6] - pre_w[lo6]),
            inside,
            distance,
            run_len[k],
            1.0 if last_good[k] >= 0 and next_good[k] < n and next_good[k] - last_good[k] <= 4 else 0.0,
            here * scale,
            1.0 if title_at is not None and 0 < k - title_at <= 12 else 0.0,
        ])
        previous = here
    return rows, span
