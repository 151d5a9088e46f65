"""The benchmark's scorer (benchmarks/scoring.py) on small made-up texts."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from scoring import PageScore, score_corpus, score_page, shingles, tokens  # noqa: E402


def test_tokens_are_unicode_word_runs():
    assert tokens("Über-Straße, 2019: ça va?") == ["Über", "Straße", "2019", "ça", "va"]
    assert tokens("東京 タワー") == ["東京", "タワー"]


def test_shingles_of_short_and_empty_texts():
    assert shingles([]) == Counter()
    assert shingles(["a", "b"]) == Counter({("a", "b"): 1})
    assert shingles(["a", "b", "c", "d", "e"]) == Counter({("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1})
    assert shingles(["x"] * 5) == Counter({("x", "x", "x", "x"): 2})


def test_perfect_and_empty_predictions():
    truth = "one two three four five six"
    cased = score_page("One two three four five six", truth)  # tokens are case-sensitive
    assert cased.precision == pytest.approx(2 / 3) and cased.recall == pytest.approx(2 / 3)
    assert not cased.exact
    same = score_page(truth, truth)
    assert (same.precision, same.recall, same.exact) == (1.0, 1.0, True)
    empty = score_page("", truth)
    assert empty.precision == 0.0 and empty.recall == 0.0 and empty.tp + empty.fp == 0


def test_counts_are_normalised_per_page():
    # 3 true shingles, prediction has 2 of them plus 1 wrong: tp 2, fp 1, fn 1 over 4.
    score = score_page("a b c d e zz", "a b c d e f")
    assert score.tp == pytest.approx(0.5) and score.fp == pytest.approx(0.25) and score.fn == pytest.approx(0.25)
    assert score.precision == pytest.approx(2 / 3) and score.recall == pytest.approx(2 / 3)


def test_both_empty_is_perfect_but_counts_nowhere():
    score = score_page("", "")
    assert score.precision == 1.0 and score.recall == 1.0 and score.exact
    corpus = score_corpus([score, score_page("a b c d", "a b c d")])
    assert corpus.precision == 1.0 and corpus.recall == 1.0 and corpus.accuracy == 1.0


def test_corpus_means_skip_undefined_pages():
    pages = [
        PageScore(tp=1.0, fp=0.0, fn=0.0, exact=True),  # perfect
        PageScore(tp=0.0, fp=0.0, fn=1.0, exact=False),  # empty output: no precision, recall 0
        PageScore(tp=0.0, fp=1.0, fn=0.0, exact=False),  # empty truth: precision 0, no recall
    ]
    corpus = score_corpus(pages)
    assert corpus.precision == pytest.approx(0.5)  # pages 1 and 3
    assert corpus.recall == pytest.approx(0.5)  # pages 1 and 2
    assert corpus.f1 == pytest.approx(0.5)
    assert corpus.accuracy == pytest.approx(1 / 3)


def test_f1_is_harmonic_mean_of_means():
    pages = [score_page("a b c d e f g h", "a b c d"), score_page("a b c d", "a b c d e f g h")]
    corpus = score_corpus(pages)
    p, r = corpus.precision, corpus.recall
    assert corpus.f1 == pytest.approx(2 * p * r / (p + r))
