"""Which lines of a dump belong to the true body: the labels the dump model learns from.

A line is body when most of its 4-token shingles occur in the true body (for lines of fewer
than four tokens: when its token run occurs in the truth and a neighbouring line is body).
Used by the training script and for looking at pages; never at run time.
"""

from __future__ import annotations

from scoring import tokens

_N = 4


def _grams(words: list[str], n: int) -> list[tuple[str, ...]]:
    return [tuple(words[i:i + n]) for i in range(len(words) - n + 1)]


def body_lines(lines: list[str], truth: str) -> list[bool]:
    """One flag per line: True when the line is part of the true body."""
    true_words = [w.casefold() for w in tokens(truth)]
    known = {n: set(_grams(true_words, n)) for n in range(1, _N + 1)}
    flags: list[bool | None] = []
    for line in lines:
        words = [w.casefold() for w in tokens(line)]
        if not words:
            flags.append(False)
        elif len(words) >= _N:
            grams = _grams(words, _N)
            flags.append(sum(g in known[_N] for g in grams) >= 0.5 * len(grams))
        else:
            flags.append(None if tuple(words) in known[len(words)] else False)
    # A short line found in the truth counts when the story runs through it.
    result: list[bool] = []
    for i, flag in enumerate(flags):
        if flag is None:
            before = next((f for f in reversed(flags[max(0, i - 3):i]) if f is not None), False)
            after = next((f for f in flags[i + 1:i + 4] if f is not None), False)
            result.append(bool(before and after) or bool(before and i + 1 < len(flags) and flags[i + 1] is None))
        else:
            result.append(flag)
    return result
