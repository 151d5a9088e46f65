"""Comparison keys for text: the one way cleanwire decides that two strings "say the same"."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

_WORDS = re.compile(r"\w+")


def collapse(text: str | None) -> str:
    """Inner whitespace runs as one space, ends stripped."""
    return " ".join(text.split()) if text else ""


def fold(text: str | None) -> str:
    """:func:`collapse` and case-folded: "The  Title" and "the title" compare equal."""
    return collapse(text).casefold()


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


def unaccented(text: str) -> str:
    """Case-folded, German umlauts spelled out as hosts and URLs spell them, other accents
    dropped: "Süddeutsche" -> "sueddeutsche", "Café" -> "cafe", "Straße" -> "strasse"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_UMLAUTS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def word_key(text: str | None) -> str:
    """The ``\\w+`` words, case-folded, joined by one space: punctuation and spacing ignored."""
    return " ".join(_WORDS.findall(text or "")).casefold()


def says(key: str) -> Callable[[str], bool]:
    """A test of ``word_key(text) == key`` for many texts: a text must first hold the key's
    longest word in its case-folded form (a substring test, cheaper than the words)."""
    probe = max(key.split(" "), key=len)

    def test(text: str) -> bool:
        return probe in text.casefold() and word_key(text) == key

    return test


def same(a: str | None, b: str | None) -> bool:
    """True when both are non-empty and equal after :func:`fold`."""
    return bool(a) and bool(b) and fold(a) == fold(b)


def shared_words(a: str | None, b: str | None) -> float:
    """The share of words two texts have in common (of the one with more distinct words):
    1.0 for the same words in any order, 0.0 when either has none."""
    mine, other = set(word_key(a).split()), set(word_key(b).split())
    return len(mine & other) / max(len(mine), len(other)) if mine and other else 0.0
