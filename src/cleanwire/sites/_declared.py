"""What a page declares about itself, for field methods of the site classes that follow it.

Many publishers print a headline that differs from the one they declare (a longer print
headline, curly quotes where the declared one has straight ones) and print only the day of
publication where the page's metadata has the exact time. A site that takes its title from
the declaration reads the same title from a page and from its dump (whose header carries the
declared title); a site that prints only the day takes the time from the metadata when it
falls on that day.
"""

from __future__ import annotations

from typing import ClassVar

from cleanwire.sitekit import Context, Line, Site
from cleanwire.sitekit.helpers import declared_title, headline_by_declared_title
from cleanwire.sitekit.passes import headline


class DeclaredSite(Site):
    """A site read by its declarations: the title it declares (``og:title`` in HTML, the
    header in a dump) and the metadata's time on the day it prints. A shared base, no site.

    ``unprinted`` names the fields ("section", "tags") the site's pages do not print: only
    their metadata has them, which a dump lacks, so the site vouches for them being empty.
    """

    declared_time = True
    #: When the title is printed several times: the headline is the copy above this (the byline).
    headline_above: ClassVar[Line | None] = None

    def pass_headline(self, ctx: Context) -> None:
        if headline_by_declared_title(ctx, self, declared_title(ctx, {self.site_name}), self.headline_above) is None:
            headline(ctx, self)

    def title(self, ctx: Context) -> str | None:
        return declared_title(ctx, {self.site_name}) or super().title(ctx)
