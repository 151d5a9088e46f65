"""Salzburger Nachrichten (sn.at)."""

from __future__ import annotations

import re
from datetime import datetime

from cleanwire.blocks import Label, Why
from cleanwire.lexicon.dates import parse_date
from cleanwire.sitekit import Breadcrumb, Captions, Context, Dateline, Line, Site, XPath
from cleanwire.sitekit.helpers import take_names_below

_VON = Line(r"^von$")
# Weekday, day and time on lines of their own: "Donnerstag" / "05. Juni 2025" / "15:44 Uhr".
_CLOCK = re.compile(r"^(\d{1,2}:\d{2}) Uhr$")
# A photo's credit comes first, its description after it: "BILD: SN/APA/GEORG HOCHMUTH".
_CREDIT = Line(r"^BILD: \S")


class SalzburgerNachrichten(Site):
    name = "salzburgernachrichten"
    site_name = "Salzburger Nachrichten"
    hosts = ("sn.at",)
    signatures = (r"^@ 1997 - \d{4} Salzburger Nachrichten Medien GmbH & Co\. KG$",)
    timezone = "Europe/Vienna"
    lang = "de"
    # The layout: its breadcrumb "SN.AT / Politik / Innenpolitik".
    # A page without it (the site changed its markup) is read by the generic path.
    # The pages print no tags.
    unprinted = frozenset({"tags"})
    anchors = (Line(r"^SN\.AT / "),)

    passes = ("drop", "headline", "breadcrumb", "credits", "dateline", "clock", "story", "tail", "links", "tags",
              "captions", "descriptions", "trailing", "body")

    drop = (
        Line(r"^(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)$"),
        Line(r"^Share on Facebook\b", r"^\d+ Kommentare?$", r"^Artikel (?:drucken|teilen)$"),
    )
    breadcrumb = Breadcrumb(line=Line(r"^SN\.AT / (?P<trail>.+)$"), separator="/")
    dateline = (Dateline(Line(r"^(?P<date>\d{1,2}\. \w+ \d{4})$")),)
    container = XPath("//div[contains(@class, 'article-default-content__text')]")
    caption = Captions(line=_CREDIT)
    # The site's footer menu opens with its first section, right under the story.
    end = (Line(r"^Salzburg$"),)
    tail = (Line(r"^@ 1997 - \d{4} Salzburger Nachrichten"),)

    def published(self, ctx: Context) -> datetime | None:
        day = ctx.first_labelled(Why.DATELINE)
        if day is not None and day + 1 < len(ctx) and (clock := _CLOCK.match(ctx.texts[day + 1])):
            return parse_date(f"{ctx.texts[day]} {clock.group(1)}", ctx.tz) or ctx.found.published
        return ctx.found.published

    def pass_credits(self, ctx: Context) -> None:
        """"von" / "APA": the author on the line under "von"."""
        h = ctx.found.headline
        von = ctx.first(_VON, h + 1, h + 1 + self.top_window[1]) if h is not None else None
        if von is not None:
            take_names_below(ctx, von, f"{self.rule_name}.byline", max_lines=3)

    def pass_clock(self, ctx: Context) -> None:
        """The time on the line under the dateline's day."""
        for i, label in enumerate(ctx.labels):
            if label and label[1].code is Why.DATELINE and i + 1 < len(ctx) and ctx.free(i + 1) \
                    and _CLOCK.match(ctx.texts[i + 1]):
                ctx.mark(i + 1, Label.METADATA, Why.DATELINE, "dateline (time)", f"{self.rule_name}.dateline")
                return

    def pass_descriptions(self, ctx: Context) -> None:
        """A photo's description follows its credit."""
        rule = f"{self.rule_name}.captions"
        for i in range(1, len(ctx)):
            if ctx.free(i) and _CREDIT.match(ctx.texts[i - 1]) and ctx.labels[i - 1] is not None \
                    and ctx.texts[i].count(" ") < 40:
                ctx.found.captions.append(ctx.texts[i])
                ctx.mark(i, Label.CAPTION, Why.CAPTION, "photo caption", rule)
