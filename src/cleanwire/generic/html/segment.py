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

from ...errors import InputTooLargeError

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


@dataclass(frozen=True)
class Segment:
    """A run of visible text and the block element the page wrapped it in."""

    index: int
    text: str
    element: HtmlElement
    tag: str
    link_chars: int
    words: int

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0


class PathNamer:
    """Short CSS-like paths of elements ("…/div.article-body/p"), memoised per element.

    A path names the element and at most ``levels`` ancestors; each element's chain is its
    parent's, cut to ``levels`` names, plus its own name, so every element is named once.
    """

    def __init__(self, levels: int = 6) -> None:
        self.levels = levels
        self._parts: dict[HtmlElement, tuple[str, ...]] = {}
        self._paths: dict[HtmlElement, str] = {}

    @staticmethod
    def _name(el: HtmlElement) -> str:
        tag = el.tag
        if not isinstance(tag, str):
            tag = "?"
        ident = el.get("id")
        if ident and (words := ident.split(None, 1)):
            return f"{tag}#{words[0]}"
        cls = el.get("class")
        if cls and (words := cls.split(None, 1)):
            return f"{tag}.{words[0]}"
        return tag

    def parts(self, el: HtmlElement) -> tuple[str, ...]:
        """The names on the path down to ``el``: ``el``'s and at most ``levels`` ancestors'."""
        memo = self._parts
        found = memo.get(el)
        if found is None:
            parent = el.getparent()
            if parent is not None and parent in memo:  # most elements: a sibling named the parent
                names = memo[el] = memo[parent][-self.levels:] + (self._name(el),)
                return names
            chain = [el]
            node = parent
            while node is not None and node not in memo:
                chain.append(node)
                node = node.getparent()
            above = memo[node][-self.levels:] if node is not None else ()
            for item in reversed(chain):  # el is the last: names ends as el's
                names = memo[item] = above + (self._name(item),)
                above = names[-self.levels:]
            return names
        return found

    def __call__(self, el: HtmlElement) -> str:
        found = self._paths.get(el)
        if found is None:
            parts = self.parts(el)
            found = self._paths[el] = "/".join(parts) if len(parts) <= self.levels else "…/" + "/".join(parts[1:])
        return found


def _hidden(el: HtmlElement) -> bool:
    if el.get("hidden") is not None:
        return True
    style = el.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


#: More text blocks than any real article page has (long ones have a few thousand); past
#: this the page is refused rather than filling memory with a million labelled blocks.
MAX_SEGMENTS = 200_000


def segments(root: HtmlElement, limit: int = MAX_SEGMENTS, hidden: bool = False) -> tuple[list[Segment], int]:
    """The page's segments in document order (``<body>`` only, hidden parts left out unless
    ``hidden``), and the depth of the deepest element walked. More than ``limit`` segments is
    an :class:`InputTooLargeError`."""
    body = root.find("body")
    if body is None:
        body = root
    out: list[Segment] = []
    owners: list[HtmlElement] = []
    parts: list[str] = []
    link_chars = 0
    in_link = 0
    skipping: HtmlElement | None = None
    depth = deepest = 0

    def flush() -> None:
        nonlocal link_chars
        if not parts:
            return
        tokens = "".join(parts).split()
        text = " ".join(tokens)
        parts.clear()
        links, link_chars = link_chars, 0
        if text and owners:
            owner = owners[-1]
            if len(out) >= limit:
                raise InputTooLargeError(f"the page has more than {limit:,} blocks of text; it is no article page")
            out.append(Segment(len(out), text, owner, owner.tag, min(links, len(text)), len(tokens)))

    walker = etree.iterwalk(body, events=("start", "end"))
    for event, el in walker:
        if skipping is not None:
            if el is skipping:  # the end of the skipped element: only its tail is visible
                skipping = None
                depth -= 1
                if el.tail:
                    parts.append(el.tail)
            continue
        tag = el.tag
        if event == "start":
            depth += 1
            if depth > deepest:
                deepest = depth
            if not isinstance(tag, str) or tag in SKIP_TAGS or (not hidden and _hidden(el)):
                skipping = el
                walker.skip_subtree()
                continue
            if tag in BLOCK_TAGS:
                if parts:
                    flush()
                owners.append(el)
            elif tag == "a":
                in_link += 1
            text = el.text
        else:
            depth -= 1
            if tag in BLOCK_TAGS:
                if parts:
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
    return out, deepest
