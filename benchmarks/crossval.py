"""Host-grouped K-fold cross-validation of the learned dump model.

Every page of the dev corpus is from a different host, so folds over pages are folds over
hosts: each page is extracted by a model trained without its site. The score of those
held-out extractions is the honest estimate of the generic dump path on unseen sites.
"""

from __future__ import annotations

import time
from pathlib import Path

from scoring import score_corpus, score_page
from train_dump_model import load_pages, train

from cleanwire.document import make_document
from cleanwire.generic.dump import explain_dump


def fold_of(index: int, k: int) -> int:
    return index % k


def cross_validate(corpus: Path, pages: list, k: int) -> str:  # pages: bench.Page
    """Train K models, extract each page with the one that did not see it; a Markdown table."""
    data = load_pages(corpus)
    by_id = {item.id: i for i, item in enumerate(data)}
    scores = []
    errors = 0
    spent = 0.0
    for fold in range(k):
        model = train([item for i, item in enumerate(data) if fold_of(i, k) != fold])
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
        f"### dump mode, {k}-fold cross-validation grouped by host\n\n"
        "| system | F1 | precision | recall | accuracy | docs/s | errors |\n"
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n"
        f"| cleanwire generic (held-out folds) | {s.f1:.3f} | {s.precision:.3f} | {s.recall:.3f} "
        f"| {s.accuracy:.3f} | {len(scores) / spent if spent else 0:.1f} | {errors} |\n"
    )
