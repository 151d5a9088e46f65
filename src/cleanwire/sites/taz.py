"""taz, die tageszeitung (taz.de).

The story comes first; the date, the department trail ("Politik", "Deutschland") and the
author box ("Kommentar von" / "Nicole Opitz" / "Redakteurin") follow it. The date is printed
"28. 4. 2023, 18:41 Uhr".
"""

from __future__ import annotations

import re
from datetime import datetime

from cleanwire.blocks import Label, Why
from cleanwire.lexicon.dates import zone
from cleanwire.lexicon.people import is_person, names_from_byline
from cleanwire.sitekit import Captions, Context, Line, TagList
from cleanwire.sitekit.helpers import mark_alt_texts

from ._story import StorySite

_DATE = re.compile(r"^(\d{1,2})\. ?(\d{1,2})\. ?(\d{4}), (\d{1,2}):(\d{2}) Uhr$")
# "Kommentar von", "Von", "Interview von": the heading of the author box.
_ALT = Line(r"(?<!\.)$", max_words=15)
_BY = re.compile(r"^(?:[A-ZÄÖÜ][\w-]+ )?[Vv]on$")


class Taz(StorySite):
    name = "taz"
    site_name = "taz"
    hosts = ("taz.de",)
    signatures = (r"^Wir freuen uns über eine Mail an fehlerhinweis@taz\.de!$",)
    timezone = "Europe/Berlin"
    lang = "de"

    drop = (Line(r"^(?:\.|suche senden|microblog)$"),)
    caption = Captions(line=Line(r" (?:Foto|Bild|Grafik): [^.]{2,80}$"))
    end = (Line(r"^Einmal zahlen$"), Line(r"^Fehler auf taz\.de entdeckt\?$"))
    # One topic per line; the magazine's name in capitals ("FUTURZWEI") follows them.
    tag_list = TagList(heading=Line(r"^Themen$"), item=Line(r"^(?![A-ZÄÖÜ]{4,}$)[^.!?]{2,40}$", max_words=3))
    tail = (Line(r"^So können Sie kommentieren:$"),)
    passes = ("drop", "headline", "story", "tail", "links", "meta_after", "tags", "captions", "alt_text", "body")

    def pass_meta_after(self, ctx: Context) -> None:
        """Under the story: the department trail right above the date, then the author box."""
        rule = f"{self.rule_name}.meta"
        lo = ctx.found.end or 0
        dated = next((i for i in range(lo, len(ctx)) if _DATE.match(ctx.texts[i])), None)
        if dated is None:
            return
        day, month, year, hour, minute = map(int, _DATE.match(ctx.texts[dated]).groups())  # type: ignore[union-attr]
        ctx.found.published = datetime(year, month, day, hour, minute, tzinfo=zone(self.timezone or "UTC"))
        ctx.found.published_has_time = True
        ctx.mark(dated, Label.METADATA, Why.DATELINE, "dateline", rule)
        trail: list[int] = []
        for k in range(dated - 1, max(lo - 1, dated - 4), -1):
            if not ctx.free(k) or ctx.texts[k].count(" ") > 2 or ctx.texts[k].startswith("Schwerpunkt"):
                break
            trail.insert(0, k)
        for k in trail:
            ctx.mark(k, Label.METADATA, Why.SECTION, "section", rule)
        if trail:
            ctx.found.section = tuple(ctx.texts[k] for k in trail)
        by = next((i for i in range(dated + 1, min(len(ctx), dated + 4)) if _BY.match(ctx.texts[i])), None)
        if by is None or by + 1 >= len(ctx):
            return
        names = [n for n in names_from_byline(ctx.texts[by + 1]) if is_person(n)]
        if names:
            ctx.found.authors = tuple(names)
            ctx.mark(by, Label.METADATA, Why.BYLINE, "byline heading", rule)
            ctx.mark(by + 1, Label.METADATA, Why.BYLINE, "byline", rule)

    def pass_alt_text(self, ctx: Context) -> None:
        # A dump prints an image's alt text (short, no full stop) right above its caption.
        mark_alt_texts(ctx, f"{self.rule_name}.captions", shape=_ALT, lo=ctx.found.start or 0, hi=ctx.found.end or len(ctx))
