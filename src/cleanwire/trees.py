"""Parsed trees handed to :func:`cleanwire.extract`: a BeautifulSoup document or an lxml element.

Code that already scrapes with BeautifulSoup or lxml passes its tree as it is; cleanwire turns
it back into HTML (one serialisation, done by the library that built the tree) and reads that.
Neither library is imported unless such a tree is passed.
"""

from __future__ import annotations

from .errors import InputError


def is_tree(raw: object) -> bool:
    """True for objects that are neither text nor bytes (they must be a tree to be read)."""
    return not isinstance(raw, (str, bytes, bytearray, memoryview))


def tree_html(tree: object) -> str:
    """The HTML of a BeautifulSoup object or lxml element; InputError for anything else."""
    module = type(tree).__module__ or ""
    html: str | None = None
    if module.startswith("bs4"):
        from bs4.element import Tag

        if isinstance(tree, Tag):  # BeautifulSoup documents are Tags too
            html = tree.decode()
    elif module.startswith("lxml"):
        from lxml import etree
        from lxml.html import tostring

        root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
        if isinstance(root, etree._Element):
            html = tostring(root, encoding="unicode", method="html")
    if html is None:
        raise InputError(
            f"cannot read a {type(tree).__name__}: pass text (str), bytes, a BeautifulSoup document or an lxml element"
        )
    if not html.lstrip()[:200].lower().startswith(("<html", "<!doctype")):
        html = f"<html><body>{html}</body></html>"  # a fragment (one <article>, say)
    return html
