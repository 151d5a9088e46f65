"""Boxes of other stories inside a dump's story: learned from a site's pages, applied to each.

Some sites embed a box of another story in their stories: its heading, its photo (a credit
line such as "Foto: Jan Novák, Seznam Zprávy" with the caption right under it), a paragraph
or two of its text, and its own end: a button ("Zobrazit vše", show all) or a list of links.
The dump prints the box like a section of the story, so the generic path keeps its text.

A box is evident on the page that shows it: a heading right above a photo, prose, then,
before any subheading, a line that is neither prose nor a subheading (the box's button or
links). A story's own section under a subheading with a
photo goes on to the next subheading or the story's end, never to such a line. As with
photos (:mod:`.photos`), the shape is learned when at least half of the pages show it (one
page of two), and applied inside the span of every page of the site, where the closing line
must also be one the generic path (or the template's list of teasers) reads as a button, a
placeholder or a link of a list.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from ..blocks import Label, Why
from ..sitekit.context import Context
from .lines import SamplePage, half, is_prose, is_title_like, shown_on, word_count
from .runs import SUBHEADING_WORDS, is_subheading, joined

#: A photo's credit on a line of its own, before its caption ("Foto: ČTK", "Bild: dpa").
_CREDIT = re.compile(r"(?:fotos?|photos?|bild(?:er)?|images?|credits?)\s?:\s*\S", re.I)
#: A credit line has at most this many words.
CREDIT_WORDS = 12
#: A box's heading has at most this many words.
HEADING_WORDS = 10
#: How a box's closing line reads: a button or placeholder ("Show all"), a link of a list.
#: An advertisement's label or a widget's heading inside a story's section is no box's end.
_CLOSING = frozenset({Why.PROMO, Why.WIDGET_ITEM, Why.RELATED_ITEM})
#: A box holds at most this many paragraphs of text (an embed's excerpt is short).
MAX_PROSE = 6


def is_credit_line(text: str) -> bool:
    """A photo credit on a line of its own ("Foto: Michal Turek, Seznam Zprávy")."""
    return bool(_CREDIT.match(text)) and word_count(text) <= CREDIT_WORDS


def _heading(text: str) -> bool:
    return 1 <= word_count(text) <= HEADING_WORDS and is_title_like(text) and not is_prose(text)


def find_box(texts: Sequence[str], under: Callable[[int], bool], subheading: Callable[[int], bool],
             i: int, end: int) -> int | None:
    """With a credit line at ``i``: the index of the box's closing line when ``i - 1`` is a
    heading, ``i + 1`` the caption printed under the credit, then one to :data:`MAX_PROSE`
    prose lines and a line before ``end`` that is neither prose nor a subheading; else None."""
    if i < 1 or i + 2 >= end or not is_credit_line(texts[i]) or not _heading(texts[i - 1]) or not under(i + 1):
        return None
    k = i + 2
    while k < end and k - (i + 2) <= MAX_PROSE and is_prose(texts[k]):
        k += 1
    if k == i + 2 or k >= end or k - (i + 2) > MAX_PROSE or subheading(k) or is_credit_line(texts[k]):
        return None
    return k


def _sample_subheading(page: SamplePage, k: int) -> bool:
    """:func:`.runs.is_subheading` on a page read for learning."""
    line = page.lines[k]
    alone = not line.joined and (k + 1 >= len(page.lines) or not page.lines[k + 1].joined)
    return (alone and 2 <= line.text.count(" ") < SUBHEADING_WORDS and is_title_like(line.text) and not line.prose
            and not line.text[:1].islower())


def learn_photo_boxes(pages: Sequence[SamplePage], spans: Sequence[tuple[int, int]], df: Counter[int]) -> int:
    """The pages (when at least half) that hold a page-specific box of another story under
    their headline (:func:`find_box`)."""
    def shows(page: SamplePage, span: tuple[int, int]) -> bool:
        texts = [line.text for line in page.lines]
        # Anywhere under the headline: a site may print its box's button on every page (a
        # template line), and a story's span may then end at it.
        start = page.headline + 1 if page.headline is not None else max(0, span[0]) + 1

        def under(k: int) -> bool:
            return page.lines[k].joined

        return any(df[page.lines[i - 1].key] == 1
                   and find_box(texts, under, lambda k: _sample_subheading(page, k), i, len(texts)) is not None
                   for i in range(max(1, start + 1), len(texts)))

    return shown_on((shows(page, span) for page, span in zip(pages, spans)), half(pages))


def mark_photo_boxes(ctx: Context, evidence: str, rule: str) -> None:
    """Label the boxes of other stories in a dump's story span: the heading, the photo and
    the text up to the box's closing line, when the generic path keeps that line out."""
    start, end = ctx.found.start, ctx.found.end
    if start is None or end is None or ctx.elements is not None:
        return
    texts, blocks = ctx.texts, ctx.generic.blocks
    stop = min(end, len(texts), len(blocks))
    message = f"a box of another story: a heading, a photo, its text and its own end ({evidence})"

    def closes(k: int) -> bool:
        label = ctx.labels[k]
        return blocks[k].reason.code in _CLOSING or (label is not None and label[1].code in _CLOSING)

    for i in range(start + 1, stop):
        close = find_box(texts, lambda k: joined(ctx, k), lambda k: is_subheading(ctx, k), i, stop)
        if close is None or not closes(close):
            continue
        for k in range(i - 1, close):
            label = ctx.labels[k]
            if label is None or label[0] is Label.BODY:
                ctx.mark(k, Label.RELATED, Why.RELATED_ITEM, message, rule)
