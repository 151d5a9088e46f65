"""Per-line features of a dump, the inputs of the line model.

Every non-blank line gets a fixed-length vector of numbers (``BASE_NAMES`` says which). All
work is linear in the number of lines, and long lines are only looked at in their first
few thousand characters, so a huge or hostile input cannot make this slow.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from .patterns import BYLINE, DATE_HINT, NAME_DATE, RELATED_HEADING, chrome_words, has_credit, is_legal

_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?…。！？:;][\"'”’»)\]]*$")
_INNER_PUNCT = re.compile(r"[.,;:!?。、，]")
_SEPARATORS = re.compile(r"\s[|•·/»›]\s|\s>\s")
_LINKISH = re.compile(r"https?://|www\.|@\w|#\w|\.com\b")
_DIGIT = re.compile(r"\d")
# Words that start with a capital (Latin, Greek and Cyrillic scripts; others have no case).
_UPPER_START = re.compile(r"(?<!\w)[A-ZÀ-ÖØ-ÞΑ-ΩА-ЯЁ]")
#: Lines are judged by their first characters only: enough to tell prose from chrome.
_LOOK = 2000

BASE_NAMES = (
    "log_words", "chars", "ends_sentence", "punct_rate", "stopwords", "capitalised", "digits",
    "repeated", "chrome", "before_title", "after_title", "position", "separators", "date_like",
    "byline_like", "caption_credit", "related_heading", "blank_after", "blank_before",
    "lower_start", "ends_colon", "all_caps", "short", "linkish", "widget", "long_prose", "legal",
)


@dataclass(frozen=True)
class Page:
    """The non-blank lines of a dump and what the features need to know about the page."""

    texts: tuple[str, ...]
    words: tuple[tuple[str, ...], ...]
    counts: Counter[str]
    blank_after: tuple[bool, ...]
    blank_before: tuple[bool, ...]
    title_at: int | None


def split_words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(text[:_LOOK]))


def base_features(page: Page, stops: frozenset[str], has_stops: bool) -> list[list[float]]:
    """One vector per non-blank line, in ``BASE_NAMES`` order."""
    n = len(page.texts)
    rows: list[list[float]] = []
    title_at = page.title_at
    for k, text in enumerate(page.texts):
        head = text[:_LOOK]
        words = page.words[k]
        nw = len(words) or 1
        lowered = [w.lower() for w in words]
        ends = bool(_SENTENCE_END.search(head))
        if has_stops:
            stop_share = sum(map(stops.__contains__, lowered)) / nw
        else:
            # No stoplist fits (Japanese, Chinese, ...): long lines that end a sentence stand in.
            stop_share = 0.3 if ends and len(head) >= 40 else 0.0
        caps = len(_UPPER_START.findall(head)) / nw if words else 0.0
        count = page.counts[text]
        digits = len(_DIGIT.findall(head))
        short = len(head) < 160
        if title_at is None:
            before, after = 0.0, math.log1p(k) / 3
        else:
            before = 1.0 if k < title_at else 0.0
            after = math.log1p(k - title_at) / 3 if k >= title_at else 0.0
        rows.append([
            math.log1p(len(words)) / 3,
            min(len(text), 600) / 200,
            1.0 if ends else 0.0,
            min(len(_INNER_PUNCT.findall(head)) / nw, 1.0),
            stop_share,
            caps,
            digits / max(len(head), 1),
            1.0 if count > 1 else 0.0,
            1.0 if short and chrome_words(lowered, head) else 0.0,
            before,
            after,
            k / n,
            1.0 if short and _SEPARATORS.search(head) else 0.0,
            1.0 if short and digits and DATE_HINT.search(head) else 0.0,
            1.0 if short and (BYLINE.match(head) or NAME_DATE.match(head)) else 0.0,
            1.0 if has_credit(head) else 0.0,
            1.0 if short and RELATED_HEADING.match(head) else 0.0,
            1.0 if page.blank_after[k] else 0.0,
            1.0 if page.blank_before[k] else 0.0,
            1.0 if head[:1].islower() else 0.0,
            1.0 if head.endswith(":") else 0.0,
            1.0 if len(head) > 3 and head.isupper() else 0.0,
            1.0 if len(words) <= 3 else 0.0,
            1.0 if _LINKISH.search(head) else 0.0,
            1.0 if count >= 3 else 0.0,
            1.0 if len(words) >= 25 and ends and stop_share >= 0.2 else 0.0,
            1.0 if is_legal(head) else 0.0,
        ])
    return rows
