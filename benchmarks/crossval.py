"""Cross-validation of the learned dump model, grouped by site, over every corpus given.

Folds hold whole sites (each dev page is its own host; the pages of one publisher in
``sites`` stay together), so each page is extracted by a model trained without its site,
and the cut's thresholds are chosen inside the training folds. The score of those held-out
extractions is the honest estimate of the generic dump path on unseen sites.
"""

from __future__ import annotations

import time
from dataclasses import replace

import corpora
from scoring import score_corpus, score_page
from train_dump_model import PageData, load_pages, train

from cleanwire.document import make_document
from cleanwire.generic.text.dump import explain_dump


def cross_validate(loaded: dict[str, list[corpora.Page]], k: int, grid: bool = False) -> str:
    """Train K models, extract each page with the one that did not see its site; a Markdown table.

    With ``grid`` the held-out extraction is repeated for a grid of the cut's thresholds
    (the models stay the same), one row per pair.
    """
    pages = [page for group in loaded.values() for page in group]
    data = load_pages(pages)
    folds = corpora.fold_of([page.group for page in pages], k)
    models = [train([item for item in data if folds[item.group] != fold]) for fold in range(k)]
    pairs = [(h, l) for h in (0.4, 0.5, 0.6) for l in (0.1, 0.15, 0.2, 0.25, 0.3, 0.4)] if grid else [None]
    rows = []
    for pair in pairs:
        chosen = [replace(m, high=pair[0], low=min(pair[1], pair[0])) for m in models] if pair else models
        label = f"high {pair[0]}, low {pair[1]}" if pair else "cleanwire generic (held-out sites)"
        for name, group in loaded.items():
            rows.append(_run(group, folds, chosen, f"{label}, {name}"))
        if len(loaded) > 1:
            rows.append(_run(pages, folds, chosen, f"{label}, all"))
    return (
        f"### dump mode, {k}-fold cross-validation grouped by site ({len(pages)} pages, {len(folds)} sites)\n\n"
        "| system | F1 | precision | recall | accuracy | docs/s | errors |\n"
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n" + "".join(rows)
    )


def _run(pages: list[corpora.Page], folds: dict[str, int], models: list, name: str) -> str:
    scores = []
    errors = 0
    spent = 0.0
    for page in pages:
        model = models[folds[page.group]]
        doc = make_document(page.input_path("dump").read_bytes(), url=page.url)
        start = time.perf_counter()
        try:
            body = explain_dump(doc, model).article.body
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


__all__ = ["PageData", "cross_validate"]
