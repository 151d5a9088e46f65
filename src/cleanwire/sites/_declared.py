"""What a page declares about itself, for field methods of the site classes that follow it.

Many publishers print a headline that differs from the one they declare (a longer print
headline, curly quotes where the declared one has straight ones) and print only the day of
publication where the page's metadata has the exact time. A site that takes its title from
the declaration reads the same title from a page and from its dump (whose header carries the
declared title); a site that prints only the day takes the time from the metadata when it
falls on that day.
"""

from __future__ import annotations

import re
from typing import ClassVar

from cleanwire.sitekit import Context, Line, Site
from cleanwire.sitekit.helpers import declared_title

from ._passes import find_headline, unglue_links


class DeclaredSite(Site):
    """A site read by its declarations: the title it declares (``og:title`` in HTML, the
    header in a dump) and the metadata's time on the day it prints. A shared base, no site.

    ``unprinted`` names the fields ("section", "tags") the site's pages do not print: only
    their metadata has them, which a dump lacks, so the site vouches for them being empty.
    ``dump_gaps`` are spaces a dump puts where a link starts or ends and the page has none
    ("Taylor Swift ‘s" for "Taylor Swift‘s"): removed from a dump's paragraphs.
    ``glued_links``: the site's markup often closes a link right before the next word
    ("killed</a>while"); the page's paragraphs are read with a space there, as its dump has.
    """

    declared_time = True
    #: When the title is printed several times: the headline is the copy above this (the byline).
    headline_above: ClassVar[Line | None] = None
    dump_gaps: ClassVar[tuple[re.Pattern[str], ...]] = ()
    glued_links: ClassVar[bool] = False

    def pass_headline(self, ctx: Context) -> None:
        find_headline(ctx, self, declared_title(ctx, {self.site_name}), self.headline_above)

    def title(self, ctx: Context) -> str | None:
        return declared_title(ctx, {self.site_name}) or super().title(ctx)

    def body(self, ctx: Context) -> tuple[str, ...] | None:
        paragraphs = super().body(ctx)
        if paragraphs is not None and ctx.elements is not None and self.glued_links and ctx.found.body is not None:
            return tuple(unglue_links(text, ctx.elements[i]) for text, i in zip(paragraphs, ctx.found.body))
        if paragraphs is None or ctx.page is not None or not self.dump_gaps:
            return paragraphs
        for gap in self.dump_gaps:
            paragraphs = tuple(gap.sub("", p) for p in paragraphs)
        return paragraphs


#: A space before a possessive ("Swift ‘s"): where a link ended.
POSSESSIVE_GAP = re.compile(r"(?<=\w) (?=[‘’']s\b)")
#: A lone lower-case letter after a word ("climate treat y.", "changes i n their"): the end of a
#: word a dump split where a link ended inside it. English has no such one-letter words but
#: "a" (and "I"), which are left alone.
LONE_LETTER_GAP = re.compile(r"(?<=[a-z]) (?=[b-hj-z](?![\w'’-]))")
