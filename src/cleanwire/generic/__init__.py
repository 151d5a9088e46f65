"""The generic extractor: used for every site that has no class of its own, and under every
site class for the fields the class leaves to it."""

from __future__ import annotations

from ..blocks import Explanation
from ..document import Document
from .html import explain_html
from .text import explain_dump


def explain(doc: Document, tz: str | None = None, *, blocks: bool = True) -> Explanation:
    """Find the story in any dump or page without site rules; ``tz`` is the zone of times
    printed without one (a site's city; UTC when None). With ``blocks`` False the
    Explanation may come without blocks (what :func:`cleanwire.extract` needs)."""
    if doc.kind == "html":
        return explain_html(doc, default_tz=tz, blocks=blocks)
    return explain_dump(doc, tz=tz, blocks=blocks)


__all__ = ["explain"]

