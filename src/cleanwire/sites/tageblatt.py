"""Tageblatt (tageblatt.lu), the Luxembourg daily of Editpress."""

from __future__ import annotations

from cleanwire.blocks import Label, Why
from cleanwire.lexicon.normalise import collapse
from cleanwire.sitekit import HEADLINE_LIKE, Captions, Context, Dateline, Line, PullQuotes, Site, XPath
from cleanwire.sitekit.helpers import declared_title, take_byline, take_headline, take_section_label
from cleanwire.sitekit.passes import headline as find_headline

# "28. Juni 2025 - 16.03 Uhr" above the headline, then "Akt.: 29. Juni 2025 - 21.18 Uhr".
_UPDATED = Line(r"^Akt\.: \d{1,2}\. \w+ \d{4}")
_NAME = Line(r"^[A-ZÄÖÜ][\w.'-]+(?: [A-ZÄÖÜ][\w.'-]+){1,3}$")
# "Patrick Dury, LCGB-Präsident" under a quote.
_SPEAKER = Line(r"^[A-ZÄÖÜ][\w.'-]+(?: [A-ZÄÖÜ][\w.'-]+){1,3}, [^.]+$", max_words=10)


class Tageblatt(Site):
    name = "tageblatt"
    site_name = "Tageblatt"
    hosts = ("tageblatt.lu",)
    signatures = (r"^Editpress Luxembourg s\.a\.$",)
    timezone = "Europe/Luxembourg"
    lang = "de"
    # The layout: its date "28. Juni 2025 - 16.03 Uhr".
    # A page without it (the site changed its markup) is read by the generic path.
    # The pages print no tags.
    unprinted = frozenset({"tags"})
    anchors = (Line(r"^\d{1,2}\. \w+ \d{4} - \d{1,2}[.:]\d{2} Uhr$"),)

    passes = ("drop", "dateline", "headline", "credits", "story", "tail", "links", "quotes", "tags", "captions",
              "trailing", "body")

    headline = XPath("//div[contains(@class, 'post__title')]//h1")
    drop = (
        # The paywall's offer, printed above the story it does not hide.
        Line(r"^Jetzt weiterlesen! ?!?$", r"^Für [\d.,]+ € (?:können Sie diesen Artikel erwerben\.|lesen)$",
             r"^Sie sind bereits Kunde\?$", r"^Anmelden$"),
        Line(r"^Teilen(?: auf \w+)*$"),
    )
    dateline = (Dateline(Line(r"^(?P<date>\d{1,2}\. \w+ \d{4}) - (?P<time>\d{1,2}[.:]\d{2}) Uhr$"), where="any"),)
    container = XPath("//article[@id='post-content']//div[contains(@class, 'post__body')]")
    caption = Captions(line=Line(r"\bFoto: [^.]+$"))
    pull_quotes = PullQuotes(speaker=_SPEAKER, sentence=False)
    end = (Line(r"^Letzte Artikel$"),)
    tail = (Line(r"^ABONNIEREN SIE UNSEREN NEWSLETTER$"),)

    def pass_headline(self, ctx: Context) -> None:
        """The <h1>; in a dump, the line under the dateline (and the "Akt.:" line)."""
        if ctx.kind == "html":
            find_headline(ctx, self)
            return
        dated = ctx.first_labelled(Why.DATELINE)
        if dated is None:
            return
        i = dated + 1
        if i < len(ctx) and _UPDATED.match(ctx.texts[i]):
            ctx.mark(i, Label.METADATA, Why.DATELINE, "updated", f"{self.rule_name}.dateline")
            i += 1
        if i < len(ctx) and ctx.free(i) and HEADLINE_LIKE.match(ctx.texts[i]):
            take_headline(ctx, self, i)

    def pass_credits(self, ctx: Context) -> None:
        """Above the dateline: the section ("Politik") and the author's name (printed twice)."""
        dated = ctx.first_labelled(Why.DATELINE)
        if dated is None:
            return
        rule = f"{self.rule_name}.byline"
        i = dated - 1
        while i >= 0 and ctx.free(i) and _NAME.match(ctx.texts[i]) and take_byline(ctx, i, rule, [ctx.texts[i]]):
            i -= 1
        if i < dated - 1:
            take_section_label(ctx, i, f"{self.rule_name}.section")
        for k, label in enumerate(ctx.labels):
            if label is None and _UPDATED.match(ctx.texts[k]):
                ctx.mark(k, Label.METADATA, Why.DATELINE, "updated", f"{self.rule_name}.dateline")

    def title(self, ctx: Context) -> str | None:
        # The site writes its titles "Kicker / Headline" (og:title, and the dump's header);
        # the <h1> sets the kicker apart with no separator.
        return collapse(declared_title(ctx)) or super().title(ctx)
