"""Per-line features of a dump, the inputs of the line model.

Every non-blank line gets a fixed-length vector of numbers (``BASE_NAMES`` says which). The
features of a line's text are computed once per distinct text of the page (menus and lists
repeat); only the few that depend on where the line sits are computed per line. All work is
linear in the number of lines, and long lines are only looked at in their first few thousand
characters, so a huge or hostile input cannot make this slow.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from .patterns import (
    BYLINE, BYLINE_FIRST_WORDS, CAPTION_CREDIT, CHROME_PAIRS, CHROME_WORDS, CREDIT_WORDS, LEGAL, LEGAL_WORDS,
    NAME_DATE, RELATED_FIRST_WORDS, RELATED_HEADING,
)

_WORD = re.compile(r"\w+")
_SENTENCE_ENDS = frozenset(".!?…。！？:;")
_CLOSERS = "\"'”’»)]"
_INNER_PUNCT = re.compile(r"[.,;:!?。、，]")
# A separator between spaces: "Home | World", "News > Asia". The character class comes first
# so the scan skips ahead to candidates (the look-behind then checks the space before).
_SEPARATORS = re.compile(r"[|•·/»›>](?<=\s.)(?=\s)")
_DIGIT = re.compile(r"\d")
_PAIR_FIRST = frozenset(first for first, _ in CHROME_PAIRS)
# Words that start with a capital (Latin, Greek and Cyrillic scripts; others have no case).
# The capital comes first so the scan can jump between candidate characters (twice as fast
# as a leading look-behind); the look-behind then rules out capitals inside words.
_UPPER_START = re.compile(r"[A-ZÀ-ÖØ-ÞΑ-ΩА-ЯЁ](?<!\w[A-ZÀ-ÖØ-ÞΑ-ΩА-ЯЁ])")
#: Lines are judged by their first characters only: enough to tell prose from chrome.
LOOK = 2000
#: Lines shorter than this are the ones that can be buttons, bylines, headings, datelines.
_SHORT = 160

#: Features of the text alone, then the features of the line's place in the page.
# Only features that earn their place in the host-grouped cross-validation are here: the
# held-out score was better without the stopword share (it lives on in long_prose), digit
# share, link marks, dates, lower-case starts, end colons, comment words, word counts and
# blank-before flags.
TEXT_NAMES = (
    "chars", "ends_sentence", "punct_rate", "capitalised", "chrome", "separators", "byline_like",
    "caption_credit", "related_heading", "all_caps", "short", "long_prose", "legal",
)
PLACE_NAMES = ("repeated", "before_title", "after_title", "position", "blank_after")
BASE_NAMES = TEXT_NAMES + PLACE_NAMES
#: Column of the chrome and related-heading flags (the labeller reuses them for its reasons).
CHROME = TEXT_NAMES.index("chrome")
RELATED = TEXT_NAMES.index("related_heading")


@dataclass(frozen=True)
class Page:
    """The non-blank lines of a dump and what the features need to know about the page.

    ``words`` holds each line's lower-cased ``\\w+`` words (of its first ``LOOK`` characters).
    """

    texts: tuple[str, ...]
    words: tuple[tuple[str, ...], ...]
    counts: Counter[str]
    blank_after: tuple[bool, ...]
    blank_before: tuple[bool, ...]
    title_at: int | None


def split_words(text: str) -> tuple[str, ...]:
    """The lower-cased words of a line's first ``LOOK`` characters."""
    return tuple(_WORD.findall(text[:LOOK].lower()))


def text_features(text: str, words: tuple[str, ...], stops: frozenset[str]) -> list[float]:
    """The ``TEXT_NAMES`` vector of one line's text (``words`` lower-cased)."""
    head = text[:LOOK]
    size = len(head)
    count = len(words)
    nw = count or 1
    tail = head.rstrip(_CLOSERS)[-1:]
    ends = tail in _SENTENCE_ENDS and tail != ""
    if count < 25 or not ends:
        prose = 0.0
    elif stops:
        prose = 1.0 if sum(map(stops.__contains__, words)) >= 0.2 * count else 0.0
    else:
        # No stoplist fits (Japanese, Chinese, ...): a long line that ends a sentence stands in.
        prose = 1.0 if size >= 40 else 0.0
    chrome = byline = separators = related = 0.0
    # Cheap tests guard the regular expressions: most lines fail the guard.
    if size < _SHORT:
        if "©" in head or not CHROME_WORDS.isdisjoint(words) or (
            not _PAIR_FIRST.isdisjoint(words) and not CHROME_PAIRS.isdisjoint(zip(words, words[1:]))
        ):
            chrome = 1.0
        if count:
            first = words[0]
            if (first in BYLINE_FIRST_WORDS and BYLINE.match(head)) or (
                head[:1].isupper() and _DIGIT.search(head) and NAME_DATE.match(head)
            ):
                byline = 1.0
            if count <= 12 and first in RELATED_FIRST_WORDS and RELATED_HEADING.match(head):
                related = 1.0
        if _SEPARATORS.search(head):
            separators = 1.0
    credit = legal = 0.0
    if (head[-1:] == "]" or not CREDIT_WORDS.isdisjoint(words)) and CAPTION_CREDIT.search(head[-200:]):
        credit = 1.0
    if ("©" in head or "(c)" in head or "(C)" in head or not LEGAL_WORDS.isdisjoint(words)) and LEGAL.search(head):
        legal = 1.0
    return [
        min(len(text), 600) / 200,
        1.0 if ends else 0.0,
        min(len(_INNER_PUNCT.findall(head)) / nw, 1.0),
        len(_UPPER_START.findall(head)) / nw if count else 0.0,
        chrome,
        separators,
        byline,
        credit,
        related,
        1.0 if size > 3 and head.isupper() else 0.0,
        1.0 if count <= 3 else 0.0,
        prose,
        legal,
    ]


def text_vectors(page: Page, stops: frozenset[str]) -> dict[str, list[float]]:
    """The :func:`text_features` of each distinct text of the page (menus and lists repeat)."""
    seen: dict[str, list[float]] = {}
    for text, words in zip(page.texts, page.words):
        if text not in seen:
            seen[text] = text_features(text, words, stops)
    return seen


def place_columns(page: Page) -> list[list[float]]:
    """The ``PLACE_NAMES`` features as columns, one value per non-blank line in each."""
    n = len(page.texts)
    title_at = page.title_at
    counts = page.counts
    log1p = math.log1p
    if title_at is None:
        before = [0.0] * n
        after = [log1p(k) / 3 for k in range(n)]
    else:
        cut = min(max(title_at, 0), n)
        before = [1.0] * cut + [0.0] * (n - cut)
        after = [0.0] * cut + [log1p(k - title_at) / 3 for k in range(cut, n)]
    return [
        [1.0 if counts[text] > 1 else 0.0 for text in page.texts],
        before,
        after,
        [k / n for k in range(n)],
        [1.0 if blank else 0.0 for blank in page.blank_after],
    ]


def base_features(page: Page, stops: frozenset[str]) -> list[list[float]]:
    """One vector per non-blank line, in ``BASE_NAMES`` order."""
    own = text_vectors(page, stops)
    return [own[text] + list(place) for text, place in zip(page.texts, zip(*place_columns(page)))]
