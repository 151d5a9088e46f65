"""Labelled blocks: the one representation behind extract(), explain, reports and fixture diffs.

Every line of a dump (or block of a page) gets a :class:`Label` and a :class:`Reason`: a code
from :class:`Why` that programs test, a message for people, and the rule or field method that
decided it, so any decision can be traced back to the code that made it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from .article import Article


class Label(str, Enum):
    """What an extractor decided a line (or HTML block) is."""

    BODY = "body"
    CAPTION = "caption"
    RELATED = "related"
    METADATA = "metadata"
    BOILERPLATE = "boilerplate"

    def __str__(self) -> str:
        return self.value


class Why(str, Enum):
    """Reason codes: why a line got its label. Stable identifiers, shown by ``explain``."""

    # The story
    STORY = "story"
    STANDFIRST = "standfirst"
    SUBHEADING = "subheading"
    #: Story text taken from outside the visible markup (JSON-LD articleBody, a script's
    #: JSON state, noscript, a hidden container) because the visible page holds none.
    EMBEDDED = "embedded"
    # Metadata
    HEADLINE = "headline"
    KICKER = "kicker"
    BYLINE = "byline"
    DATELINE = "dateline"
    SECTION = "section"
    TAGS = "tags"
    # Captions
    CAPTION = "caption"
    CAPTION_AGAIN = "caption-again"
    CREDIT = "credit"
    # Related links
    WIDGET = "widget"
    WIDGET_ITEM = "widget-item"
    RELATED_HEADING = "related-heading"
    RELATED_ITEM = "related-item"
    # Page furniture
    RESIDUE = "residue"
    STRIPPED = "stripped"
    CHROME = "chrome"
    PROMO = "promo"
    TAIL = "tail"
    COMMENTS = "comments"
    REPEATED = "repeated"
    BEFORE_STORY = "before-story"
    AFTER_STORY = "after-story"
    NOT_STORY = "not-story"
    TEMPLATE = "template"
    UNLABELLED = "unlabelled"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class Reason:
    """Why a block got its label: a :class:`Why` code, a message, and who decided.

    ``rule`` names the deciding rule or field method ("faz.V2.byline", "generic.dump"), or
    None when the generic path decided without a named rule.
    """

    code: Why
    message: str = ""
    rule: str | None = None

    def __str__(self) -> str:
        text = self.message or self.code.value
        return f"{text} [{self.rule}]" if self.rule else text


@dataclass(frozen=True)
class Block:
    """One line of a dump (or one block of a page) with its label and the reason for it.

    ``line`` is the 1-based line number in the decoded input, None for HTML blocks;
    ``path`` is the element path for HTML blocks.
    """

    text: str
    label: Label
    reason: Reason
    line: int | None = None
    path: str | None = None


@dataclass(frozen=True)
class Explanation:
    """An article together with the labelled blocks it was built from.

    ``extractor`` is the name of the site class (or "generic"); ``version`` the site layout
    version that was used, if any; ``notes`` say which fields fell back to the generic path
    and why, and any other decision that is not one block's ("nesting flattened").
    """

    article: Article
    blocks: tuple[Block, ...]
    extractor: str = "generic"
    version: str | None = None
    notes: tuple[str, ...] = field(default=())
