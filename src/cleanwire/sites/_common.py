"""Field logic several site definitions share (the registry skips this module)."""

from __future__ import annotations

from datetime import datetime

from cleanwire.sitekit import Context


def printed_day_at_meta_time(ctx: Context) -> datetime | None:
    """The published time for a site that prints the day only: on an HTML page the metadata's
    time when it falls on the printed day (or nothing was printed), else the printed day."""
    found = ctx.found.published
    meta = ctx.page.meta.published if ctx.page is not None else None
    if meta is not None and (found is None or (not ctx.found.published_has_time and meta.date() == found.date())):
        return meta
    return found
