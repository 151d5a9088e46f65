"""Süddeutsche Zeitung (sueddeutsche.de).

The title is the one the breadcrumb prints last (and the page declares); the article header
then prints a topic, "Kicker:Headline", the date, the reading time, the standfirst and the
byline ("Kolumne von Lars Brunckhorst") under it. The story closes with the rights line
("© SZ/stga/sab - Rechte am Artikel ...").
"""

from __future__ import annotations

from cleanwire.blocks import Label, Why
from cleanwire.sitekit import Breadcrumb, Byline, Context, Dateline, Item, Line, Links, TagList, XPath

from ._story import StorySite

_NEWSLETTER = Line(r"^Newsletter abonnieren$")


class SZ(StorySite):
    name = "sz"
    site_name = "Süddeutsche Zeitung"
    hosts = ("sueddeutsche.de",)
    signatures = (r"^Zur SZ-Startseite$", r"^© SZ/")
    timezone = "Europe/Berlin"
    lang = "de"

    drop = (Line(r"^(?:Anhören|Merken|Teilen|Feedback|Drucken)$"),)
    breadcrumb = Breadcrumb(first=Line(r"^Home$"), item=Line(r"^[^:.!?]{2,40}$", max_words=4), last=True)
    byline = (Byline(Line(r"^(?:[A-ZÄÖÜ]\w+ )?[Vv]on (?P<names>[A-ZÄÖÜ].{2,120})$", max_words=14)),)
    dateline = (Dateline(Line(r"^(?P<date>\d{1,2}\. \w+ \d{4}, \d{1,2}:\d{2}) Uhr$")),)
    # The story starts under the reading time, with the standfirst (the byline follows it).
    start = Line(r"^Lesezeit: \d+ min$")
    container = XPath("//article[@data-testid='article']")
    links = (
        # A newsletter's teaser inside the story: its name (a dump prints it above the label
        # too, as the image's alt text), the label, the name, the pitch.
        Links(heading=_NEWSLETTER, related=False, max_items=1,
              item=Item(title=Line(r"^.{2,60}$", max_words=8), extra=(Line(r"(?:anmelden|abonnieren)\.?$"),))),
    )
    end = (Line(r"^© SZ\b", r"Rechte am Artikel können Sie hier erwerben"),)
    tag_list = TagList(heading=Line(r"^Lesen Sie mehr zum Thema$"), item=Line(r"^(?!SZ )[^:.!?]{2,40}$", max_words=4))
    tail = (Line(r"^Zur SZ-Startseite$"),)
    passes = ("drop", "headline", "breadcrumb", "byline", "dateline", "story", "tags", "tail", "links", "alt_text",
              "captions", "trailing", "body")

    def section(self, ctx: Context) -> tuple[str, ...] | None:
        # The breadcrumb may name a department twice ("Landkreis München > Oberbayern >
        # Landkreis München"): each once.
        return tuple(dict.fromkeys(ctx.found.section)) if ctx.found.section else None

    def pass_alt_text(self, ctx: Context) -> None:
        """A teaser's image alt text printed above its label: the same text as its title."""
        for i in range(1, len(ctx) - 1):
            if _NEWSLETTER.match(ctx.texts[i]) and ctx.free(i - 1) and ctx.texts[i - 1] == ctx.texts[i + 1]:
                ctx.mark(i - 1, Label.BOILERPLATE, Why.CAPTION_AGAIN, "the teaser's image", f"{self.rule_name}.links")
