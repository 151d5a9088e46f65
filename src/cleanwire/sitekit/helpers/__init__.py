"""Helpers for the passes and field methods a site definition writes itself, where a rule
cannot say it: each is one way of reading something many publishers print.

See docs/adding-a-site.md ("Passes and their order"). By what they read:

- :mod:`.declared`: what the page declares about itself: :func:`declared_title`,
  :func:`declared_published`.
- :mod:`.headlines`: the headline where the default pass cannot find it: :func:`headline_above`,
  :func:`headline_by_declared_title`, :func:`headline_ending_with`, :func:`line_above`,
  :func:`take_headline` (a site's own headline pass records it so); :func:`mark_sticky_title`
  (a sticky bar's copy of the headline).
- :mod:`.credits`: bylines and sections: :func:`take_byline`, :func:`take_names_below`,
  :func:`take_section_label`, :func:`mark_author_card`.
- :mod:`.figures`: photos: :func:`take_caption`, :func:`is_caption`, :func:`mark_alt_text`,
  :func:`mark_alt_texts`, :func:`mark_credited_captions`, :func:`take_credited_caption`,
  :func:`mark_captions_printed_twice`.
- :mod:`.tags`: tags no rule reads: :func:`article_tags`, :func:`tags_from_links`.
- :mod:`.widgets`: what a page sets between paragraphs: :func:`mark_read_more`,
  :func:`mark_twice_teasers`, :func:`mark_link_lists`, :class:`Box` and :func:`mark_boxes`.
- :mod:`.urls`: what the article's URL says: :func:`slug`, :func:`url_slug`,
  :func:`printed_url_title`, :func:`section_from_url`.
- :mod:`.text`: text of the markup as the page shows it: :func:`element_text`, :func:`link_texts`,
  :func:`unglue_links`.
"""

from .credits import mark_author_card, take_byline, take_names_below, take_section_label
from .declared import declared_published, declared_title
from .figures import (
    is_caption, mark_alt_text, mark_alt_texts, mark_captions_printed_twice, mark_credited_captions, take_caption,
    take_credited_caption,
)
from .headlines import (
    headline_above, headline_by_declared_title, headline_ending_with, line_above, mark_sticky_title, take_headline,
)
from .tags import article_tags, tags_from_links
from .text import element_text, link_texts, unglue_links
from .urls import printed_url_title, section_from_url, slug, url_slug
from .widgets import Box, mark_boxes, mark_link_lists, mark_read_more, mark_twice_teasers

__all__ = [
    "Box",
    "article_tags",
    "declared_published",
    "declared_title",
    "element_text",
    "headline_above",
    "headline_by_declared_title",
    "headline_ending_with",
    "is_caption",
    "line_above",
    "link_texts",
    "mark_alt_text",
    "mark_alt_texts",
    "mark_author_card",
    "mark_boxes",
    "mark_captions_printed_twice",
    "mark_credited_captions",
    "mark_link_lists",
    "mark_read_more",
    "mark_sticky_title",
    "mark_twice_teasers",
    "printed_url_title",
    "section_from_url",
    "slug",
    "tags_from_links",
    "take_byline",
    "take_caption",
    "take_credited_caption",
    "take_headline",
    "take_names_below",
    "take_section_label",
    "unglue_links",
    "url_slug",
]
