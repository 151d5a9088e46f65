"""Photo shapes a site prints inside its stories, learned from its pages and applied to each.

Two shapes tell a photo's caption from the story around it, and a site prints its photos
the same way on every page:

- **a caption printed again with its credit** ("Batman auf der Strecke." then "Batman auf
  der Strecke. © HA"): the generic path takes the second for a caption; the first is one too;
- **an image's file name on a line of its own** ("judylyb.jpg"): a photo (or a video or
  podcast teaser); the line under it is its caption.

A shape is learned when at least half of the pages learned from show it (one page of two:
each shape is evident on the page that shows it, so one page is evidence enough).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence

from .lines import SamplePage

#: A line that is only an image's file name.
_FILE = re.compile(r"\S+\.(?:jpe?g|png|webp|gif|avif)", re.I)
#: What the second copy of a caption adds: a credit.
_CREDIT = re.compile(r"©|\b(?:foto|photo|bild|image|picture)s?\b", re.I)
#: A caption printed again is at least this long (short lines repeat for other reasons).
MIN_CAPTION = 20


def is_image_file(text: str) -> bool:
    """A line that is only an image's file name ("cover.jpg")."""
    return bool(_FILE.fullmatch(text))


def caption_again(text: str, below: str) -> bool:
    """``below`` prints ``text`` again with a credit after it: ``text`` is a photo caption."""
    return len(text) >= MIN_CAPTION and below.startswith(text) and bool(_CREDIT.search(below[len(text):]))


def _pages_with(pages: Sequence[SamplePage], test: Callable[[SamplePage, int], bool]) -> int:
    found = sum(1 for page in pages if any(test(page, i) for i in range(len(page.lines) - 1)))
    return found if found >= max(1, math.ceil(len(pages) / 2)) else 0


def learn_captions_again(pages: Sequence[SamplePage]) -> int:
    """The pages (when at least half) that print a caption again with its credit under it."""
    return _pages_with(pages, lambda page, i: caption_again(page.lines[i].text, page.lines[i + 1].text))


def learn_image_files(pages: Sequence[SamplePage]) -> int:
    """The pages (when at least half) that print an image's file name on a line of its own."""
    return _pages_with(pages, lambda page, i: is_image_file(page.lines[i].text))
