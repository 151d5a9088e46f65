"""Berliner Zeitung (berliner-zeitung.de).

Under the headline: the standfirst, the author (or agency) alone on a line and "28.04.2023 |
17:52 Uhr". Teasers of other articles sit inside the story (title, department, "vor 2 Std.");
a dump prints their titles twice (the image's alt text) and their share buttons.
"""

from __future__ import annotations

import re

from cleanwire.article import RelatedLink
from cleanwire.blocks import Label, Why
from cleanwire.sitekit import Byline, Captions, Context, Dateline, Item, Layout, Line, Links, TagList, XPath
from cleanwire.sitekit.helpers import section_from_url, tags_from_links

from ._story import StorySite

_AGO = re.compile(r"^•?vor \d+ (?:Std|Min|Tag|Tagen|Stunden?|Minuten?)\.?$")
_NAME = r"[A-ZÄÖÜ][\w.'-]+(?: [A-ZÄÖÜ][\w.'-]+){0,3}"
_TAG_LINKS = XPath("//section[@data-testid='tags-widget']//a")


class BerlinerZeitung(StorySite):
    name = "berlinerzeitung"
    site_name = "Berliner Zeitung"
    hosts = ("berliner-zeitung.de",)
    signatures = (r"^Zur Homepage der Berliner Zeitung$",)
    timezone = "Europe/Berlin"
    lang = "de"

    drop = (
        Line(r"^(?:Buttons für einen Artikel teilen|Share|Hören|Claps Hören|Link kopieren|Reading progress)$"),
        Line(r"^(?:Artikel teilen mit:|Teilen für \w+)$"),
        XPath("//div[contains(@class, 'infobox')]"),  # a box beside the story
    )
    # The standfirst comes between the headline and the author; the menu above the headline
    # holds short capitalised lines too.
    top_prose = 1
    top_window = (0, 15)
    byline = (Byline(Line(rf"^(?P<names>{_NAME}(?:(?:, | und ){_NAME})*)$", max_words=10)),)
    dateline = (Dateline(Line(r"^(?P<date>\d{2}\.\d{2}\.\d{4}) \| (?P<time>\d{1,2}:\d{2}) Uhr$")),)
    evidence = ("published",)  # the byline is a bare name, the date line is the site's own
    # "Eingefrorenes Sperma in einer Klinik.Friso Gentsch/dpa": the credit glued to the caption.
    caption = Captions(line=Line(r"[.!?“\"][A-ZÄÖÜ][\w .'-]{1,40}/[\w .'-]{2,30}$"), alt=True)
    links = (
        # An info box: a dump prints its image's alt text, then its title and text.
        Links(heading=Line(r"^Infobox image$"), related=False, max_items=1,
              item=Item(title=Line(r"^.{2,80}$", max_words=8), extra=(Line(r"^.{2,200}$", max_words=25),))),
    )
    end = (Line(r"^Lesen Sie mehr zum Thema$"),)
    tag_list = TagList(heading=Line(r"^Lesen Sie mehr zum Thema$"), item=Line(r"^.{2,80}$", max_words=8))
    passes = ("drop", "headline", "byline", "dateline", "story", "tail", "links", "tags", "teasers", "captions",
              "trailing", "body")

    def authors(self, ctx: Context) -> tuple[str, ...] | None:
        # An agency printed in capitals stays so ("AFP", not "Afp").
        printed = " ".join(t for t, d in zip(ctx.texts, ctx.labels) if d and d[1].code is Why.BYLINE).split()
        found = ctx.found.authors
        return tuple(n.upper() if n.upper() in printed else n for n in found) if found else None

    def section(self, ctx: Context) -> tuple[str, ...] | None:
        return section_from_url(ctx)

    def tags(self, ctx: Context) -> tuple[str, ...] | None:
        tags_from_links(ctx, _TAG_LINKS)
        return Layout.tags(self, ctx)

    def pass_teasers(self, ctx: Context) -> None:
        """A teaser inside the story: title, department, "vor 2 Std." (a dump prints the title
        twice and share buttons between)."""
        rule = f"{self.rule_name}.teasers"
        lo, hi = ctx.found.start or 0, ctx.found.end or len(ctx)
        for i in range(lo, hi):
            if not (_AGO.match(ctx.texts[i]) and ctx.free(i)):
                continue
            ctx.mark(i, Label.BOILERPLATE, Why.WIDGET_ITEM, "a teaser's age", rule)
            k = i - 1
            while k > lo and not ctx.free(k):
                k -= 1
            if ctx.texts[k].count(" ") < 3:  # the department
                ctx.mark(k, Label.BOILERPLATE, Why.WIDGET_ITEM, "a teaser's department", rule)
                k -= 1
                while k > lo and not ctx.free(k):
                    k -= 1
            ctx.found.related.append(RelatedLink(ctx.texts[k], ctx.link_url(k), None))
            ctx.mark(k, Label.RELATED, Why.WIDGET_ITEM, "a teaser inside the story", rule)
            if k > lo and ctx.free(k - 1) and ctx.texts[k - 1] == ctx.texts[k]:
                ctx.mark(k - 1, Label.BOILERPLATE, Why.CAPTION_AGAIN, "the teaser's image", rule)
