"""The generic HTML extractor: parse, read metadata, cut segments, label them, build the Article."""

from __future__ import annotations

from ...article import Article
from ...blocks import Block, Explanation, Label
from ...document import Document
from .classify import classify
from .segment import element_path, segments
from .signal import kept_by, trafilatura_text
from .tree import parse_html


def explain_html(doc: Document) -> Explanation:
    root, flattened = parse_html(doc.text)
    headline = None
    for h in root.iter("h1"):
        headline = h.text_content()
        break
    segs = segments(root)
    kept = kept_by(trafilatura_text(root, doc.url), segs)
    decisions = classify(segs, kept, headline)
    paragraphs = tuple(seg.text for seg, (label, _) in zip(segs, decisions) if label is Label.BODY)
    article = Article(title=headline, paragraphs=paragraphs, url=doc.url, extractor="generic")
    blocks = tuple(Block(seg.text, label, reason, path=element_path(seg.element)) for seg, (label, reason) in zip(segs, decisions))
    return Explanation(article, blocks)
