"""Train the generic dump line model and write src/cleanwire/data/dump_model.json.

    python benchmarks/train_dump_model.py [--corpus NAME_OR_PATH ...]   # default: dev and sites

Labels come from the corpus truth (benchmarks/line_truth.py): a line is body when most of its
shingles are in the true body. Two L2-regularised logistic regressions are fitted by Newton's
method (numpy is needed here, not at run time): stage one on each line's own features, stage
two on those plus the context of the stage-one scores. Stage one's scores for the training
pages are cross-fitted (each page scored by a model that did not see it) so stage two learns
from scores like those it will get on new pages. Every line is weighted by its length and
every page weighs the same, like the score the benchmark computes. The cut's two thresholds
are chosen by an inner cross-validation on the training pages only (each inner fold scored by
a model fitted without it), so the held-out estimate never sees its own pages' truth.
Every inner fold holds whole sites (a publisher's pages stay together), so no score that stage
two or the cut learns from comes from a model that saw the page's site. Everything is
deterministic: folds deal the sorted site names round-robin, Newton's method starts at zero.

The honest estimate of how well the model does on unseen sites is the host-grouped
cross-validation: ``python benchmarks/bench.py --by-host-cv 5``.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpora  # noqa: E402
from line_rows import probabilities, stage_one_rows, stage_two_rows  # noqa: E402
from line_truth import body_lines  # noqa: E402
from scoring import PageScore, score_corpus, score_page  # noqa: E402

from cleanwire.document import Document, make_document  # noqa: E402
from cleanwire.generic.text.context import CONTEXT_NAMES  # noqa: E402
from cleanwire.generic.text.decide import Scores, score  # noqa: E402
from cleanwire.generic.text.dump import label_page  # noqa: E402
from cleanwire.generic.text.features import BASE_NAMES, Page  # noqa: E402
from cleanwire.generic.text.lines import make_page  # noqa: E402
from cleanwire.generic.text.model import LineModel, Logistic  # noqa: E402

ROOT = HERE.parent
OUT = ROOT / "src" / "cleanwire" / "data" / "dump_model.json"
L2 = 1.0
INNER_FOLDS = 4
# The cut's thresholds the inner cross-validation chooses among (low <= high).
HIGHS = (0.3, 0.4, 0.5, 0.6)
LOWS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.4)


@dataclass
class PageData:
    id: str
    group: str
    doc: Document
    truth: str
    page: Page
    filled: list[int]
    base: list[list[float]]
    labels: list[bool]
    weights: list[float]


def load_pages(pages: list[corpora.Page]) -> list[PageData]:
    """Features and labels of every page's dump (pages whose input is HTML are skipped)."""
    out = []
    for item in pages:
        doc = make_document(item.input_path("dump").read_bytes(), url=item.url)
        if doc.kind != "dump":
            continue
        page, filled = make_page(doc)
        _, base = stage_one_rows(page)
        labels = body_lines(list(page.texts), item.truth)
        raw_w = [1.0 + min(len(w), 80) / 4 for w in page.words]
        total = sum(raw_w) or 1.0
        out.append(PageData(item.id, item.group, doc, item.truth, page, filled, base, labels,
                            [100 * w / total for w in raw_w]))
    return out


def fit(names: tuple[str, ...], rows: list[list[float]], labels: list[bool], weights: list[float]) -> Logistic:
    """Weighted L2 logistic regression by Newton's method; weights returned on the raw scale."""
    x = np.asarray(rows, dtype=float)
    y = np.asarray(labels, dtype=float)
    w = np.asarray(weights, dtype=float)
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / scale])
    beta = np.zeros(z.shape[1])
    penalty = np.full(z.shape[1], L2)
    penalty[0] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(z @ beta, -30, 30)))
        grad = z.T @ (w * (p - y)) + penalty * beta
        hess = (z * (w * p * (1 - p))[:, None]).T @ z + np.diag(penalty) + 1e-9 * np.eye(len(beta))
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-7:
            break
    coef = beta[1:] / scale
    bias = beta[0] - float(coef @ mean)
    return Logistic(names, tuple(float(c) for c in coef), float(bias))


def _stack(data: list[PageData], attr: str) -> list:
    return [value for item in data for value in getattr(item, attr)]


def _inner(data: list[PageData], fold: int) -> tuple[list[PageData], list[PageData]]:
    """(held, rest): the pages of inner fold ``fold`` (whole sites) and the others."""
    folds = corpora.fold_of([item.group for item in data], INNER_FOLDS)
    held = [item for item in data if folds[item.group] == fold]
    rest = [item for item in data if folds[item.group] != fold]
    return held, rest


def fit_stages(data: list[PageData]) -> LineModel:
    """Both stages on ``data``; stage one's inputs to stage two are cross-fitted."""
    stage1 = fit(BASE_NAMES, _stack(data, "base"), _stack(data, "labels"), _stack(data, "weights"))
    rows2: list[list[float]] = []
    labels2: list[bool] = []
    weights2: list[float] = []
    for fold in range(INNER_FOLDS):
        held, rest = _inner(data, fold)
        inner = fit(BASE_NAMES, _stack(rest, "base"), _stack(rest, "labels"), _stack(rest, "weights"))
        for item in held:
            p1 = probabilities(inner, item.base)
            rows, _ = stage_two_rows(item.page, item.base, p1)
            rows2 += rows
            labels2 += item.labels
            weights2 += item.weights
    stage2 = fit(BASE_NAMES + CONTEXT_NAMES, rows2, labels2, weights2)
    return LineModel(stage1, stage2)


_SCORES: dict[tuple[str, str], PageScore] = {}


def _score(item: PageData, body: str) -> PageScore:
    """score_page, remembered: most threshold pairs give a page the same body."""
    key = (item.id, body)
    found = _SCORES.get(key)
    if found is None:
        found = _SCORES[key] = score_page(body, item.truth)
    return found


def choose_cut(data: list[PageData]) -> tuple[float, float]:
    """The (high, low) pair with the best F1 on inner folds, each scored by a model not fitted on
    it. The grid is flat and noisy (neighbouring pairs differ by a few thousandths), so each pair
    is judged by the mean F1 of itself and its neighbours in the grid: a broad plateau wins over
    a lone peak."""
    scored: list[tuple[PageData, Scores]] = []
    for fold in range(INNER_FOLDS):
        held, rest = _inner(data, fold)
        model = fit_stages(rest)
        scored += [(item, score(item.page, model)) for item in held]
    grid: dict[tuple[int, int], float] = {}
    for i, high in enumerate(HIGHS):
        for j, low in enumerate(LOWS):
            if low > high:
                continue
            pages = [
                _score(item, label_page(item.doc, item.page, item.filled, scores, high, low).article.body)
                for item, scores in scored
            ]
            grid[i, j] = score_corpus(pages).f1
    best, pair = -1.0, (0.5, 0.25)
    for (i, j), f1 in grid.items():
        near = [grid[key] for key in ((i, j), (i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)) if key in grid]
        smooth = sum(near) / len(near)
        if smooth > best + 1e-9:
            best, pair = smooth, (HIGHS[i], LOWS[j])
    return pair


def train(data: list[PageData]) -> LineModel:
    """The model fitted on ``data`` with its cut chosen by inner cross-validation on ``data``."""
    high, low = choose_cut(data)
    return replace(fit_stages(data), high=high, low=low)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", action="append", help="corpus name or folder (repeat); default: dev and sites")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    data = load_pages([page for name in args.corpus or corpora.DEFAULT for page in corpora.load(name)])
    model = train(data)
    args.out.write_text(model.to_json() + "\n", encoding="utf-8")
    print(f"trained on {len(data)} pages, {sum(len(d.labels) for d in data)} lines -> {args.out}")
    print(f"  cut chosen by inner cross-validation: high {model.high}, low {model.low}")
    for name, weight in sorted(zip(model.stage2.names, model.stage2.weights), key=lambda t: -abs(t[1]))[:12]:
        print(f"  {name:>16} {weight:+.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
