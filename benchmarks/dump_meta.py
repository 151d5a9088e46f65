"""Dump metadata against the truth of a corpus that has it (``sites``): title, authors, date.

Conventions (../shared/docs/scoring.md, read strictly): a title is right when it equals the
true title after case-folding and whitespace collapsing, typographic quotes and apostrophes
read as straight ones (the truth mixes both: "lawyer's" on one page, "Swift’s" on the next);
no site suffix is removed (the extractor must drop it); authors are right when the set of
names equals the true set after the same folding (every credited name, nothing else);
``byline`` is the looser scoring.md rule (token F1 of all names joined >= 0.8); the
published date is right when its calendar day (YYYY-MM-DD as printed, offset kept) matches.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+")
FIELDS = ("title", "authors", "byline", "published")


@dataclass(frozen=True)
class Meta:
    title: str | None
    authors: tuple[str, ...]
    published: str | None  # ISO 8601


_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "“": '"', "”": '"', "„": '"', "‟": '"'})


def _fold(text: str | None) -> str:
    return " ".join((text or "").split()).casefold().translate(_QUOTES)


def _token_f1(guess: str, truth: str) -> float:
    g = [t.casefold() for t in _TOKEN.findall(guess)]
    t = [w.casefold() for w in _TOKEN.findall(truth)]
    common = sum(min(g.count(w), t.count(w)) for w in set(g))
    return 2 * common / (len(g) + len(t)) if common else 0.0


def judge(meta: Meta, row: dict) -> dict[str, bool]:
    """Right or wrong, per field, for one page (fields whose truth is empty are left out)."""
    out = {}
    if row.get("title"):
        out["title"] = _fold(meta.title) == _fold(row["title"])
    if row.get("authors"):
        out["authors"] = sorted(map(_fold, meta.authors)) == sorted(map(_fold, row["authors"]))
        out["byline"] = _token_f1(", ".join(meta.authors), ", ".join(row["authors"])) >= 0.8
    if row.get("published"):
        out["published"] = (meta.published or "")[:10] == row["published"][:10]
    return out


def cleanwire_meta(raw: bytes, url: str) -> Meta:
    import cleanwire

    try:
        article = cleanwire.extract(raw, url=url, site="generic")
    except cleanwire.CleanwireError:
        return Meta(None, (), None)
    return Meta(article.title, article.authors, article.published.isoformat() if article.published else None)


def trafilatura_meta(raw: bytes, url: str) -> Meta:
    """trafilatura's metadata on the dump wrapped as HTML (its input in dump mode)."""
    import trafilatura
    from systems import dump_as_html

    doc = trafilatura.bare_extraction(dump_as_html(raw), url=url, with_metadata=True)
    if doc is None:
        return Meta(None, (), None)
    d = doc.as_dict() if hasattr(doc, "as_dict") else doc
    authors = tuple(a.strip() for a in (d.get("author") or "").split(";") if a.strip())
    return Meta(d.get("title"), authors, d.get("date"))


SYSTEMS: dict[str, Callable[[bytes, str], Meta]] = {"cleanwire": cleanwire_meta, "trafilatura": trafilatura_meta}


def table(pages: list, systems: tuple[str, ...] = ("cleanwire", "trafilatura"), show: bool = False) -> str:
    """A Markdown table of the share of pages right per field, one row per system."""
    lines = [
        "| system | title | authors | byline (F1 >= 0.8) | published | pages |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    misses = []
    for name in systems:
        hits: dict[str, list[bool]] = {f: [] for f in FIELDS}
        for page in pages:
            meta = SYSTEMS[name](page.input_path("dump").read_bytes(), page.url)
            for key, ok in judge(meta, page.row).items():
                hits[key].append(ok)
                if show and name == "cleanwire" and not ok:
                    got = {"title": meta.title, "authors": meta.authors, "byline": None, "published": meta.published}[key]
                    if key != "byline":
                        misses.append(f"- {key} {page.id}: got {got!r}, want {page.row[key]!r}")
        cells = [f"{sum(v) / len(v):.3f}" if v else "-" for v in hits.values()]
        lines.append(f"| {name} | {' | '.join(cells)} | {len(pages)} |")
    return "\n".join(lines + ([""] + misses if misses else []))
