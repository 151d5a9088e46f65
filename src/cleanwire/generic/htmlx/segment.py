"""Cut a page tree into text segments: one per run of inline text inside a block element.

Each segment remembers the block element that holds it and how much of its text is link
text. The walk is one pass of lxml's C iterator, so deep trees cost no recursion; what an
element is for (its zone) and its path are worked out later, once per element, on demand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree
from lxml.html import HtmlElement

BLOCK_TAGS = frozenset(
    "address article aside blockquote body caption center dd details dialog div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre "
    "section summary table tbody td tfoot th thead tr ul br".split()
)
#: Elements whose content is never visible text.
SKIP_TAGS = frozenset(
    "script style noscript template svg math head iframe object embed canvas select option "
    "button input textarea video audio picture source map".split()
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Segment:
    """A run of visible text and the block element the page wrapped it in."""

    index: int
    text: str
    element: HtmlElement
    tag: str
    link_chars: int

    @property
    def words(self) -> int:
        return len(self.text.split())

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0


def element_path(el: HtmlElement, levels: int = 6) -> str:
    """A short CSS-like path of the element and its nearest ancestors, for ``explain``."""
    parts: list[str] = []
    node: HtmlElement | None = el
    while node is not None and len(parts) < levels:
        tag = node.tag if isinstance(node.tag, str) else "?"
        ident = (node.get("id") or "").split()
        cls = (node.get("class") or "").split()
        parts.append(f"{tag}#{ident[0]}" if ident else f"{tag}.{cls[0]}" if cls else tag)
        node = node.getparent()
    prefix = "…/" if node is not None else ""
    return prefix + "/".join(reversed(parts))


def _hidden(el: HtmlElement) -> bool:
    if el.get("hidden") is not None:
        return True
    style = el.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def segments(root: HtmlElement) -> list[Segment]:
    """The page's segments in document order (``<body>`` only, hidden parts left out)."""
    body = root.find("body")
    if body is None:
        body = root
    out: list[Segment] = []
    owners: list[HtmlElement] = []
    parts: list[str] = []
    link_chars = 0
    in_link = 0
    skipping: HtmlElement | None = None

    def flush() -> None:
        nonlocal link_chars
        if not parts:
            return
        text = _SPACES.sub(" ", "".join(parts)).strip()
        parts.clear()
        links, link_chars = link_chars, 0
        if text and owners:
            owner = owners[-1]
            out.append(Segment(len(out), text, owner, owner.tag, min(links, len(text))))

    walker = etree.iterwalk(body, events=("start", "end"))
    for event, el in walker:
        if skipping is not None:
            if el is skipping:  # the end of the skipped element: only its tail is visible
                skipping = None
                if el.tail:
                    parts.append(el.tail)
            continue
        tag = el.tag
        if event == "start":
            if not isinstance(tag, str) or tag in SKIP_TAGS or _hidden(el):
                skipping = el
                walker.skip_subtree()
                continue
            if tag in BLOCK_TAGS:
                flush()
                owners.append(el)
            elif tag == "a":
                in_link += 1
            text = el.text
        else:
            if tag in BLOCK_TAGS:
                flush()
                owners.pop()
            elif tag == "a":
                in_link -= 1
            text = el.tail
        if text:
            parts.append(text)
            if in_link:
                link_chars += len(text.strip())
    flush()
    return out
