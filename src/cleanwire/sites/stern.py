"""stern.de, the news site of the magazine stern.

The article header prints kicker and headline in one heading ("European Payments Initiative
Statt Paypal & Co.: ..."); the title is the headline, the page's declared title. The lead
image sits between headline and byline, so the story starts under the dateline. Teasers
inside the story end with their date line ("25.10.2022", "Video 02:53 21.01.2023").
"""

from __future__ import annotations

import re

from cleanwire.article import RelatedLink
from cleanwire.blocks import Label, Why
from cleanwire.sitekit import HEADLINE_LIKE, Byline, Captions, Context, Dateline, Line, TagList
from cleanwire.sitekit.helpers import section_from_url

from ._story import KickerSite

_DATE = r"\d{2}\.\d{2}\.\d{4}, \d{1,2}:\d{2}"
# What closes a teaser: its date, with the video's length or the gallery's size before it.
_TEASER_END = re.compile(r"^(?:Video ?\d{1,2}:\d{2} |\d+ Bilder )?\d{2}\.\d{2}\.\d{4}$")


class Stern(KickerSite):
    name = "stern"
    site_name = "stern"
    hosts = ("stern.de",)
    signatures = (r"^© G\+J Medien GmbH$", r"^Stern Logo$")
    timezone = "Europe/Berlin"
    lang = "de"

    byline = (Byline(Line(r"^[Vv]on (?P<names>[A-ZÄÖÜ].{2,120})$", max_words=14)),)
    dateline = (Dateline(Line(rf"^(?P<date>{_DATE})(?: \d+ Min\.)?$")),)
    # The lead image (alt text, caption, credit) is printed between headline and byline: the
    # byline and date are sought past its caption, and the story starts under the date.
    top_prose = 1
    start = Line(rf"^{_DATE}(?: \d+ Min\.)?$")
    caption = Captions(line=Line(r"^© .{2,80}$"))
    end = (Line(r"^Dieser Artikel ist zuerst (?:bei|im|in) .{2,60} erschienen\.$"),)
    tag_list = TagList(heading=Line(r"^#Themen$"), item=Line(r"^.{2,50}$", max_words=4))
    passes = ("drop", "headline", "breadcrumb", "byline", "dateline", "story", "tail", "links", "tags", "teasers",
              "captions", "trailing", "body")

    def section(self, ctx: Context) -> tuple[str, ...] | None:
        return section_from_url(ctx)

    def pass_teasers(self, ctx: Context) -> None:
        """A teaser inside the story: its title above its date line; a dump prints its image's
        alt text above the title."""
        rule = f"{self.rule_name}.teasers"
        lo, hi = ctx.found.start or 0, ctx.found.end or len(ctx)
        for i in range(lo + 1, hi):
            if not (_TEASER_END.match(ctx.texts[i]) and ctx.free(i) and ctx.free(i - 1)):
                continue
            ctx.mark(i, Label.BOILERPLATE, Why.WIDGET_ITEM, "a teaser's date", rule)
            ctx.found.related.append(RelatedLink(ctx.texts[i - 1], ctx.link_url(i - 1), None))
            ctx.mark(i - 1, Label.RELATED, Why.WIDGET_ITEM, "a teaser inside the story", rule)
            alt = i - 2
            text = ctx.texts[alt] if alt >= lo else ""
            if ctx.page is None and ctx.free(alt) and (" " not in text or HEADLINE_LIKE.match(text)):
                ctx.mark(alt, Label.BOILERPLATE, Why.CAPTION_AGAIN, "the teaser's image", rule)
