"""What a page declares about itself, for field methods and passes: its title (an HTML meta
tag, a dump's header) as the site writes it, and its publication time.

A site whose printed headline differs from the one it declares (a longer print headline, a
kicker glued on, curly quotes where the declared one has straight ones) reads the same title
from a page and from its dump when it takes the declared one: the dump's header carries it.
Many sites print only the day of publication where the page's metadata has the exact time;
the metadata's time on that day is then the page's, and a dump (which has only the day) agrees.
"""

from __future__ import annotations

from datetime import datetime

from ...lexicon.dates import from_date
from ...lexicon.titles import strip_site_affixes
from ..context import Context


def declared_title(ctx: Context, site_names: set[str] | None = None, key: str = "og:title") -> str | None:
    """The title the page declares: in HTML its ``key`` meta tag, in a dump the header's title;
    None when absent.

    With ``site_names``, the site's name is taken off either end, and a title written
    "Headline | Site | by Author" is cut at the site's name; without, the title is as declared.
    """
    title = ctx.meta_tags.get(key) if ctx.page is not None else ctx.doc.header_title
    if not title or site_names is None:
        return title
    for name in site_names:
        cut = title.find(f" | {name} | ")
        title = title[:cut] if cut > 0 else title
    return strip_site_affixes(title, site_names)


def declared_published(ctx: Context) -> datetime | None:
    """The publication time of a page that prints the day without the time, or no date: the
    time the page declares (HTML: its metadata's; a dump: its header's day) when nothing was
    printed or it falls on the printed day (compared in the printed date's zone), else the
    printed date."""
    printed = ctx.found.published
    if ctx.page is None:
        if printed is None and ctx.doc.header_date is not None:
            return from_date(ctx.doc.header_date, ctx.tz)
        return printed
    meta = ctx.page.meta.published
    if printed is None:
        return meta
    if meta is not None and not ctx.found.published_has_time and meta.astimezone(printed.tzinfo).date() == printed.date():
        return meta
    return printed
