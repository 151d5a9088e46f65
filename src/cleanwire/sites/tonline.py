"""t-online (t-online.de).

The title is the one the URL spells and the breadcrumb prints; a headlines widget follows,
then the article's own kicker and display headline, the author's photo and byline, and
"Aktualisiert am 07.01.2026 - 18:50 Uhr" (the update, not the publication: a dump keeps only
its day, the page's metadata has the publication time). Widgets of other articles ("Meistgelesen",
"Mehr aus dem Ressort", "Mehr zum Thema") sit between the paragraphs.
"""

from __future__ import annotations

import re

from cleanwire.blocks import Label, Why
from cleanwire.sitekit import HEADLINE_LIKE, Byline, Captions, Context, Dateline, Item, Layout, Line, Links, TagList, XPath
from cleanwire.sitekit.helpers import mark_link_lists, printed_url_title, section_from_url, take_headline
from cleanwire.sitekit.passes import PASSES

from ._story import StorySite

_DAY = r"(?P<date>\d{2}\.\d{2}\.\d{4})"
# A dump prints the teasers' image alt texts (a sentence, or the image's number) above them.
_ALT = Item(kicker=Line(r"^(?:\d{6,}|.{10,250}\.)$"), kicker_optional=True)


class TOnline(StorySite):
    name = "tonline"
    site_name = "t-online"
    hosts = ("t-online.de",)
    signatures = (r"^t-online - Anständig\. Informiert\.$",)
    timezone = "Europe/Berlin"
    lang = "de"
    # When only an update is printed, its day: in HTML the metadata's publication time on that day.
    declared_time = True

    drop = (
        Line(r"^(?:Anzeige|Vorlesen|Wiedergabe|1x|Artikel teilen|Embed|Video lädt|Player wird geladen)$"),
        Line(r"^(?:Aktuelle Zeit:|News folgen|t-online auf Google News folgen|Symbolbild für eingebettete Inhalte)"),
        Line(r"Vergrößern des Bildes$"),  # an image's alt text and its zoom button
    )
    top_window = (8, 30)  # a headlines widget sits between the title and the byline
    byline = (Byline(Line(r"^Von (?P<names>[A-ZÄÖÜ].{2,120})$", max_words=14)),)
    dateline = (
        Dateline(Line(rf"^Veröffentlicht am {_DAY} - (?P<time>\d{{1,2}}:\d{{2}}) Uhr")),
        # An update's time is not the publication's: only the day is taken.
        Dateline(Line(rf"^Aktualisiert am {_DAY} - \d{{1,2}}:\d{{2}} Uhr")),
    )
    caption = Captions(line=Line(r"\(Quelle: [^)]{2,120}\)$", r"^Quelle: .{2,60}$", r"^Video \| .{2,150}$"))
    links = (
        Links(heading=Line(r"^Mehr zum Thema$"), max_items=1),
        Links(heading=XPath("//a[starts-with(@data-testid, 'RelatedArticle')]")),
        Links(heading=Line(r"^(?:Meistgelesen|Mehr aus dem Ressort)$"), item=_ALT, max_items=5),
    )
    end = (Line(r"^(?:Weitere Inhalte|Verwendete Quellen)$"),)
    tag_list = TagList(heading=Line(r"^Themen$"), item=Line(r"^(?!.* von A bis Z$)[^.!?]{2,60}$", max_words=8))
    passes = ("drop", "headline", "breadcrumb", "byline", "dateline", "story", "tail", "links", "lists", "tags",
              "captions", "image_captions", "trailing", "body")

    def title(self, ctx: Context) -> str | None:
        printed = printed_url_title(ctx)
        return ctx.texts[printed] if printed is not None else Layout.title(self, ctx)

    def section(self, ctx: Context) -> tuple[str, ...] | None:
        return section_from_url(ctx)

    def pass_headline(self, ctx: Context) -> None:
        printed = printed_url_title(ctx)
        if printed is None:
            PASSES["headline"](ctx, self)
            return
        take_headline(ctx, self, printed, "headline (the URL's title)")

    def pass_lists(self, ctx: Context) -> None:
        # Links to other articles between the paragraphs: "Newsblog: ...", two or more.
        mark_link_lists(ctx, self, min_items=2, shape=re.compile(r"\S: "), most=1.0)

    def pass_image_captions(self, ctx: Context) -> None:
        """A dump prints an image's alt text with its zoom button ("... Vergrößern des
        Bildes"), then the caption."""
        rule = f"{self.rule_name}.captions"
        lo, hi = ctx.found.start or 0, ctx.found.end or len(ctx)
        for i in range(max(lo, 1), hi):
            if ctx.texts[i - 1].endswith("Vergrößern des Bildes") and ctx.free(i) and not HEADLINE_LIKE.match(ctx.texts[i]):
                ctx.found.captions.append(ctx.texts[i])
                ctx.mark(i, Label.CAPTION, Why.CAPTION, "caption under the image", rule)
