"""Per-line features of a dump, the inputs of the line model.

Every non-blank line gets a fixed-length vector of numbers (``BASE_NAMES`` says which). The
features of a line's text are computed once per distinct text of the page (menus and lists
repeat); only the few that depend on where the line sits are computed per line. All work is
linear in the number of lines, and long lines are only looked at in their first few thousand
characters, so a huge or hostile input cannot make this slow.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ...lexicon.people import BYLINE, BYLINE_FIRST_WORDS, NAME_DATE
from ...lexicon.vocab import (
    CHROME_PAIRS, CHROME_WORDS, CREDIT_WORDS, LEGAL, LEGAL_WORDS, READER_FORMAL, READER_WORDS, RELATED_FIRST_WORDS,
    RELATED_HEADING, is_credit,
)
from .context import log_steps

_WORD = re.compile(r"\w+")
# The same words in ASCII text (most lines of most pages), where \w is [A-Za-z0-9_]: the ASCII
# flag tests a character against a table instead of Unicode's character database.
_ASCII_WORD = re.compile(r"\w+", re.ASCII)
_SENTENCE_ENDS = frozenset(".!?…。！？:;")
#: Closing quotes and brackets, which may follow the mark that ends a sentence.
CLOSERS = "\"'”’»)]"
# A separator between spaces: "Home | World", "News > Asia". The character class comes first
# so the scan skips ahead to candidates (the look-behind then checks the space before).
_SEPARATORS = re.compile(r"[|•·/»›>](?<=\s.)(?=\s)")
_DIGIT = re.compile(r"\d")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
_PAIR_FIRST = frozenset(first for first, _ in CHROME_PAIRS)
_MARKED = CHROME_WORDS | _PAIR_FIRST | CREDIT_WORDS | LEGAL_WORDS
# Inner punctuation and words that start with a capital (Latin, Greek and Cyrillic scripts;
# others have no case), found in one scan of a line instead of two. The character class comes
# first so the scan jumps between candidate characters; then a punctuation mark is captured
# (findall returns it), and a capital counts when no word character precedes it (findall
# returns "" for it): the capitals are the empty strings, the punctuation the rest.
_MARKS = re.compile(r"[A-ZÀ-ÖØ-ÞΑ-ΩА-ЯЁ.,;:!?。、，](?:(?<=([.,;:!?。、，]))|(?<!\w[A-ZÀ-ÖØ-ÞΑ-ΩА-ЯЁ]))")
#: Lines are judged by their first characters only: enough to tell prose from chrome.
LOOK = 2000
#: Lines shorter than this are the ones that can be buttons, bylines, headings, datelines.
_SHORT = 160

#: Features of the text alone, then the features of the line's place in the page.
# Only features that earn their place in the host-grouped cross-validation are here: the
# held-out score was better without the stopword share (it lives on in long_prose), digit
# share, link marks, dates, lower-case starts, end colons, comment words, word counts and
# blank-before flags. "reader" (words that address the reader) and "chrome_long" (button and
# footer words in a long line) mark newsletter boxes, appeals and disclaimers around the story.
TEXT_NAMES = (
    "chars", "ends_sentence", "punct_rate", "capitalised", "chrome", "separators", "byline_like",
    "caption_credit", "related_heading", "all_caps", "short", "long_prose", "legal", "reader", "chrome_long",
)
PLACE_NAMES = ("repeated", "before_title", "after_title", "position", "blank_after")
BASE_NAMES = TEXT_NAMES + PLACE_NAMES
#: The features that are flags (only 0.0 or 1.0): the model adds their weight where they are set.
FLAGS = frozenset((
    "ends_sentence", "chrome", "separators", "byline_like", "caption_credit", "related_heading", "all_caps", "short",
    "long_prose", "legal", "chrome_long", "repeated", "before_title", "blank_after",
))
#: Column of the chrome and related-heading flags (the labeller reuses them for its reasons).
CHROME = TEXT_NAMES.index("chrome")
RELATED = TEXT_NAMES.index("related_heading")
CREDIT = TEXT_NAMES.index("caption_credit")


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


def split_all(texts: list[str]) -> list[tuple[str, ...]]:
    """The lower-cased words of each text's first ``LOOK`` characters.

    The texts are lower-cased in one call (no line holds a newline, so the join splits back).
    Chinese and Japanese write no spaces: a run of their characters counts as one word per
    two characters (about a word's length there), so prose is long and a menu item short.
    """
    lines = "\n".join([text[:LOOK] for text in texts]).lower().split("\n")
    # Chinese and Japanese characters are never ASCII: ASCII lines (isascii() is a flag, no
    # scan) need no search for them.
    if any(_CJK.search(line) for line in lines if not line.isascii()):
        return [tuple(_cjk_words(line)) for line in lines]
    return [tuple((_ASCII_WORD if line.isascii() else _WORD).findall(line)) for line in lines]


def _cjk_words(line: str) -> list[str]:
    words = []
    for word in _WORD.findall(line):
        if len(word) > 2 and _CJK.search(word):
            words += [word[i:i + 2] for i in range(0, len(word), 2)]
        else:
            words.append(word)
    return words


def text_columns(texts: list[str], words: list[tuple[str, ...]], stops: frozenset[str]) -> list[list[float]]:
    """The ``TEXT_NAMES`` features of ``texts`` (``words``: their lower-cased words) as columns.

    Column by column, each a list comprehension: far fewer Python steps per line than one
    function call per line. Cheap tests guard the regular expressions (most lines fail them).
    """
    heads = [text[:LOOK] for text in texts]
    sizes = list(map(len, heads))
    counts = list(map(len, words))
    # The few words any word test below looks for, found in one pass over each line's words.
    found = list(map(_MARKED.intersection, words))
    tails = [head.rstrip(CLOSERS)[-1:] for head in heads]
    ends = [1.0 if tail in _SENTENCE_ENDS else 0.0 for tail in tails]
    if stops:
        contains = stops.__contains__
        prose = [
            1.0 if count >= 25 and end and sum(map(contains, line)) >= 0.2 * count else 0.0
            for count, end, line in zip(counts, ends, words)
        ]
    else:
        # No stoplist fits (Japanese, Chinese, ...): a long line that ends a sentence stands in.
        prose = [1.0 if count >= 25 and end and size >= 40 else 0.0 for count, end, size in zip(counts, ends, sizes)]
    short = [size < _SHORT for size in sizes]
    chrome_any = [
        ("©" in head or (marked and (not CHROME_WORDS.isdisjoint(marked) or (
            not _PAIR_FIRST.isdisjoint(marked) and not CHROME_PAIRS.isdisjoint(zip(line, line[1:]))
        )))) for head, marked, line in zip(heads, found, words)
    ]
    chrome = [1.0 if is_short and any_ else 0.0 for is_short, any_ in zip(short, chrome_any)]
    chrome_long = [1.0 if not is_short and any_ else 0.0 for is_short, any_ in zip(short, chrome_any)]
    # How many times a line addresses the reader formally in German ("Sie", "Ihnen" mid-sentence).
    formal = [
        len(READER_FORMAL.findall(head)) if ("Sie" in head or "Ihn" in head or "Ihr" in head) else 0 for head in heads
    ]
    # Most lines hold no reader word (isdisjoint stops at the first): their share is 0.0 uncounted.
    reader = [
        min(8 * (sum(map(READER_WORDS.__contains__, line)) + extra) / count, 1.0)
        if count and (extra or not READER_WORDS.isdisjoint(line)) else 0.0
        for line, count, extra in zip(words, counts, formal)
    ]
    byline = [
        1.0 if is_short and line and (
            (line[0] in BYLINE_FIRST_WORDS and BYLINE.match(head))
            or (head[:1].isupper() and _DIGIT.search(head) and NAME_DATE.match(head))
        ) else 0.0
        for is_short, head, line in zip(short, heads, words)
    ]
    related = [
        1.0 if is_short and 0 < len(line) <= 12 and line[0] in RELATED_FIRST_WORDS and RELATED_HEADING.match(head)
        else 0.0
        for is_short, head, line in zip(short, heads, words)
    ]
    separators = [1.0 if is_short and _SEPARATORS.search(head) else 0.0 for is_short, head in zip(short, heads)]
    credit = [
        1.0 if (head[-1:] == "]" or "©" in head or (marked and not CREDIT_WORDS.isdisjoint(marked)))
        and is_credit(head[-200:]) else 0.0
        for head, marked in zip(heads, found)
    ]
    # "©" alone matches LEGAL: a line holding it needs no search (the slow part on footer lines).
    legal = [
        1.0 if "©" in head or (("(c)" in head or "(C)" in head or (marked and not LEGAL_WORDS.isdisjoint(marked)))
                               and LEGAL.search(head)) else 0.0
        for head, marked in zip(heads, found)
    ]
    marks = list(map(_MARKS.findall, heads))
    capitals = [found.count("") for found in marks]
    return [
        [min(len(text), 600) / 200 for text in texts],
        ends,
        [min((len(found) - upper) / (count or 1), 1.0) for found, upper, count in zip(marks, capitals, counts)],
        [upper / count if count else 0.0 for upper, count in zip(capitals, counts)],
        chrome,
        separators,
        byline,
        credit,
        related,
        [1.0 if size > 3 and head.isupper() else 0.0 for size, head in zip(sizes, heads)],
        [1.0 if count <= 3 else 0.0 for count in counts],
        prose,
        legal,
        reader,
        chrome_long,
    ]


def text_table(page: Page, stops: frozenset[str]) -> tuple[list[int], list[list[float]]]:
    """The text features of each distinct text of the page (menus and lists repeat) as columns,
    and for each line the index of its text in them."""
    distinct = dict(zip(page.texts, page.words))
    columns = text_columns(list(distinct), list(distinct.values()), stops)
    at = {text: i for i, text in enumerate(distinct)}
    return list(map(at.__getitem__, page.texts)), columns


def text_rows(page: Page, stops: frozenset[str]) -> tuple[list[int], list[tuple[float, ...]]]:
    """:func:`text_table` as one row per distinct text (the training rows are built from it)."""
    index, columns = text_table(page, stops)
    return index, list(zip(*columns))


def place_columns(page: Page) -> list[list[float]]:
    """The ``PLACE_NAMES`` features as columns, one value per non-blank line in each."""
    n = len(page.texts)
    title_at = page.title_at
    counts = page.counts
    if title_at is None:
        before = [0.0] * n
        after = log_steps(n)
    else:
        cut = min(max(title_at, 0), n)
        before = [1.0] * cut + [0.0] * (n - cut)
        after = [0.0] * cut + (log_steps(n - title_at)[cut - title_at:] if cut < n else [])
    return [
        [1.0 if counts[text] > 1 else 0.0 for text in page.texts],
        before,
        after,
        [k / n for k in range(n)],
        [1.0 if blank else 0.0 for blank in page.blank_after],
    ]

