"""The cheap tests in front of slow patterns (lexicon.vocab.may_match, is_credit) never change an
answer: on text built from the patterns' own words, in any case and with the characters that fold
oddly (İ, ı, ſ), the guarded test says what the bare pattern says."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from cleanwire.generic.text.edges import is_insert
from cleanwire.lexicon.vocab import (
    AD_WORD, CAPTION_CREDIT, CAPTION_MARK, CAPTION_MARK_KEYS, INSERT, LEGAL, PLACEHOLDER, PLACEHOLDER_KEYS, is_credit,
    is_legal, may_match,
)

# Pieces of matching and near-matching lines; joined in any order and case they make hits and misses.
PIECES = [
    "Photo", "photos", "Foto:", "Bild", "credit", "Image caption", "Legende", "Bildunterschrift", "enlarge this image",
    "Bild vergrößern", "画像を拡大", "(AP)", "(AP Photo/Evan Vucci)", "REUTERS/Kim", "Getty Images", "via", "©", "[Reuters]",
    "Advertisement", "Anzeige", "Remove ads", "close advertising", "cookies", "consent", "to see this content", "accept",
    "Datenschutz", "Werbung", "publicité", "All rights reserved", "terms of use", "privacy policy", "(c) 2024",
    "the", "council", "said", ":", "-", "/", ")", "(", "[", "]", ".", "ſ", "ı", "İ", "2024", " ",
    "Read more", "Lesen Sie auch", "Lire aussi", "Watch", "»", ">", "|", "：",
    "Bildrechte:", "Quelle: dpa", "zdjęcie:", "ZDJĘCIE", "kuva:", "Picture Alliance", "(photo credit: NASA)", "istockphoto",
]


def _texts():
    pieces = st.sampled_from(PIECES).map(lambda p: p.upper() if len(p) % 3 == 0 else p)
    return st.lists(pieces, max_size=8).map(" ".join)


GUARDED = [
    ("credit", is_credit, CAPTION_CREDIT),
    ("legal", is_legal, LEGAL),
    ("caption mark", lambda t: may_match(t, CAPTION_MARK_KEYS) and CAPTION_MARK.search(t) is not None, CAPTION_MARK),
    ("placeholder", lambda t: may_match(t, PLACEHOLDER_KEYS) and PLACEHOLDER.search(t) is not None, PLACEHOLDER),
]


@pytest.mark.parametrize("name,guarded,pattern", GUARDED, ids=[g[0] for g in GUARDED])
@settings(max_examples=150, derandomize=True, deadline=None, database=None)
@given(text=_texts())
def test_guard_agrees_with_the_pattern(name, guarded, pattern, text):
    assert guarded(text) == (pattern.search(text) is not None), text


@pytest.mark.parametrize("text", [
    "Photo: Jane Doe", "Bildunterschrift: Ein Haus", "Remove ads", "Accept cookies to see this content",
    "A flood in the valley (AP)", "REUTERS", "Bild vergrößern", "Click to enlarge image",
    # Case folding the patterns know and str.lower() does not: ſ is an s, ı an i.
    "Adverti\u017fement", "Pho\u0131o: Jane Doe".replace("\u0131", "t"), "Enlarge \u0131mage", "Getty \u0130mages",
])
def test_guard_keeps_hits(text):
    for _, guarded, pattern in GUARDED:
        assert guarded(text) == (pattern.search(text) is not None), text


@settings(max_examples=150, derandomize=True, deadline=None, database=None)
@given(text=_texts(), words=st.integers(0, 12))
@example(text="Read more: The council votes", words=5)
@example(text="Lesen Sie auch » Ein Text", words=5)
@example(text="WATCH | The clip", words=3)
@example(text="Lire aussi：Le vote", words=4)
@example(text="Related > Harbour", words=2)
@example(text="Close advertising", words=2)
def test_insert_guard_agrees_with_the_patterns(text, words):
    bare = len(text) <= 200 and (bool(INSERT.match(text)) or (
        bool(PLACEHOLDER.search(text)) and (words <= 6 or not AD_WORD.search(text))))
    assert is_insert(text, words) == bare, text
