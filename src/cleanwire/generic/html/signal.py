"""trafilatura as one signal: which segments its main-text extraction kept.

trafilatura is run in its fast mode (no readability/jusText comparison) on a copy of our
tree, so the page is parsed once. Its text is mapped back onto our segments through 4-token
shingles, which survive its different cutting of paragraphs and its list markers.
"""

from __future__ import annotations

import logging
import re
from collections import Counter

from lxml.html import HtmlElement

from .segment import Segment

_TOKEN = re.compile(r"\w+")
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


def trafilatura_text(root: HtmlElement, url: str | None) -> str:
    """trafilatura's main text for the page ("" when it finds none or fails)."""
    import trafilatura

    try:
        text = trafilatura.extract(
            root, url=url, fast=True, include_comments=False, include_tables=True, with_metadata=False,
            deduplicate=False,
        )
    except (RecursionError, ValueError, TypeError, AttributeError):  # bad pages must not stop us
        return ""
    return text or ""


def kept_by(text: str, segs: list[Segment]) -> list[bool]:
    """For each segment: is (most of) its text in ``text``?

    Whole lines of ``text`` are matched first and use up their words, so a teaser that
    repeats a story sentence does not count as kept because the story paragraph is. A
    segment of fewer than four words is settled by :func:`_settle`.
    """
    per_line = [_words(line) for line in text.split("\n")]  # a word never spans a line break
    lines = Counter(" ".join(toks) for toks in per_line)
    words = [word for toks in per_line for word in toks]
    grams = Counter(_grams(words))
    joined = f" {' '.join(words)} "
    own = [_words(seg.text) for seg in segs]
    out: list[bool | None] = [None] * len(segs)
    for i, toks in enumerate(own):
        key = " ".join(toks)
        if toks and lines.get(key, 0) > 0:  # get: a Counter's own lookup of a missing key is a Python call
            lines[key] -= 1
            grams.subtract(_grams(toks))
            out[i] = True
    for i, toks in enumerate(own):
        if out[i] is not None:
            continue
        if not toks:
            out[i] = False
        elif len(toks) < 4:
            out[i] = None if f" {' '.join(toks)} " in joined else False
        else:
            mine = _grams(toks)
            found = sum(1 for g in mine if grams.get(g, 0) > 0)
            out[i] = found * 2 >= len(mine)
            if out[i]:
                grams.subtract(mine)
    return _settle(out, segs, {g for g, count in grams.items() if count > 0})


def _grams(toks: list[str]) -> list[tuple[str, ...]]:
    return list(zip(toks, toks[1:], toks[2:], toks[3:]))  # the 4-token windows, made in C


def _settle(out: list[bool | None], segs: list[Segment], grams: set[tuple[str, ...]]) -> list[bool]:
    """Decide the short segments found only inside a line (table cells, list words).

    A run of them counts when the run's words together are in the text, or when the kept
    segments on both sides of the run are kept.
    """
    result = [bool(v) for v in out]
    i = 0
    while i < len(out):
        if out[i] is not None:
            i += 1
            continue
        j = i
        while j < len(out) and out[j] is None:
            j += 1
        words = [w for seg in segs[i:j] for w in _words(seg.text)]
        mine = _grams(words)
        inside = bool(mine) and sum(g in grams for g in mine) * 2 >= len(mine)
        between = i > 0 and j < len(out) and bool(out[i - 1]) and bool(out[j])
        for k in range(i, j):
            result[k] = inside or between
        i = j
    return result


def _words(text: str) -> list[str]:
    return _TOKEN.findall(text.casefold())
