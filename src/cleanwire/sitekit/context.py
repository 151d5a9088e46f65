"""What a site's passes and field methods see: the page as lines, the labels so far, and the
generic path's answers, computed only when a field falls back to them.

A dump's lines are its non-blank lines; an HTML page's lines are the text blocks of the
generic reader (one per run of inline text in a block element), each with its element, so
text rules read both kinds the same way and XPath rules can say which lines an element holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any

from lxml import etree

from ..article import Article, RelatedLink
from ..blocks import Explanation, Label, Reason, Why
from ..document import Document
from ..generic.html import HtmlPage, explain_page, read_page
from ..generic.html.meta import meta_tags
from ..generic.text import explain_dump
from ..generic.text.lines import MAX_LINES
from .rules import Line, Locator, XPath

if TYPE_CHECKING:
    from .definition import Layout

Decision = tuple[Label, Reason]


@dataclass
class Found:
    """What the passes found, field by field; None means "not found": the field falls back."""

    headline: int | None = None
    title: str | None = None
    authors: tuple[str, ...] | None = None
    published: datetime | None = None
    published_has_time: bool = False
    section: tuple[str, ...] | None = None
    tags: tuple[str, ...] | None = None
    #: A tag line's text and its separator (None: split into the phrases the article uses).
    tags_raw: tuple[str, str | None] | None = None
    captions: list[str] = field(default_factory=list)
    related: list[RelatedLink] = field(default_factory=list)
    #: The story's span of lines [start, end); None where the rules did not find that edge.
    start: int | None = None
    end: int | None = None
    #: Which edges came from the generic path (the site's anchors were not found).
    generic_start: bool = False
    generic_end: bool = False
    #: Lines lifted out of the story (widgets, captions...) are labelled; these are the rest.
    body: list[int] | None = None
    #: The standfirst's line, above the story's span: the body's first paragraph.
    standfirst: int | None = None


class Context:
    """One page being read by one layout of one site."""

    def __init__(self, doc: Document, tz: str | None, page: HtmlPage | None = None) -> None:
        self.doc = doc
        self.tz = tz
        self.kind = doc.kind
        self.page = page
        if page is not None:
            self.texts = [seg.text for seg in page.segments]
            self.elements: list[etree._Element] | None = [seg.element for seg in page.segments]
            self.numbers: list[int | None] = [None] * len(self.texts)
        else:
            lines = doc.lines[:MAX_LINES]
            filled = [i for i, line in enumerate(lines) if line]
            self.texts = [lines[i] for i in filled]
            self.elements = None
            self.numbers = [doc.line_number(i) for i in filled]
        self.labels: list[Decision | None] = [None] * len(self.texts)
        self.found = Found()
        self.notes: list[str] = []
        self.layout: Layout | None = None
        self._inside: dict[int, frozenset[int]] = {}

    @classmethod
    def read(cls, doc: Document, tz: str | None) -> Context:
        """The context of ``doc``: an HTML page is parsed here, once, for every later step."""
        return cls(doc, tz, read_page(doc, tz) if doc.kind == "html" else None)

    # -- what the page says without any rule ---------------------------------------------

    @cached_property
    def meta_tags(self) -> dict[str, str]:
        """The page's ``<meta>`` values by lower-cased name (HTML; {} for a dump), read once."""
        return meta_tags(self.page.root) if self.page is not None else {}

    @property
    def meta_title(self) -> str | None:
        """The title the page declares: the dump header's, or the HTML metadata's."""
        return self.page.meta.title if self.page is not None else self.doc.header_title

    @cached_property
    def generic(self) -> Explanation:
        """The generic path's reading of the whole page (computed on first use)."""
        if self.page is not None:
            return explain_page(self.page)
        return explain_dump(self.doc, tz=self.tz)

    @cached_property
    def generic_article(self) -> Article:
        """The generic path's Article alone: without its blocks when they were not needed yet
        (naming every block costs about a sixth of an HTML reading)."""
        if "generic" in self.__dict__:
            return self.generic.article
        if self.page is not None:
            return explain_page(self.page, blocks=False).article
        return explain_dump(self.doc, tz=self.tz, blocks=False).article

    def __len__(self) -> int:
        return len(self.texts)

    # -- matching rules -------------------------------------------------------------------

    def match(self, rule: Locator | None, i: int) -> re.Match[str] | bool | None:
        """Does line ``i`` match ``rule``? A text rule gives its match object."""
        if rule is None:
            return None
        if isinstance(rule, Line):
            return rule.match(self.texts[i])
        return i in self.inside(rule)

    def inside(self, rule: XPath) -> frozenset[int]:
        """The lines whose block element is (inside) an element ``rule`` finds; none on a dump."""
        key = id(rule)
        if key not in self._inside:
            self._inside[key] = self._lines_in(rule) if self.page is not None and self.elements else frozenset()
        return self._inside[key]

    def _lines_in(self, rule: XPath) -> frozenset[int]:
        assert self.page is not None and self.elements is not None
        # Every element in the targets' subtrees (the targets included): one pass in C over
        # each subtree instead of a walk up from every line's element.
        held: set[Any] = set()
        for target in rule.elements(self.page.root):
            if target not in held:
                held.update(target.iter())
        if not held:
            return frozenset()
        return frozenset(i for i, el in enumerate(self.elements) if el in held)

    def first(self, rule: Locator | None, lo: int = 0, hi: int | None = None, *, free: bool = True) -> int | None:
        """Index of the first line in ``[lo, hi)`` matching ``rule`` (unlabelled ones only when
        ``free``), or None."""
        if rule is None:
            return None
        hi = len(self.texts) if hi is None else min(hi, len(self.texts))
        for i in range(max(lo, 0), hi):
            if free and self.labels[i] is not None:
                continue
            if self.match(rule, i):
                return i
        return None

    def present(self, rule: Locator) -> bool:
        """True when the rule finds something anywhere on the page (layout anchors)."""
        if isinstance(rule, XPath):
            return self.page is not None and bool(rule.elements(self.page.root))
        return any(rule.match(text) for text in self.texts)

    # -- labelling ------------------------------------------------------------------------

    def mark(self, i: int, label: Label, code: Why, message: str, rule: str | None) -> None:
        self.labels[i] = (label, Reason(code, message, rule))

    def free(self, i: int) -> bool:
        return self.labels[i] is None

    def mark_inside(self, rule: XPath, label: Label, code: Why, message: str, rule_name: str | None) -> list[int]:
        """Label every free line inside ``rule``'s elements; returns them, in order."""
        taken = [i for i in sorted(self.inside(rule)) if self.free(i)]
        for i in taken:
            self.mark(i, label, code, message, rule_name)
        return taken

    def labelled(self, *codes: Why) -> list[int]:
        """The lines labelled for one of ``codes`` (the bylines, the tags), in order."""
        return [i for i, label in enumerate(self.labels) if label is not None and label[1].code in codes]

    def first_labelled(self, *codes: Why) -> int | None:
        """The first line labelled for one of ``codes`` (the dateline), else None."""
        return next((i for i, label in enumerate(self.labels) if label is not None and label[1].code in codes), None)

    def link_url(self, i: int) -> str | None:
        """The address of the link a line of an HTML page is (or holds), else None."""
        if self.elements is None or self.page is None:
            return None
        from ..generic.html.tree import absolute

        el = self.elements[i]
        anchors = [el] if el.tag == "a" else list(el.iter("a"))
        node = el.getparent()
        while not anchors and node is not None and node.tag != "body":
            if node.tag == "a":
                anchors = [node]
            node = node.getparent()
        for anchor in anchors:
            url = absolute(anchor.get("href"), self.page.base)
            if url:
                return url
        return None
