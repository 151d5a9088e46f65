"""Train the generic HTML block model and write src/cleanwire/data/html_model.json.

    python benchmarks/train_html_model.py [--corpora dev,sites] [--cv 5] [--no-write]

Labels come from the corpus truth: a segment is story when most of its shingles are in the
true body (the same matching that maps any text back onto segments, ``signal.kept_by``). Two
L2-regularised logistic regressions are fitted (numpy here, not at run time): stage one on
each segment's own features, stage two on those plus the stage-one scores around it; stage
one's scores for stage two's training pages are cross-fitted (each page scored by a model that
did not see it). A segment weighs its share of its page's words, so every page weighs the same,
like the benchmark's per-page means.

``--cv K`` first prints the honest estimate: K folds grouped by site (the URL's host), each
held-out page extracted end to end (``explain_page`` with the fold's model) by a model that
saw no page of its site. Folds are the sorted sites dealt round-robin; everything is
deterministic.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from scoring import score_corpus, score_page  # noqa: E402
from train_dump_model import fit  # noqa: E402

from cleanwire.document import make_document  # noqa: E402
from cleanwire.errors import CleanwireError  # noqa: E402
from cleanwire.generic.html.features import NAMES, rows  # noqa: E402
from cleanwire.generic.html.model import CONTEXT_NAMES, HtmlModel, context_rows, groups, story_flags  # noqa: E402
from cleanwire.generic.html.page import HtmlPage, label_page, read_page  # noqa: E402
from cleanwire.generic.html.signal import kept_by  # noqa: E402

ROOT = HERE.parent
OUT = ROOT / "src" / "cleanwire" / "data" / "html_model.json"
CORPORA = ROOT.parent / "shared" / "corpus"
INNER_FOLDS = 4
GRID = ((0.5, 0.5), (0.4, 0.6), (0.3, 0.7), (0.3, 0.9), (0.2, 0.8), (0.4, 0.9))


@dataclass
class PageData:
    id: str
    corpus: str
    site: str
    truth: str
    page: HtmlPage
    base: list[list[float]]
    labels: list[bool]
    weights: list[float]
    words: list[int]
    parents: list[int]
    grands: list[int]


def site_of(row: dict) -> str:
    host = (urlsplit(row.get("url") or "").hostname or row["id"]).removeprefix("www.")
    return row.get("publisher") or host


def load(corpora: list[str]) -> list[PageData]:
    data = []
    for name in corpora:
        corpus = CORPORA / name
        for line in (corpus / "truth.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            raw = (corpus / "pages" / f"{row['id']}.html").read_bytes()
            try:
                page = read_page(make_document(raw, url=row.get("url")))
            except CleanwireError:
                continue
            segs = page.segments
            base = rows(segs, page.zones, page.meta.title)
            labels = kept_by(row["body"], segs)
            total = sum(s.words + 1 for s in segs) or 1
            parents, grands = groups(segs)
            ids: dict[object, int] = {}
            data.append(PageData(row["id"], name, site_of(row), row["body"], page, base, labels,
                                 [(s.words + 1) / total for s in segs], [s.words for s in segs],
                                 [ids.setdefault(p, len(ids)) for p in parents],
                                 [ids.setdefault(g, len(ids)) for g in grands]))
    return data


def _stack(data: list[PageData], attr: str) -> list:
    return [x for item in data for x in getattr(item, attr)]


def fit_model(data: list[PageData]) -> HtmlModel:
    stage1 = fit(NAMES, _stack(data, "base"), _stack(data, "labels"), _stack(data, "weights"))
    rows2: list[list[float]] = []
    for fold in range(INNER_FOLDS):
        rest = [d for i, d in enumerate(data) if i % INNER_FOLDS != fold]
        inner = fit(NAMES, _stack(rest, "base"), _stack(rest, "labels"), _stack(rest, "weights"))
        for i, item in enumerate(data):
            if i % INNER_FOLDS == fold:
                item.ctx = stage_two_rows(item, inner)  # type: ignore[attr-defined]
    rows2 = _stack(data, "ctx")
    stage2 = fit(NAMES + CONTEXT_NAMES, rows2, _stack(data, "labels"), _stack(data, "weights"))
    return HtmlModel(stage1, stage2)


def stage_two_rows(item: PageData, stage1) -> list[list[float]]:  # type: ignore[no-untyped-def]
    return context_rows(item.page.segments, item.base, stage1.probabilities(item.base))


def quick(data: list[PageData], models: list[HtmlModel], fold_of: list[int]) -> dict[str, tuple]:
    """The score of the model's flags alone (no headline, caption or furniture rules): fast,
    for comparing feature sets."""
    by_corpus: dict[str, list] = {}
    for item, fold in zip(data, fold_of):
        model = models[fold]
        p2 = model.stage2.probabilities(stage_two_rows(item, model.stage1))
        body = "\n".join(s.text for s, p in zip(item.page.segments, p2) if p >= model.threshold)
        item.quick = score_page(body, item.truth)  # type: ignore[attr-defined]
        by_corpus.setdefault(item.corpus, []).append(item.quick)  # type: ignore[attr-defined]
    return {name: score_corpus(scores) for name, scores in by_corpus.items()}


def _f1(score) -> float:  # type: ignore[no-untyped-def]
    p, r = score.precision, score.recall
    return 2 * p * r / (p + r) if p + r else 0.0


def folds(data: list[PageData], k: int) -> list[int]:
    sites = sorted({d.site for d in data})
    index = {site: i % k for i, site in enumerate(sites)}
    return [index[d.site] for d in data]


def evaluate(data: list[PageData], models: list[HtmlModel], fold_of: list[int]) -> dict[str, tuple]:
    by_corpus: dict[str, list] = {}
    for item, fold in zip(data, fold_of):
        page = item.page
        try:
            kept = story_flags(page.segments, page.zones, page.meta.title, models[fold])
            body = label_page(page, kept, "", model=models[fold]).article.body
        except CleanwireError:
            body = ""
        by_corpus.setdefault(item.corpus, []).append(score_page(body, item.truth))
    return {name: score_corpus(scores) for name, scores in by_corpus.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", default="dev,sites")
    parser.add_argument("--cv", type=int, default=0, help="site-grouped folds for the honest estimate")
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--quick", action="store_true", help="CV of the model's flags only, then stop")
    parser.add_argument("--pages", help="write the CV's per-page F1 (flags only) to this JSON file")
    parser.add_argument("--worst", type=int, default=0, help="list the N worst pages of the CV")
    args = parser.parse_args(argv)
    data = load(args.corpora.split(","))
    print(f"{len(data)} pages, {len({d.site for d in data})} sites, {sum(len(d.labels) for d in data)} segments")
    if args.cv:
        fold_of = folds(data, args.cv)
        models = [fit_model([d for d, f in zip(data, fold_of) if f != k]) for k in range(args.cv)]
        for name, s in quick(data, models, fold_of).items():
            print(f"site-grouped {args.cv}-fold CV  {name:6} flags only  F1 {s.f1:.3f}  P {s.precision:.3f}  R {s.recall:.3f}")
        if args.worst:
            for item in sorted(data, key=lambda d: d.quick.tp)[:args.worst]:  # type: ignore[attr-defined]
                q = item.quick  # type: ignore[attr-defined]
                print(f"   {item.id[:50]:50} tp {q.tp:.2f} fp {q.fp:.2f} fn {q.fn:.2f}")
        if args.pages:
            Path(args.pages).write_text(json.dumps({d.id: _f1(d.quick) for d in data}, indent=1))  # type: ignore[attr-defined]
        if args.quick:
            return 0
        for inner, outer in GRID:
            models = [replace(m, inner=inner, outer=outer) for m in models]
            for name, s in evaluate(data, models, fold_of).items():
                signal = f"{inner}/{outer}"
                print(f"{signal:16} site-grouped {args.cv}-fold CV  {name:6} F1 {s.f1:.3f}  P {s.precision:.3f}  R {s.recall:.3f}  acc {s.accuracy:.3f}")
    model = fit_model(data)
    for name, s in evaluate(data, [model], [0] * len(data)).items():
        print(f"in-sample                 {name:6} F1 {s.f1:.3f}  P {s.precision:.3f}  R {s.recall:.3f}  acc {s.accuracy:.3f}")
    if not args.no_write:
        OUT.write_text(model.to_json() + "\n", encoding="utf-8")
        print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
