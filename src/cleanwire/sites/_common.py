"""Field logic several site definitions share (the registry skips this module).

The mixins go before :class:`~cleanwire.sitekit.Site` in a definition's bases:
``class Example(PrintsDayOnly, Site)``.
"""

from __future__ import annotations

from datetime import datetime

from cleanwire.sitekit import EMPTY, Context


def printed_day_at_meta_time(ctx: Context) -> datetime | None:
    """The published time for a site that prints the day only: on an HTML page the metadata's
    time when it falls on the printed day (or nothing was printed), else the printed day."""
    found = ctx.found.published
    meta = ctx.page.meta.published if ctx.page is not None else None
    if meta is not None and (found is None or (not ctx.found.published_has_time and meta.date() == found.date())):
        return meta
    return found


class PrintsDayOnly:
    """A site whose pages print the day of publication without the time: the HTML metadata's
    time of that day is used (a dump keeps the day)."""

    def published(self, ctx: Context) -> datetime | None:
        return printed_day_at_meta_time(ctx)


class PrintsNoTags:
    """A site whose pages print no tags: the keywords of the HTML metadata are not the page's
    (a dump cannot have them), so the field is vouched empty."""

    def tags(self, ctx: Context) -> tuple[str, ...] | None:
        return EMPTY
