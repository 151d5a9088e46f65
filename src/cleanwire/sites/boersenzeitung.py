"""Börsen-Zeitung (boersen-zeitung.de), the Frankfurt financial daily."""

from __future__ import annotations

import re
from datetime import datetime

from cleanwire.blocks import Label, Why
from cleanwire.lexicon.dates import parse_date
from cleanwire.sitekit import HEADLINE_LIKE, Captions, Context, Dateline, Item, Line, Links, Site, XPath
from cleanwire.sitekit.helpers import article_tags, link_texts, take_byline

# "Frankfurt, October 23, 2024, 3:48: Uhr": the clock has twelve hours and no am/pm, so only
# the day is read from it; the page's metadata has the instant.
_DATELINE = Line(r"^[A-ZÄÖÜ][\w .-]*, (?P<date>[A-Z][a-z]+ \d{1,2}, \d{4}), \d{1,2}:\d{2}:? Uhr$")
_AUTHOR = Line(r"^[A-ZÄÖÜ][\w.'-]+(?: [\w.'-]+){1,3}(?: und [A-ZÄÖÜ][\w.'-]+(?: [\w.'-]+){1,3})?$", max_words=9)
# The story repeats the print edition's head: headline, kicker, subtitle and "Von Anna Sleegers,
# Frankfurt" (or the author's initials and place: "ku Frankfurt").
_PRINT_BYLINE = Line(r"^Von [A-ZÄÖÜ][^,]+, [A-ZÄÖÜ][\w -]+$",
                     r"^[a-zäöü]{2,4}(?:/[a-zäöü]{2,4})* [A-ZÄÖÜ][\w -]+$", max_words=8)
_PRINT_HEAD_LINES = 6
_TAGS_HEADING = "Themen des Artikels"
_TAG_LINKS = XPath("//a[starts-with(@href, '/thema/')]")
_ORDINAL = re.compile(r"^\d+\.$")


class BoersenZeitung(Site):
    name = "boersenzeitung"
    site_name = "Börsen-Zeitung"
    hosts = ("boersen-zeitung.de",)
    signatures = (r"^© \d{4} Börsen-Zeitung\b",)
    timezone = "Europe/Berlin"
    lang = "de"
    # The layout: its dateline "Frankfurt, October 23, 2024, 3:48: Uhr".
    # A page without it (the site changed its markup) is read by the generic path.
    # The pages print no breadcrumb.
    unprinted = frozenset({"section"})
    anchors = (_DATELINE,)

    passes = ("drop", "headline", "breadcrumb", "byline", "dateline", "credits", "story", "print_head", "tail",
              "links", "tags", "captions", "trailing", "body")

    drop = (Line(r"^(?:ZUM UNTERNEHMEN >\s*)+$", r"^Abonnieren$"),)
    # The date and the author stand under the standfirst, past the block at the top.
    dateline = (Dateline(_DATELINE, where="any"),)
    container = XPath("//storefront-html[contains(@class, 'excerpt')]", "//article[contains(@id, 'purple_content')]")
    # The photo's caption is printed up to three times, and its credit "Agency | Photographer".
    caption = Captions(line=Line(r"^[^|.]{2,60} \| [^|.]{2,60}$", max_words=12))
    # "Aus dem Ressort" (a dump adds "WEITERE ARTIKEL >"): headline, teaser, "mehr", kicker.
    links = (Links(heading=Line(r"^(?:Aus dem Ressort|WEITERE ARTIKEL >)$"), ends_story=True, item=Item(
        title=HEADLINE_LIKE, extra=(Line(r"\S+(?: \S+){6,}"), Line(r"^mehr$"), Line(r"^.{2,60}$", max_words=8)))),)
    end = (Line(r"^BZ\+$"), Line(rf"^{_TAGS_HEADING}$"))
    tail = (Line(r"^Ressorts$"),)

    def pass_credits(self, ctx: Context) -> None:
        """The author's name on the line under the dateline."""
        dated = ctx.first_labelled(Why.DATELINE)
        if dated is not None and dated + 1 < len(ctx) and ctx.free(dated + 1) and _AUTHOR.match(ctx.texts[dated + 1]):
            take_byline(ctx, dated + 1, f"{self.rule_name}.byline")

    def pass_print_head(self, ctx: Context) -> None:
        """The print edition's head inside the story: from the headline printed again to the
        byline with its place."""
        start, end, title = ctx.found.start, ctx.found.end, ctx.found.title
        if start is None or end is None or not title:
            return
        again = next((i for i in range(start, end) if ctx.texts[i] == title), None)
        if again is None:
            return
        close = ctx.first(_PRINT_BYLINE, again + 1, min(end, again + 1 + _PRINT_HEAD_LINES))
        for i in range(again, (close if close is not None else again) + 1):
            if ctx.free(i):
                ctx.mark(i, Label.BOILERPLATE, Why.TEMPLATE, "the print edition's head", f"{self.rule_name}.story")

    def published(self, ctx: Context) -> datetime | None:
        if ctx.page is not None:
            if ctx.page.meta.published:
                return ctx.page.meta.published
            # Some pages name the property "article:published:time".
            for value in ctx.page.root.xpath("//meta[@property='article:published:time']/@content"):
                if (when := parse_date(value, ctx.tz)) is not None:
                    return when
        return ctx.found.published

    def tags(self, ctx: Context) -> tuple[str, ...] | None:
        # "Themen des Artikels": tag links on the page; in a dump, their words on one line.
        if ctx.page is not None:
            return link_texts(ctx, _TAG_LINKS) or None
        heading = next((i for i, t in enumerate(ctx.texts) if t == _TAGS_HEADING), None)
        if heading is None or heading + 1 >= len(ctx):
            return None
        found = article_tags(ctx, ctx.texts[heading + 1])
        # An ordinal never stands alone: "1." belongs to the tag after it ("1. FC Kaiserslautern").
        merged: list[str] = []
        for tag in found:
            if merged and _ORDINAL.match(merged[-1]):
                merged[-1] = f"{merged[-1]} {tag}"
            else:
                merged.append(tag)
        return tuple(merged) or None
