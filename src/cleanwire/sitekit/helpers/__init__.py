"""Helpers for the passes and field methods a site definition writes itself, where a rule
cannot say it: each is one way of reading something many publishers print.

See docs/adding-a-site.md ("Helpers"). By what they read:

- :mod:`.declared`: what the page declares about itself: :func:`declared_title`,
  :func:`declared_published`.
- :mod:`.headlines`: the headline where the default pass cannot find it: :func:`headline_above`,
  :func:`headline_by_declared_title`, :func:`headline_ending_with`, :func:`line_above`,
  :func:`take_headline` (a site's own headline pass records it so); :func:`mark_sticky_title`
  (a sticky bar's copy of the headline).
- :mod:`.credits`: bylines and sections: :func:`take_byline`, :func:`take_names_below`,
  :func:`take_section_label`.
- :mod:`.figures`: photos: :func:`mark_alt_text`, :func:`mark_alt_texts`, :func:`mark_credited_captions`,
  :func:`take_credited_caption`, :func:`mark_captions_printed_twice`.
- :mod:`.tags`: tags no rule reads: :func:`article_tags`, :func:`tags_from_links`.
- :mod:`.widgets`: what a page sets between paragraphs: :func:`mark_read_more`.
- :mod:`.text`: text of the markup as the page shows it: :func:`link_texts`, :func:`unglue_links`.
"""

from .credits import take_byline, take_names_below, take_section_label
from .declared import declared_published, declared_title
from .figures import (
    mark_alt_text, mark_alt_texts, mark_captions_printed_twice, mark_credited_captions, take_credited_caption,
)
from .headlines import (
    headline_above, headline_by_declared_title, headline_ending_with, line_above, mark_sticky_title, take_headline,
)
from .tags import article_tags, tags_from_links
from .text import link_texts, unglue_links
from .widgets import mark_read_more

__all__ = [
    "article_tags",
    "declared_published",
    "declared_title",
    "headline_above",
    "headline_by_declared_title",
    "headline_ending_with",
    "line_above",
    "link_texts",
    "mark_alt_text",
    "mark_alt_texts",
    "mark_captions_printed_twice",
    "mark_credited_captions",
    "mark_read_more",
    "mark_sticky_title",
    "tags_from_links",
    "take_byline",
    "take_credited_caption",
    "take_headline",
    "take_names_below",
    "take_section_label",
    "unglue_links",
]
