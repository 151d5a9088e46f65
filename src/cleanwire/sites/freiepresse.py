"""Freie Presse (freiepresse.de), the Chemnitz daily.

The breadcrumb (its department, then the title), "Erschienen am 30.04.2024", the headline
again, the byline; the lead photo's caption ends with its credit ("Bild: Andreas Seidel/
Archiv") and a dump prints its alt text ("<title> - <caption>") above it. The story's first
paragraph opens with the place on a line of its own ("Chemnitz.").
"""

from __future__ import annotations

from cleanwire.blocks import Label, Why
from cleanwire.sitekit import Byline, Captions, Context, Dateline, Line
from cleanwire.sitekit.helpers import take_section_label

from ._story import StorySite

_CREDIT = r" Bild: [^.]{2,80}$"


class FreiePresse(StorySite):
    name = "freiepresse"
    site_name = "Freie Presse"
    hosts = ("freiepresse.de",)
    signatures = (r"^© Copyright Chemnitzer Verlag und Druck GmbH", r"^Freie Presse Nachrichten Regional$")
    timezone = "Europe/Berlin"
    lang = "de"
    # No tags printed (the HTML's keywords are not on the page).
    unprinted = frozenset({"tags"})

    drop = (
        Line(r"^(?:Artikel auf Facebook teilen|Link wurde kopiert|Icon zum AppStore)$"),
        # The app's advert, inside the story and under it.
        Line(r"^(?:Sie lesen gerade auf die zweitbeste Art!|Mehr Lesekomfort (?:mit der Freie Presse App!|auch für unterwegs))$"),
        Line(r"^(?:E-Paper und News in einer App|Push-Nachrichten über den Tag hinweg|Kostenlos herunterladen)$"),
        Line(r"^Nein Danke\. Weiter in dieser Ansicht\.$"),
        Line(r"^[A-ZÄÖÜ][\w-]+(?:[ /][A-ZÄÖÜ][\w-]+)?\.$"),  # the place the story opens with
    )
    top_prose = 1  # the headline printed again, a long line, comes before the byline
    byline = (Byline(Line(r"^Von (?P<names>[A-ZÄÖÜ].{2,120})$", max_words=14)),)
    dateline = (Dateline(Line(r"^Erschienen am (?P<date>\d{2}\.\d{2}\.\d{4})(?:,? (?P<time>\d{1,2}:\d{2}) Uhr)?$")),)
    caption = Captions(line=Line(_CREDIT))
    end = (Line(r"^© Copyright "), Line(r"^Das könnte Sie auch interessieren$"))
    passes = ("drop", "headline", "department", "byline", "dateline", "story", "tail", "links", "tags", "captions",
              "alt_text", "trailing", "body")

    def pass_department(self, ctx: Context) -> None:
        """The breadcrumb's department, right above the title it ends with."""
        if ctx.found.headline:
            take_section_label(ctx, ctx.found.headline - 1, f"{self.rule_name}.section")

    def pass_alt_text(self, ctx: Context) -> None:
        """A dump prints the photo's alt text ("<title> - <caption>") above its caption."""
        for i in range(1, len(ctx)):
            label = ctx.labels[i]
            if label is None or label[0] is not Label.CAPTION or not ctx.free(i - 1):
                continue
            caption, credited, _ = ctx.texts[i].rpartition(" Bild: ")
            if credited and ctx.texts[i - 1].endswith(caption):
                ctx.mark(i - 1, Label.BOILERPLATE, Why.CAPTION_AGAIN, "image alt text", f"{self.rule_name}.captions")
