"""Writing a site definition: everything a file in ``cleanwire.sites`` imports.

See docs/adding-a-site.md. A definition is a :class:`Site` subclass with typed rules and,
where the data cannot say it, field methods; its layout versions are nested :class:`Layout`
classes.
"""

from .context import Context, Found
from .definition import EMPTY, Layout, Site
from .rules import (
    HEADLINE_LIKE, SHORT, Breadcrumb, Byline, Captions, Dateline, Item, Line, Links, PullQuotes, Standfirst, TagList,
    XPath, has_class,
)

__all__ = [
    "EMPTY", "HEADLINE_LIKE", "SHORT", "Breadcrumb", "Byline", "Captions", "Context", "Dateline", "Found", "Item",
    "Layout", "Line", "Links", "PullQuotes", "Site", "Standfirst", "TagList", "XPath", "has_class",
]
