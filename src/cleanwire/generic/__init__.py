"""The generic extractor: used for every site that has no class of its own."""

from __future__ import annotations

from ..blocks import Explanation
from ..document import Document
from ..extractor import Extractor
from .text import explain_dump
from .html import explain_html


class GenericExtractor(Extractor):
    """Finds the story in any dump or page without site rules."""

    name = "generic"

    def explain(self, doc: Document) -> Explanation:
        if doc.kind == "html":
            return explain_html(doc)
        return explain_dump(doc)


__all__ = ["GenericExtractor"]
