"""Shared bases (no name; the registry skips this module) for sites whose own rules must
vouch for the story: :class:`StorySite`, and :class:`KickerSite` for a heading that prints
kicker and headline together."""

from __future__ import annotations

from typing import ClassVar

from cleanwire.lexicon.titles import without_kicker
from cleanwire.sitekit import Context, Layout, Site
from cleanwire.sitekit.helpers import declared_title, headline_ending_with
from cleanwire.sitekit.passes import headline


class StorySite(Site):
    """A shared base (no name): the site's body only when its own rules recognised the page,
    found its byline or dateline, and found both edges of the story. Otherwise the page is not
    the layout the rules were written for (a redesign, changed wording), and the site's span
    would keep every line its rules no longer recognise: the generic path, which judges each
    line, gives the body."""

    #: What the site's rules must have found on the page: its dateline ("published"), its
    #: byline ("authors"), either by default; a site whose byline is common to many sites
    #: ("Von Anna Schmidt") names only its dateline.
    evidence: ClassVar[tuple[str, ...]] = ("published", "authors")

    def body(self, ctx: Context) -> tuple[str, ...] | None:
        if all(getattr(ctx.found, name) is None for name in self.evidence):
            ctx.notes.append(f"body: generic (the site's rules found no {' or '.join(self.evidence)})")
            return None
        if ctx.found.generic_start or ctx.found.generic_end:
            ctx.notes.append("body: generic (the site's rules did not find both edges of the story)")
            return None
        return Layout.body(self, ctx)


class KickerSite(StorySite):
    """A shared base (no name) for sites that print kicker and headline in one heading and
    declare the headline alone as their title: the heading is found by the declared title it
    ends with, and the title is that part."""

    def title(self, ctx: Context) -> str | None:
        return without_kicker(ctx.found.title, declared=declared_title(ctx)) or Layout.title(self, ctx)

    def pass_headline(self, ctx: Context) -> None:
        if headline_ending_with(ctx, self, declared_title(ctx)) is None:
            headline(ctx, self)
