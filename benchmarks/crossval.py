"""Host-grouped K-fold cross-validation of the learned dump model.

Every page of the dev corpus is from a different host, so folds over pages are folds over
hosts: each page is extracted by a model trained without its site. The score of those
held-out extractions is the honest estimate of the generic dump path on unseen sites.
"""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

from scoring import score_corpus, score_page
from train_dump_model import load_pages, train

from cleanwire.document import make_document
from cleanwire.generic.text.dump import explain_dump


def fold_of(index: int, k: int) -> int:
    return index % k


def cross_validate(corpus: Path, pages: list, k: int, grid: bool = False) -> str:  # pages: bench.Page
    """Train K models, extract each page with the one that did not see it; a Markdown table.

    With ``grid`` the held-out extraction is repeated for a grid of the cut's thresholds
    (the model stays the same), one row per pair.
    """
    data = load_pages(corpus)
    models = [train([item for i, item in enumerate(data) if fold_of(i, k) != fold]) for fold in range(k)]
    pairs = [(h, l) for h in (0.4, 0.5, 0.6) for l in (0.1, 0.15, 0.2, 0.25, 0.3, 0.4)] if grid else [None]
    rows = []
    for pair in pairs:
        chosen = [replace(m, high=pair[0], low=min(pair[1], pair[0])) for m in models] if pair else models
        name = f"high {pair[0]}, low {pair[1]}" if pair else "cleanwire generic (held-out folds)"
        rows.append(_run(corpus, pages, k, data, chosen, name))
    return (
        f"### dump mode, {k}-fold cross-validation grouped by host\n\n"
        "| system | F1 | precision | recall | accuracy | docs/s | errors |\n"
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n" + "".join(rows)
    )


def _run(corpus: Path, pages: list, k: int, data: list, models: list, name: str) -> str:
    by_id = {item.id: i for i, item in enumerate(data)}
    scores = []
    errors = 0
    spent = 0.0
    for fold in range(k):
        model = models[fold]
        for page in pages:
            if page.id in by_id and fold_of(by_id[page.id], k) != fold:
                continue
            raw = (corpus / "dumps" / f"{page.id}.txt").read_bytes()
            start = time.perf_counter()
            try:
                body = explain_dump(make_document(raw, url=page.url), model).article.body
            except Exception:
                body = ""
                errors += 1
            spent += time.perf_counter() - start
            scores.append(score_page(body, page.truth))
    s = score_corpus(scores)
    return (
        f"| {name} | {s.f1:.3f} | {s.precision:.3f} | {s.recall:.3f} "
        f"| {s.accuracy:.3f} | {len(scores) / spent if spent else 0:.1f} | {errors} |\n"
    )
