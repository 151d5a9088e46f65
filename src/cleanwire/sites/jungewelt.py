"""junge Welt (jungewelt.de), a daily paper.

The article header prints the print issue ("Aus: Ausgabe vom 26.04.2024, Seite 1 / Titel"),
a kicker and the headline on two lines (the page declares both joined by a colon as its
title), a subtitle, the byline and a photo (credit above caption). The page is published the
evening before its print issue: the date is the page's, not the issue's; the section is the
print department ("Titel").
"""

from __future__ import annotations

import re

from cleanwire.blocks import Label, Why
from cleanwire.lexicon.normalise import fold
from cleanwire.sitekit import Breadcrumb, Byline, Context, Line
from cleanwire.sitekit.helpers import declared_title, take_headline
from cleanwire.sitekit.passes import PASSES

from ._story import StorySite

# A photo credit: "Fabrizio Bensch/REUTERS", "picture alliance/dpa".
_CREDIT = re.compile(r"^[\w .'-]{2,40}/[\w .'-]{2,30}$")


class JungeWelt(StorySite):
    name = "jungewelt"
    site_name = "junge Welt"
    hosts = ("jungewelt.de",)
    signatures = (r"^© junge Welt \| Impressum", r"^Tageszeitung junge Welt$")
    timezone = "Europe/Berlin"
    lang = "de"
    # The page's own time (the evening before the print issue); a dump has its day.
    declared_time = True
    # No tags printed (the HTML's keywords are not on the page).
    unprinted = frozenset({"tags"})

    # "Aus: Ausgabe vom 26.04.2024, Seite 1 / Titel": the print issue, its page and department.
    breadcrumb = Breadcrumb(line=Line(r"^Aus: Ausgabe vom \d{2}\.\d{2}\.\d{4}, Seite \d+ / (?P<trail>.{2,40})$"))
    byline = (Byline(Line(r"^Von (?P<names>[A-ZÄÖÜ].{2,120})$", max_words=14)),)
    end = (Line(r"^Teilen bei (?:Facebook|Twitter)$"), Line(r"^\d+ Wochen kostenlos testen$"))
    passes = ("drop", "headline", "breadcrumb", "byline", "story", "links", "photo", "captions", "body")

    def title(self, ctx: Context) -> str | None:
        # "Nationaler Veteranentag: Orden fürs Morden": kicker and headline, as declared.
        h = ctx.found.headline
        declared = declared_title(ctx)
        if h and declared and fold(f"{ctx.texts[h - 1]}: {ctx.texts[h]}") == fold(declared):
            return f"{ctx.texts[h - 1]}: {ctx.texts[h]}"
        return super().title(ctx)

    def pass_headline(self, ctx: Context) -> None:
        """The headline is the line under the kicker such that both, joined by a colon, are
        the declared title."""
        declared = fold(declared_title(ctx))
        for i in range(1, len(ctx)):
            if declared and fold(f"{ctx.texts[i - 1]}: {ctx.texts[i]}") == declared:
                ctx.mark(i - 1, Label.METADATA, Why.KICKER, "kicker", f"{self.rule_name}.headline")
                take_headline(ctx, self, i)
                return
        PASSES["headline"](ctx, self)

    def pass_photo(self, ctx: Context) -> None:
        """The story starts with the subtitle under the headline; the photo's credit and
        caption under the byline are not the story."""
        h = ctx.found.headline
        if h is not None and ctx.found.start is not None and ctx.free(h + 1) and h + 1 < ctx.found.start:
            ctx.found.start = h + 1
        lo, hi = ctx.found.start or 0, ctx.found.end or len(ctx)
        for i in range(lo, min(hi, len(ctx) - 1)):
            if ctx.free(i) and _CREDIT.match(ctx.texts[i]) and ctx.free(i + 1):
                ctx.mark(i, Label.CAPTION, Why.CREDIT, "photo credit", f"{self.rule_name}.photo")
                ctx.found.captions.append(ctx.texts[i + 1])
                ctx.mark(i + 1, Label.CAPTION, Why.CAPTION, "photo caption", f"{self.rule_name}.photo")
