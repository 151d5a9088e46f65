"""Photo shapes a site prints inside its stories, learned from its pages and applied to each.

Two shapes tell a photo's caption from the story around it, and a site prints its photos
the same way on every page:

- **a caption printed again with its credit** ("Batman auf der Strecke." then "Batman auf
  der Strecke. © HA"): the generic path takes the second for a caption; the first is one too.
  Such a site prints every photo as two lines: where the first is not the caption again but
  a short title ("Die EZB in Frankfurt am Main" over "Die Experten erwarten ... © Getty
  Images"), it is the photo's title (its alt text), not story;
- **an image's file name on a line of its own** ("judylyb.jpg"): a photo (or a video or
  podcast teaser); the line under it is its caption.

A shape is learned when at least half of the pages learned from show it (one page of two:
each shape is evident on the page that shows it, so one page is evidence enough).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..blocks import Label, Why
from ..sitekit.context import Context
from .lines import SamplePage, half, is_prose, is_title_like, shown_on
from .runs import joined

#: A line that is only an image's file name.
_FILE = re.compile(r"\S+\.(?:jpe?g|png|webp|gif|avif)", re.I)
#: What the second copy of a caption adds: a credit.
_CREDIT = re.compile(r"©|\b(?:foto|photo|bild|image|picture)s?\b", re.I)
#: A caption printed again is at least this long (short lines repeat for other reasons).
MIN_CAPTION = 20


def photo_title(text: str, below: str) -> bool:
    """``text`` reads as a photo's title over ``below``, a caption ending in a credit
    ("... © Getty Images"): a short title, not a sentence of the story."""
    credit = below.rfind("©")
    return (credit > 0 and not caption_again(text, below) and is_title_like(text) and not is_prose(text)
            and _CREDIT.search(below[credit:]) is not None)


def is_image_file(text: str) -> bool:
    """A line that is only an image's file name ("cover.jpg")."""
    return bool(_FILE.fullmatch(text))


def caption_again(text: str, below: str) -> bool:
    """``below`` prints ``text`` again with a credit after it: ``text`` is a photo caption."""
    return len(text) >= MIN_CAPTION and below.startswith(text) and bool(_CREDIT.search(below[len(text):]))


def _pages_with(pages: Sequence[SamplePage], test: Callable[[SamplePage, int], bool]) -> int:
    return shown_on((any(test(page, i) for i in range(len(page.lines) - 1)) for page in pages), half(pages))


def learn_captions_again(pages: Sequence[SamplePage]) -> int:
    """The pages (when at least half) that print a caption again with its credit under it."""
    return _pages_with(pages, lambda page, i: caption_again(page.lines[i].text, page.lines[i + 1].text))


def learn_image_files(pages: Sequence[SamplePage]) -> int:
    """The pages (when at least half) that print an image's file name on a line of its own."""
    return _pages_with(pages, lambda page, i: is_image_file(page.lines[i].text))


def mark_photos(ctx: Context, captions_again: int, image_files: int, learned_from: int, rule: str) -> None:
    """Label the photos of the story's span printed in the shapes learned (the counts are the
    pages each was learned from; 0: not learned)."""
    start, end = ctx.found.start, ctx.found.end
    if not (captions_again or image_files) or start is None or end is None:
        return
    texts = ctx.texts
    for i in range(start, min(end, len(ctx.generic.blocks), len(texts) - 1)):
        if captions_again and ctx.free(i) and caption_again(texts[i], texts[i + 1]):
            ctx.mark(i, Label.CAPTION, Why.CAPTION_AGAIN,
                     f"a caption: printed again with its credit (as in {captions_again} of {learned_from} pages)", rule)
        elif (captions_again and ctx.free(i) and ctx.elements is None and joined(ctx, i + 1)
              and ctx.generic.blocks[i + 1].label is Label.CAPTION and photo_title(texts[i], texts[i + 1])):
            ctx.mark(i, Label.CAPTION, Why.CAPTION,
                     f"a photo's title over its caption and credit (the site prints its photos in two lines: "
                     f"{captions_again} of {learned_from} pages)", rule)
        elif image_files and is_image_file(texts[i]):
            message = f"an image's file name and its caption (as in {image_files} of {learned_from} pages)"
            # The caption is printed right under the name; a prose line after a blank one is
            # the story going on (a photo without a caption).
            here, below = ctx.numbers[i], ctx.numbers[i + 1]
            caption = (here is not None and below == here + 1) or not is_prose(texts[i + 1])
            for k, label in ((i, Label.BOILERPLATE), (i + 1, Label.CAPTION))[:2 if caption else 1]:
                if ctx.free(k):
                    ctx.mark(k, label, Why.CAPTION, message, rule)
