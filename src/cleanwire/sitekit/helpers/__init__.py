"""Helpers for the passes and field methods a site definition writes itself, where a rule
cannot say it: each is one way of reading something many publishers print.

See docs/adding-a-site.md ("Helpers"). By what they read:

- :mod:`.declared`: what the page declares about itself: :func:`declared_title`,
  :func:`declared_published`.
"""

from .declared import declared_published, declared_title

__all__ = ["declared_published", "declared_title"]
