"""A dump's lines as the features see them: the non-blank lines, their neighbours, the headline."""

from __future__ import annotations

import operator
import re
from collections import Counter
from itertools import compress

from ...document import Document
from .features import Page, split_all
from ...lexicon.normalise import fold, word_key
from ...lexicon.vocab import is_chrome

# Scripts written without spaces: a headline there is one "word".
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]")
#: Dumps with more lines than this are cut: no news page has that many, and work stays bounded.
MAX_LINES = 20000
#: Lines longer than this are cut for the features (the body keeps the whole line).
_TITLE_WORDS = (3, 30)


def find_title_line(texts: tuple[str, ...], counts: Counter[str], header_title: str | None) -> int | None:
    """Index of the headline among the non-blank lines, or None when none is found.

    With a dump header the headline is the line that matches the header title (sites append
    " | Site" to the metadata title, so a prefix match counts); without one it is the first
    title-like line the page prints twice near the top.
    """
    if header_title:
        wanted = fold(header_title)
        # Only lines that start like the title can be it: the full comparison is costlier.
        first = wanted[:1]
        # Each distinct first character is case-folded once, not each line's.
        starts = {start for start in {text[:1] for text in counts} if start.casefold() == first}
        keys = [(k, fold(text)) for k, text in enumerate(texts) if text[:1] in starts]
        for k, key in keys:
            if key == wanted:
                return k
        for k, key in keys:
            long_enough = (len(key) >= 15 and len(key.split()) >= 3) or (len(key) >= 8 and _CJK.search(key))
            if long_enough and (wanted.startswith(key) or key.startswith(wanted)):
                return k
        # The same words with other quotes or dashes ("lawyer's" / "lawyer’s").
        size = len(header_title)
        key_words = word_key(header_title)
        for k, text in enumerate(texts):
            if abs(len(text) - size) <= 3 and word_key(text) == key_words:
                return k
    limit = max(40, len(texts) // 2)
    for k, text in enumerate(texts[:limit]):
        words = len(text.split())
        if counts[text] > 1 and _TITLE_WORDS[0] <= words <= _TITLE_WORDS[1] and not is_chrome(text):
            return k
    return None


def make_page(doc: Document) -> tuple[Page, list[int]]:
    """The page of non-blank lines and, for each, its index in ``doc.lines``."""
    lines = doc.lines[:MAX_LINES]
    filled = list(compress(range(len(lines)), lines))
    texts = tuple(compress(lines, lines))
    counts = Counter(texts)
    # Padding with a blank line at each end makes "is the next/previous line blank" one lookup
    # (the maps below run in C: no Python step per line).
    blank = [True, *map(operator.not_, lines), True]
    blank_after = tuple(map(blank.__getitem__, map((2).__add__, filled)))
    blank_before = tuple(map(blank.__getitem__, filled))
    split = dict(zip(counts, split_all(list(counts))))
    page = Page(
        texts=texts,
        words=tuple(map(split.__getitem__, texts)),
        counts=counts,
        blank_after=blank_after,
        blank_before=blank_before,
        title_at=find_title_line(texts, counts, doc.header_title),
    )
    return page, filled
