"""Site-grouped cross-validation of the confidence-gated story signal for HTML.

    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/html_gate.py [--cv 5] [--pages gate.json]

For every page of ``dev`` and ``sites`` (site classes off), each held-out page is read by a
block model trained on the other folds (folds are whole sites, as in train_html_model.py),
and labelled end to end (``label_page``) with each candidate signal: trafilatura's main text,
the story container, the block model, and the gated combinations. The gate's confidence
threshold is chosen inside the training folds (the best mean F1 there; ties go to the
threshold that calls trafilatura least) and then applied to the held-out fold. Prints the
F1 per corpus and the share of pages that still call trafilatura.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import train_html_model as training  # noqa: E402
from scoring import score_corpus, score_page  # noqa: E402

from cleanwire.generic.html.classify import story_container  # noqa: E402
from cleanwire.generic.html.gate import MIN_STORY_CHARS, confidence  # noqa: E402
from cleanwire.generic.html.model import scores, story_flags_from  # noqa: E402
from cleanwire.generic.html.page import label_page  # noqa: E402
from cleanwire.generic.html.signal import kept_by, trafilatura_text  # noqa: E402

THRESHOLDS = (0.8, 0.85, 0.9, 0.92, 0.94, 0.96, 0.98, 1.01)


def _f1(score) -> float:  # type: ignore[no-untyped-def]
    p, r = score.precision or 0.0, score.recall or 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def page_results(item, model) -> dict:  # type: ignore[no-untyped-def]
    """Scores of one page under each signal, and the model's confidence."""
    page = item.page
    segs = page.segments
    p = scores(segs, page.zones, page.meta.title, model)
    signals = {"traf": kept_by(trafilatura_text(page.root, page.doc.url), segs),
               "model": story_flags_from(segs, p, model)}
    cont = story_container(segs, page.zones)
    if cont is not None:
        signals["cont"] = cont
    story_chars = sum(len(seg.text) for seg, keep in zip(segs, signals["model"]) if keep)
    conf = confidence(segs, p) if story_chars >= MIN_STORY_CHARS else 0.0  # as gate.decides
    out = {"id": item.id, "corpus": item.corpus, "site": item.site, "conf": conf}
    for name, kept in signals.items():
        out[name] = score_page(label_page(page, kept, "").article.body, item.truth)
    return out


def choose(rec: dict, container: str, t: float) -> tuple[object, bool]:
    """The score a gated pipeline gets on a page, and whether it called trafilatura."""
    if container in rec:
        return rec[container], False
    if rec["conf"] >= t:
        return rec["model"], False
    return rec["traf"], True


def best_threshold(recs: list[dict], container: str) -> float:
    def value(t: float) -> tuple[float, float]:
        picked = [choose(r, container, t) for r in recs]
        return (sum(_f1(s) for s, _ in picked) / len(picked), -sum(c for _, c in picked))
    return max(THRESHOLDS, key=value)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", type=int, default=5)
    parser.add_argument("--pages", help="write every page's scores to this JSON file")
    args = parser.parse_args(argv)
    data = training.load(["dev", "sites"])
    fold_of = training.folds(data, args.cv)
    models = [training.fit_model([d for d, f in zip(data, fold_of) if f != k]) for k in range(args.cv)]
    recs = [page_results(item, models[fold]) | {"fold": fold} for item, fold in zip(data, fold_of)]
    print(f"{len(recs)} pages, {len({r['site'] for r in recs})} sites, {args.cv} site-grouped folds\n")
    print("| signal | dev F1 | sites F1 | pages calling trafilatura | thresholds (per fold) |")
    print("| --- | ---: | ---: | ---: | --- |")
    fixed = {"trafilatura on every page": lambda r: (r["traf"], True),
             "block model on every page": lambda r: (r["model"], False),
             "story container, else trafilatura": lambda r: (r["cont"], False) if "cont" in r else (r["traf"], True),
             "story container, else block model": lambda r: (r["cont"], False) if "cont" in r else (r["model"], False)}
    for name, pick in fixed.items():
        _row(name, [pick(r) for r in recs], recs, "")
    for container in ("cont",):
        picked, chosen = [], []
        for k in range(args.cv):
            t = best_threshold([r for r in recs if r["fold"] != k], container)
            chosen.append(t)
            picked += [(r, choose(r, container, t)) for r in recs if r["fold"] == k]
        order = {id(r): i for i, r in enumerate(recs)}
        picked.sort(key=lambda x: order[id(x[0])])
        _row("story container, else block model when confident, else trafilatura", [p for _, p in picked], recs,
             " ".join(f"{t:g}" for t in chosen))
    if args.pages:
        Path(args.pages).write_text(json.dumps([{k: (_f1(v) if hasattr(v, "tp") else v) for k, v in r.items()}
                                                for r in recs], indent=1))
    return 0


def _row(name: str, picked: list, recs: list[dict], note: str) -> None:
    cells = []
    for corpus in ("dev", "sites"):
        cells.append(f"{score_corpus([s for (s, _), r in zip(picked, recs) if r['corpus'] == corpus]).f1:.3f}")
    calls = sum(c for _, c in picked)
    print(f"| {name} | {cells[0]} | {cells[1]} | {calls}/{len(picked)} | {note} |", flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
