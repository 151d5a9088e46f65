"""Text of the page's markup as the page shows it: a paragraph where markup and a dump space a
link differently, and the texts of links (tags, categories, a breadcrumb)."""

from __future__ import annotations

from lxml import etree

from ...lexicon.normalise import collapse
from ..context import Context
from ..rules import XPath

__all__ = ["element_text", "link_texts", "unglue_links"]

#: What lxml.html's ``text_content()`` reads, for any element (the typed API has it on HTML
#: elements only): every text node inside, without the element's tail.
_STRING = etree.XPath("string()")


def element_text(element: etree._Element) -> str:
    """The text inside ``element``, as ``text_content()`` gives it."""
    return str(_STRING(element))


def link_texts(ctx: Context, rule: XPath) -> tuple[str, ...]:
    """HTML: the texts of the links that ``rule`` finds, or that lie inside what it finds
    (tag links, a breadcrumb's items), each once, in order; () on a dump."""
    if ctx.page is None:
        return ()
    texts = (collapse(element_text(a)) for el in rule.elements(ctx.page.root) for a in el.iter("a"))
    return tuple(dict.fromkeys(t for t in texts if t))


def unglue_links(text: str, element: etree._Element) -> str:
    """``text`` (the words of ``element``) with a space where a link inside it ends right
    before the next word ("killed</a>while" reads "killed while", as the page's dump has it)."""
    for link in element.iter("a"):
        inner, tail = " ".join(element_text(link).split()), link.tail or ""
        if inner and tail and (inner[-1].isalnum()) and tail[0].isalnum():
            glued = inner[-20:] + " ".join(tail.split())[:20]
            text = text.replace(glued, f"{inner[-20:]} {' '.join(tail.split())[:20]}", 1)
    return text
