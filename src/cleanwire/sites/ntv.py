"""ntv.de (n-tv.de), the news site of the ntv channel.

The article header prints kicker and headline in one heading ("US-Dream-Team wird immer
besser Deutscher Aggressor beeindruckt, Frankreich hadert"): the title is the headline part,
which the page marks up on its own and declares as its title (a dump's header carries it).
Byline and date share a line ("Von Seb Dumitru, Lille 05.08.2024, 20:59 Uhr"). A dump prints
each image's file name ("judyly.jpg") above its caption.
"""

from __future__ import annotations

import re

from cleanwire.blocks import Label, Why
from cleanwire.sitekit import (
    Breadcrumb, Byline, Captions, Context, Dateline, Item, Line, Links, TagList, XPath, has_class,
)

from ._story import KickerSite

_FILE = Line(r"^[^/]{1,80}\.(?:jpe?g|png|gif|webp)$", flags=re.I)


class NTV(KickerSite):
    name = "ntv"
    site_name = "ntv.de"
    hosts = ("n-tv.de",)
    signatures = (r"^© ntv\.de Alle Rechte vorbehalten$",)
    timezone = "Europe/Berlin"
    lang = "de"

    drop = (
        Line(r"^(?:Artikel anhören|Artikel teilen|FB TW whatsapp mail drucken|Folgen auf:.*)$"),
        Line(r"^FB Facebook TW Twitter", r"^Facebook Twitter Whatsapp E-Mail"),
        Line(r"^Diese Audioversion wurde künstlich generiert\."),
        _FILE,
    )
    container = XPath(f"//article[{has_class('article')}]")
    breadcrumb = Breadcrumb(line=Line(r"^Startseite (?P<trail>[\w -]+)$", max_words=5), separator=" ")
    byline = (Byline(Line(r"(?:^|\s)Von (?P<names>[A-ZÄÖÜ][^\d]{2,120}?),? \d{2}\.\d{2}\.\d{4}, \d{1,2}:\d{2} Uhr$"),
                     drop=r", [A-ZÄÖÜ][\w-]+(?: [A-ZÄÖÜ][\w-]+)?$"),)
    dateline = (Dateline(Line(r"(?P<date>\d{2}\.\d{2}\.\d{4}, \d{1,2}:\d{2}) Uhr$"), on_byline=True),)
    caption = Captions(line=Line(r"^\((?:Foto|Bild|Grafik|Screenshot): .{2,120}\)$"))
    links = (
        Links(heading=Line(r"^Mehr zum Thema$"), max_items=6),
        # A photo gallery's teaser: "44 Bilder", "Olympia 04.08.24", its title.
        Links(heading=Line(r"^\d+ Bilder$"), max_items=1,
              item=Item(kicker=Line(r"^[\w -]{2,40} \d{2}\.\d{2}\.\d{2,4}(?: \d{1,2}:\d{2})?$"))),
    )
    end = (Line(r"^Quelle: "),)
    tag_list = TagList(heading=Line(r"^THEMEN$"), item=Line(r"^(?!Videos$|Bilderserien$|Audio$).{2,60}$", max_words=6))
    passes = ("drop", "headline", "breadcrumb", "byline", "dateline", "story", "tail", "links", "tags", "images",
              "captions", "trailing", "body")

    def pass_images(self, ctx: Context) -> None:
        """In a dump, an image's file name, then its caption; and a photo gallery's teaser
        image (its alt text) above its "N Bilder" line."""
        rule = f"{self.rule_name}.images"
        lo, hi = ctx.found.start or 0, ctx.found.end or len(ctx)
        for i in range(lo, min(hi, len(ctx) - 1)):
            if _FILE.match(ctx.texts[i]) and ctx.free(i + 1) and ctx.texts[i + 1].count(" ") < 60:
                ctx.found.captions.append(ctx.texts[i + 1])
                ctx.mark(i + 1, Label.CAPTION, Why.CAPTION, "caption under the image's file name", rule)
            elif (re.match(r"^\d+ Bilder$", ctx.texts[i + 1]) and ctx.free(i) and ctx.texts[i].count(" ") < 12):
                ctx.mark(i, Label.BOILERPLATE, Why.CAPTION_AGAIN, "the gallery's teaser image", rule)
