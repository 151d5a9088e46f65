"""Boxes and lines inside the story that are not the story: fact boxes, embed placeholders
and the credit line for the reporting.

A signal that finds the story's container keeps everything in it. Some boxes there name
themselves in their class words: a fact box or info box (``metro-factbox``,
``article-body-infobox``, ``faktaboks``) sums up or extends the story beside it, and a
placeholder stands in for an embed the reader has not loaded (a consent notice, "accept
cookies to see this content", a slider's photo credits). Their text is labelled page
furniture wherever the story signal put it. A short line crediting the reporting ("Reporting
by A; editing by B", "Mit Informationen der ARD") names who worked on the story: metadata.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from ...blocks import Label, Reason, Why
from ...lexicon.vocab import REPORTING_CREDIT
from .segment import Segment
from .zones import class_words

Decision = tuple[Label, Reason]

#: Class/id words of such boxes (after camelCase is split), in several languages.
FACT_BOX_CLASS = re.compile(r"(?<![a-z])(?:(?:fact|fakt|fakta|fakten|info)[-_]?(?:box|boks|ruta|kasten)|factfile|key-?facts)")
PLACEHOLDER_CLASS = re.compile(r"(?<![a-z])(?:placeholder|consent)")
#: Ancestors (the element included) whose class words count.
LEVELS = 6
#: A reporting credit is a line of at most this many words.
CREDIT_WORDS = 60
_FACT_BOX = Reason(Why.WIDGET, "a fact box inside the story", "generic.html")
_PLACEHOLDER = Reason(Why.WIDGET, "an embed placeholder inside the story", "generic.html")
_CREDIT = Reason(Why.BYLINE, "credit for the reporting", "generic.html")


def _box(el: HtmlElement) -> Reason | None:
    """Whether the element sits in a fact box (first) or a placeholder, by the class words
    of it and its ``LEVELS - 1`` nearest ancestors: one walk up for both."""
    placeholder = False
    node: HtmlElement | None = el
    for _ in range(LEVELS):
        if node is None:
            break
        words = class_words(node)
        if words:
            if FACT_BOX_CLASS.search(words):
                return _FACT_BOX
            placeholder = placeholder or PLACEHOLDER_CLASS.search(words) is not None
        node = node.getparent()
    return _PLACEHOLDER if placeholder else None


def drop_inserts(segs: list[Segment], decisions: list[Decision]) -> list[Decision]:
    """``decisions`` with the body segments inside a fact box or a placeholder (unless
    placeholders hold most of the body) made furniture, and reporting credits metadata."""
    changes: dict[int, Decision] = {}
    held = body = 0
    boxes: dict[HtmlElement, Reason | None] = {}  # paragraphs share their element's answer
    for i, (seg, (label, _)) in enumerate(zip(segs, decisions)):
        if label is not Label.BODY:
            continue
        body += seg.words
        if seg.element not in boxes:
            boxes[seg.element] = _box(seg.element)
        box = boxes[seg.element]
        if box is not None:
            changes[i] = (Label.BOILERPLATE, box)
            if box is _PLACEHOLDER:
                held += seg.words
        elif seg.words <= CREDIT_WORDS and REPORTING_CREDIT.search(seg.text):
            changes[i] = (Label.METADATA, _CREDIT)
    if held * 2 > body:
        # Most of the story in "placeholders": the page names its story container so (one
        # its script fills), and they stay.
        changes = {i: found for i, found in changes.items() if found[1] is not _PLACEHOLDER}
    if not changes:
        return decisions
    out = list(decisions)
    for i, found in changes.items():
        out[i] = found
    return out
