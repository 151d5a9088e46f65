"""Generic HTML extraction: trafilatura for the body, the page's metadata for the fields."""

from __future__ import annotations

from datetime import datetime
from urllib.parse import urlsplit

from ..article import Article
from ..blocks import Block, Explanation, Label
from ..dates import parse_date
from ..document import Document
from ..names import names_from_byline


def explain_html(doc: Document) -> Explanation:
    import trafilatura

    result = trafilatura.bare_extraction(
        doc.text, url=doc.url, with_metadata=True, include_comments=False, include_tables=True
    )
    if result is None:
        return Explanation(Article(url=doc.url, extractor="generic"), ())
    data = result.as_dict()
    paragraphs = tuple(p.strip() for p in (data.get("text") or "").split("\n") if p.strip())
    published: datetime | None = parse_date(data["date"]) if data.get("date") else None
    site = data.get("sitename") or (urlsplit(doc.url).hostname if doc.url else None)
    article = Article(
        title=data.get("title") or None,
        paragraphs=paragraphs,
        url=data.get("url") or doc.url,
        site=site,
        authors=names_from_byline(data["author"]) if data.get("author") else (),
        published=published,
        section=tuple(c for c in (data.get("categories") or []) if c),
        tags=tuple(t for t in (data.get("tags") or []) if t),
        language=data.get("language") or None,
        extractor="generic",
    )
    blocks = tuple(Block(p, Label.BODY, "main text (trafilatura)") for p in paragraphs)
    return Explanation(article, blocks)
