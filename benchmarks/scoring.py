"""The article-body score of docs/scoring.md: 4-token shingles, per-page P/R, corpus F1.

Tokens are ``\\w+`` matches; a page's true positives, false positives and false negatives are
shingle counts normalised by their sum so long pages weigh no more than short ones; corpus
precision and recall are means over the pages where they are defined, and F1 is their
harmonic mean. Accuracy is the share of pages whose token list equals the truth's.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+")
SHINGLE = 4


def tokens(text: str) -> list[str]:
    """The ``\\w+`` tokens of ``text`` in order."""
    return _TOKEN.findall(text)


def shingles(words: list[str], size: int = SHINGLE) -> Counter[tuple[str, ...]]:
    """Runs of ``size`` consecutive tokens as a multiset; 1..size-1 tokens make one shingle."""
    if not words:
        return Counter()
    if len(words) < size:
        return Counter([tuple(words)])
    return Counter(tuple(words[i:i + size]) for i in range(len(words) - size + 1))


@dataclass(frozen=True)
class PageScore:
    """Normalised shingle counts of one page and whether its tokens match exactly."""

    tp: float
    fp: float
    fn: float
    exact: bool

    @property
    def precision(self) -> float:
        if self.fp == 0 and self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        if self.fp == 0 and self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0


@dataclass(frozen=True)
class CorpusScore:
    f1: float
    precision: float
    recall: float
    accuracy: float
    pages: int


def score_page(predicted: str, truth: str) -> PageScore:
    """Compare one page's predicted body with its true body."""
    pred_words, true_words = tokens(predicted), tokens(truth)
    pred, true = shingles(pred_words), shingles(true_words)
    tp = sum(min(count, true[key]) for key, count in pred.items())
    fp = sum(max(0, count - true[key]) for key, count in pred.items())
    fn = sum(max(0, count - pred[key]) for key, count in true.items())
    total = tp + fp + fn
    if total:
        return PageScore(tp / total, fp / total, fn / total, pred_words == true_words)
    return PageScore(0.0, 0.0, 0.0, pred_words == true_words)


def score_corpus(pages: Iterable[PageScore]) -> CorpusScore:
    """Mean precision and recall over the pages where each is defined, and their F1."""
    pages = list(pages)
    precisions = [p.precision for p in pages if p.tp + p.fp > 0]
    recalls = [p.recall for p in pages if p.tp + p.fn > 0]
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = sum(p.exact for p in pages) / len(pages) if pages else 0.0
    return CorpusScore(f1, precision, recall, accuracy, len(pages))
