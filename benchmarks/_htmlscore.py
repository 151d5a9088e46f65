"""Body scoring for the HTML benchmarks: 4-token shingles, per-page normalised counts.

The definition is /work/shared/docs/scoring.md (the article-extraction-benchmark method).
Private to benchmarks/html_bench.py and benchmarks/meta_bench.py until the lead unifies it
with benchmarks/scoring.py.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text or "")


def shingles(text: str, size: int = 4) -> Counter[tuple[str, ...]]:
    words = tokens(text)
    if not words:
        return Counter()
    if len(words) < size:
        return Counter([tuple(words)])
    return Counter(tuple(words[i:i + size]) for i in range(len(words) - size + 1))


@dataclass(frozen=True)
class PageScore:
    tp: float
    fp: float
    fn: float
    exact: bool

    @property
    def precision(self) -> float | None:
        if self.fp == 0 and self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fp) if self.tp + self.fp > 0 else 0.0

    @property
    def recall(self) -> float | None:
        if self.fp == 0 and self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fn) if self.tp + self.fn > 0 else 0.0


def score_page(pred: str, true: str) -> PageScore:
    p, t = shingles(pred), shingles(true)
    tp = sum(min(t[k], p[k]) for k in p.keys() & t.keys())
    fp = sum(p.values()) - tp
    fn = sum(t.values()) - tp
    total = tp + fp + fn
    if total:
        tp, fp, fn = tp / total, fp / total, fn / total
    return PageScore(tp, fp, fn, tokens(pred) == tokens(true))


@dataclass(frozen=True)
class CorpusScore:
    f1: float
    precision: float
    recall: float
    accuracy: float
    pages: int


def score_corpus(pages: list[PageScore]) -> CorpusScore:
    precisions = [s.precision for s in pages if s.tp + s.fp > 0 or (s.fp == 0 and s.fn == 0)]
    recalls = [s.recall for s in pages if s.tp + s.fn > 0 or (s.fp == 0 and s.fn == 0)]
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    acc = sum(s.exact for s in pages) / len(pages) if pages else 0.0
    return CorpusScore(f1, p, r, acc, len(pages))
