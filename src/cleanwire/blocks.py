"""Labelled blocks: the one representation behind extract(), explain and fixture diffs."""

from __future__ import annotations

from dataclasses import dataclass
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


@dataclass(frozen=True)
class Block:
    """One line of a dump (or one block of a page) with its label and the reason for it.

    ``line`` is the 1-based line number in the decoded input, None for HTML blocks;
    ``path`` is the element path for HTML blocks.
    """

    text: str
    label: Label
    reason: str = ""
    line: int | None = None
    path: str | None = None


@dataclass(frozen=True)
class Explanation:
    """An article together with the labelled blocks it was built from."""

    article: Article
    blocks: tuple[Block, ...]
