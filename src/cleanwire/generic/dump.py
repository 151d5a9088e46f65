"""Generic text-dump extraction: find the story as the densest run of prose lines."""

from __future__ import annotations

import re
from collections import Counter

from ..article import Article
from ..blocks import Block, Explanation, Label
from ..dates import from_date, parse_date
from ..document import Document
from ..names import names_from_byline

_SENTENCE_END = re.compile(r"[.!?…。！？\"”’»)]$")
_BYLINE = re.compile(r"^(?:By|BY|Von|Par|Por|Oleh)\s+(?P<names>[^\d|]{3,80})$")


def _is_prose(line: str) -> bool:
    words = len(line.split())
    return (words >= 10 and bool(_SENTENCE_END.search(line))) or words >= 25 or (
        len(line) >= 60 and not line.isascii()
    )


def explain_dump(doc: Document) -> Explanation:
    lines = doc.lines
    filled = [i for i, line in enumerate(lines) if line]
    counts = Counter(lines[i] for i in filled)
    title = doc.header_title
    if title is None:
        for i in filled[:40]:
            if counts[lines[i]] > 1 and 3 <= len(lines[i].split()) <= 30:
                title = lines[i]
                break
    # Kadane over line scores: prose pulls the window open, chrome pushes it shut.
    best_sum, best = 0.0, (0, -1)
    run_sum, run_start = 0.0, 0
    for pos, i in enumerate(filled):
        line = lines[i]
        score = min(len(line.split()), 60) if _is_prose(line) else -4.0
        if run_sum <= 0:
            run_sum, run_start = 0.0, pos
        run_sum += score
        if run_sum > best_sum:
            best_sum, best = run_sum, (run_start, pos)
    span = set(filled[best[0]:best[1] + 1])
    labels: dict[int, tuple[Label, str]] = {}
    captions: dict[str, None] = {}
    authors: tuple[str, ...] = ()
    seen: set[str] = set()
    for i in filled:
        line = lines[i]
        if title and line == title and "title" not in seen:
            labels[i] = (Label.METADATA, "title")
            seen.add("title")
        elif (m := _BYLINE.match(line)) and not authors:
            authors = names_from_byline(m.group("names"))
            labels[i] = (Label.METADATA, "byline")
        elif i not in span:
            labels[i] = (Label.BOILERPLATE, "outside the main text")
        elif line in seen:
            labels[i] = (Label.BOILERPLATE, "repeated line")
        elif counts[line] > 1 and not _is_prose(line):
            captions.setdefault(line, None)
            labels[i] = (Label.CAPTION, "printed twice")
        elif len(line.split()) < 3 and not _SENTENCE_END.search(line):
            labels[i] = (Label.BOILERPLATE, "short non-sentence line")
        else:
            labels[i] = (Label.BODY, "main text")
        seen.add(line)
    published = None
    if doc.header_date:
        published = from_date(doc.header_date)
    else:
        for i in filled[:60]:
            if labels[i][0] is Label.BOILERPLATE and len(lines[i]) < 80:
                published = parse_date(lines[i])
                if published:
                    break
    paragraphs = tuple(lines[i] for i in filled if labels[i][0] is Label.BODY)
    article = Article(
        title=title,
        paragraphs=paragraphs,
        url=doc.url,
        authors=authors,
        published=published,
        captions=tuple(captions),
        extractor="generic",
    )
    blocks = tuple(Block(lines[i], *labels[i], line=doc.line_number(i)) for i in filled)
    return Explanation(article, blocks)
