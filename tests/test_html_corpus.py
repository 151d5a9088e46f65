"""Floors on the development corpora (skip when ../shared/corpus is absent).

The floors sit a little below the figures measured when they were set (docs/html.md), so
a regression fails and noise does not.
"""

import json
import sys
from pathlib import Path

import cleanwire

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from scoring import score_corpus, score_page  # noqa: E402


def _rows(corpus: Path) -> list[dict]:
    return [json.loads(line) for line in (corpus / "truth.jsonl").read_text(encoding="utf-8").splitlines()]


def _body(path: Path, url: str | None) -> str:
    try:
        return cleanwire.extract(path.read_bytes(), url=url).body
    except cleanwire.CleanwireError:
        return ""


def test_dev_html_body_floor(dev_corpus):
    scores = [score_page(_body(dev_corpus / "pages" / f"{r['id']}.html", r.get("url")), r["body"]) for r in _rows(dev_corpus)]
    result = score_corpus(scores)
    assert result.f1 >= 0.973 and result.precision >= 0.963 and result.recall >= 0.980, result


def test_meta_dev_floor(meta_corpus):
    from meta_bench import _cleanwire, judge

    hits: dict[str, list[bool]] = {}
    bodies = []
    for row in _rows(meta_corpus):
        guess = _cleanwire((meta_corpus / "pages" / f"{row['id']}.html").read_bytes().decode("utf-8", "replace"), None)
        for field, ok in judge(guess, row).items():
            if ok is not None:
                hits.setdefault(field, []).append(ok)
        bodies.append(score_page(guess.body, row["body"]))
    rate = {field: sum(v) / len(v) for field, v in hits.items()}
    assert rate["title"] >= 0.97 and rate["byline"] >= 0.88 and rate["date"] >= 0.97 and rate["site"] >= 0.97, rate
    assert score_corpus(bodies).f1 >= 0.962
