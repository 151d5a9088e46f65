"""The cheaper scans of the dump path say what the plain ones say: the one-pass count of capitals
and punctuation, ASCII word splitting, the sandwiched-line and run-length walk of the context
features, and the pieces every match of a credit pattern holds (credits runs a pattern only on
lines holding its piece)."""

from __future__ import annotations

import math
import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanwire.generic.text.context import context_columns
from cleanwire.generic.text.features import _MARKS, split_all
from cleanwire.lexicon import credits
from cleanwire.lexicon.people import OTHER_ROLE
from cleanwire.lexicon.vocab import may_match

# What the features counted before, with one pattern each.
_CAPITALS = re.compile(r"[A-ZÀ-ÖØ-ÞΑ-ΩА-ЯЁ](?<!\w[A-ZÀ-ÖØ-ÞΑ-ΩА-ЯЁ])")
_PUNCT = re.compile(r"[.,;:!?。、，]")
_CHARS = "aZ É.,;:!?。、，_1ΩωЯяЁ\u03a2Àß-'\"xY  İıſ東京ab"


@settings(max_examples=300, derandomize=True, deadline=None, database=None)
@given(text=st.text(alphabet=_CHARS, max_size=40))
def test_one_scan_counts_capitals_and_punctuation(text):
    found = _MARKS.findall(text)
    capitals = found.count("")
    assert (capitals, len(found) - capitals) == (len(_CAPITALS.findall(text)), len(_PUNCT.findall(text)))


@settings(max_examples=200, derandomize=True, deadline=None, database=None)
@given(lines=st.lists(st.text(alphabet=_CHARS.replace("東京", "") + "\u212a", max_size=30), min_size=1, max_size=6))
def test_words_are_the_lower_cased_word_runs(lines):
    """ASCII lines are split with the ASCII pattern; every line gives its lower-cased \\w+ runs."""
    lines = [" ".join(line.split()) for line in lines]
    assert split_all(lines) == [tuple(re.findall(r"\w+", line.lower())) for line in lines]


def _sandwiched_and_runs(p, blank_after):
    """The two context columns the plain way: every line looks for its neighbours."""
    n = len(p)
    before = [max([j for j in range(k) if p[j] >= 0.5], default=-1) for k in range(n)]
    after = [min([j for j in range(k + 1, n) if p[j] >= 0.5], default=n) for k in range(n)]
    between = [1.0 if b >= 0 and a < n and a - b <= 4 else 0.0 for b, a in zip(before, after)]
    runs, start = [0.0] * n, 0
    for k in range(n):
        if blank_after[k] or k == n - 1:
            runs[start:k + 1] = [math.log1p(k - start + 1) / 3] * (k + 1 - start)
            start = k + 1
    return between, runs


@pytest.mark.parametrize("seed", range(40))
def test_sandwiched_lines_and_runs(seed):
    rng = random.Random(seed)
    n = rng.randint(0, 40)
    p = [rng.choice([0.1, 0.9, rng.random()]) for _ in range(n)]
    blank_after = tuple(rng.random() < 0.3 for _ in range(n))
    columns, _ = context_columns(p, [1.0] * n, blank_after, None)
    between, runs = _sandwiched_and_runs(p, blank_after)
    assert columns[8] == between  # between_body
    assert columns[7] == runs  # tight_run


_CREDIT_PIECES = [
    "By", "Von", "Ann Lee", "photo.JPG", "bild.webp", "x@y.de", "Updated", "PUBLIÉ", "3 hours", "dpa", "|", ",",
    "edited BY", "Mar 3", "12:30", "İ", "ſ", "ı", "Reuters", "with AP", "Follow", "veröffentlicht", "a.ſvg", "b.gİf", "c.svg",
]


@settings(max_examples=300, derandomize=True, deadline=None, database=None)
@given(text=st.lists(st.sampled_from(_CREDIT_PIECES), max_size=7).map(" ".join))
def test_credit_patterns_hold_their_pieces(text):
    """credits() skips a pattern on a line without its piece: every match must hold it."""
    if credits._EMAIL.search(text):
        assert "@" in text
    if credits._IMAGE_FILE.search(text):
        assert may_match(text, credits._IMAGE_KEYS)
    if OTHER_ROLE.search(text):
        assert may_match(text, ("by",))
    if credits._AFTER_NAMES.search(text):
        assert credits._DIGIT.search(text) or may_match(text, credits._AFTER_NAMES_KEYS)
