"""Landesspiegel (landesspiegel.li), the Liechtenstein online newspaper."""

from __future__ import annotations

import re
from datetime import datetime

from cleanwire.blocks import Why
from cleanwire.lexicon.dates import parse_date
from cleanwire.sitekit import Byline, Captions, Context, Item, Line, Links, Site, XPath, has_class
from cleanwire.sitekit.helpers import headline_above, mark_alt_texts, take_section_label
from cleanwire.sitekit.passes import headline as find_headline

# "von Landesspiegel 30. Juni 2025": the author and the day on one line under the headline.
_BYLINE_DATE = re.compile(r"^von (?P<names>.+?) (?P<date>\d{1,2}\. \w+ \d{4})$")


class Landesspiegel(Site):
    name = "landesspiegel"
    site_name = "Landesspiegel"
    hosts = ("landesspiegel.li",)
    signatures = (r"^Direktkontakt: redaktion@landesspiegel\.li$",)
    timezone = "Europe/Vaduz"
    lang = "de"
    # The layout: its byline with the day, "von Landesspiegel 30. Juni 2025".
    # A page without it (the site changed its markup) is read by the generic path.
    # The pages print no tags.
    unprinted = frozenset({"tags"})
    anchors = (Line(_BYLINE_DATE.pattern),)

    passes = ("drop", "headline", "label", "byline", "story", "tail", "links", "tags", "captions", "alt_text",
              "trailing", "body")

    drop = (
        Line(r"^werbung_\d+$", r"^Weiter(?: Share Expand)?$"),
        Line(r"^[\w-]+(?:\.[\w-]+)*\.(?:li|ch|at|de|com)$"),  # an advertiser's banner, by its domain
    )
    byline = (Byline(Line(_BYLINE_DATE.pattern)),)
    container = XPath(f"//div[{has_class('entry-content')}]")
    caption = Captions(line=Line(r"\| Foto: \S"))
    # Related articles the site sets among the story's paragraphs.
    # (Their headlines may end with a full stop: "... von Fürst Hans-Adam II.")
    links = (Links(heading=Line(r"^Häufig gelesen$"), max_items=6, item=Item(title=Line(r"^\S+(?: \S+){1,15}$"))),)
    end = (Line(r"^vorheriger Beitrag$"), Line(r"^Kommentar Abgeben$"))

    def pass_headline(self, ctx: Context) -> None:
        find_headline(ctx, self)
        headline_above(ctx, self, [self.byline[0].line])

    def pass_label(self, ctx: Context) -> None:
        """The section's label above the headline ("Gesellschaft")."""
        if ctx.found.headline:
            take_section_label(ctx, ctx.found.headline - 1, f"{self.rule_name}.section")

    def pass_alt_text(self, ctx: Context) -> None:
        mark_alt_texts(ctx, f"{self.rule_name}.captions")

    def published(self, ctx: Context) -> datetime | None:
        # The day on the byline's line.
        for i, label in enumerate(ctx.labels):
            if label is not None and label[1].code is Why.BYLINE and (m := _BYLINE_DATE.match(ctx.texts[i])):
                return parse_date(m["date"], ctx.tz)
        return None
