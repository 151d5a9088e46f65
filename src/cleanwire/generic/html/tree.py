"""Parse page text into an lxml tree, safely: bounded depth, no entity tricks, a base URL.

libxml2 stops descending at 255 levels and silently drops whatever is nested deeper. A page
that hits that wall is re-parsed with its layout containers (div, span, section, ...) removed,
which keeps its text; a page still too deep after that is refused with a clear error.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

from lxml import etree
from lxml.html import HtmlComment, HtmlElement, HtmlEntity, HtmlProcessingInstruction, HTMLParser, document_fromstring

from ...errors import NoContentError

#: Depth at which libxml2 gives up (it caps at 255); we re-parse flattened above this.
DEEP = 240
_PARSER = HTMLParser(remove_comments=True, remove_pis=True, no_network=True, default_doctype=False)
# lxml.html looks up a Python class for every element proxy it hands out (a Python call each
# time); one class for all elements, looked up in C, is much cheaper and keeps the
# HtmlElement methods (text_content, drop_tree) that this package and trafilatura use.
_PARSER.set_element_class_lookup(etree.ElementDefaultClassLookup(
    element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity))
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_LAYOUT_TAGS = re.compile(r"</?(?:div|span|section|font|center|main|b|i|em|strong|u|small)\b[^>]*>", re.I)


def parse_html(text: str) -> HtmlElement:
    """The document tree."""
    return _parse(_XML_DECL.sub("", text, count=1))


def parse_flat(text: str) -> HtmlElement:
    """The document tree with layout containers removed, for pages nested beyond ``DEEP``."""
    root = parse_html(_LAYOUT_TAGS.sub(" ", text))
    if _depth(root) >= DEEP:
        raise NoContentError(f"the page is nested too deeply to be read (more than {DEEP} levels)")
    return root


def _parse(text: str) -> HtmlElement:
    try:
        root = document_fromstring(text, parser=_PARSER)
    except (etree.ParserError, ValueError) as exc:
        raise NoContentError(f"the page could not be parsed as HTML ({exc})") from None
    if root is None:
        raise NoContentError("the page holds no HTML elements")
    return root


def _depth(root: HtmlElement) -> int:
    """Depth of the deepest element, without Python recursion."""
    deepest = 0
    depth = 0
    for event, _ in etree.iterwalk(root, events=("start", "end")):
        depth += 1 if event == "start" else -1
        if depth > deepest:
            deepest = depth
    return deepest


def base_url(root: HtmlElement, page_url: str | None) -> str | None:
    """The URL relative links resolve against: ``<base href>`` over the page URL."""
    for el in root.iter("base"):
        href = el.get("href")
        if href is not None:
            href = href.strip()
            if href:
                return urljoin(page_url or "", href) or None
            break  # only the first <base href> counts
    return page_url


def absolute(href: str | None, base: str | None) -> str | None:
    """``href`` resolved against ``base``; None for script links and empty or bare anchors."""
    if not href:
        return None
    href = href.strip()
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:", "data:")):
        return None
    url = urljoin(base, href) if base else href
    return url if url.startswith(("http://", "https://")) or not base else url
