"""Stuttgarter Zeitung (stuttgarter-zeitung.de)."""

from __future__ import annotations

from cleanwire.blocks import Label, Why
from cleanwire.lexicon.titles import strip_site_affixes
from cleanwire.sitekit import Captions, Context, Dateline, Line, Site, TagList, XPath
from cleanwire.sitekit.helpers import article_tags, headline_above, take_byline
from cleanwire.sitekit.passes import headline as find_headline

# "25.10.2025 - 15:26 Uhr", above the photo and again under the standfirst with the author.
_WHEN_LINE = Line(r"^\d{2}\.\d{2}\.\d{4} - \d{1,2}:\d{2} Uhr$")
_AUTHOR = Line(r"^(?:Von )?[\w.'-]+(?: [\w.'-]+){0,3}(?:(?:,| und) [\w.'-]+(?: [\w.'-]+){0,3})*$", max_words=12)


class StuttgarterZeitung(Site):
    name = "stuttgarterzeitung"
    site_name = "Stuttgarter Zeitung"
    hosts = ("stuttgarter-zeitung.de",)
    signatures = (r"^StZ Online Service$",)
    timezone = "Europe/Berlin"
    lang = "de"
    # The layout: its date "25.10.2025 - 15:26 Uhr".
    # A page without it (the site changed its markup) is read by the generic path.
    anchors = (_WHEN_LINE,)

    passes = ("drop", "headline", "section", "dateline", "credits", "story", "tail", "links", "tags", "captions",
              "trailing", "body")

    drop = (
        Line(r"^\d+ Bilder - Fotostrecke öffnen$", r"^\d+$"),  # the gallery link and its photo count
        Line(r"^Weiterlesen$"),  # heading of a teaser the page loads later
    )
    dateline = (Dateline(Line(r"^(?P<date>\d{2}\.\d{2}\.\d{4}) - (?P<time>\d{1,2}:\d{2}) Uhr$")),)
    container = XPath("//div[contains(@class, 'intro-text')]", "//div[contains(@class, 'article-body')]")
    caption = Captions(line=Line(r"\bFoto: [^.]+$"))
    end = (Line(r"^StZ$"), Line(r"^Stellenmarkt$"), Line(r"^Weitere Themen$"))
    tag_list = TagList(line=Line(r"^Weitere Artikel zu (?P<tags>.+)$"))

    def title(self, ctx: Context) -> str | None:
        # The declared title is the printed head: its kicker and headline ("Rückbau von
        # Atomkraftwerk: Kühltürme von AKW Gundremmingen gesprengt"), which the page sets in
        # two styles with no colon between them.
        return strip_site_affixes(ctx.meta_title, {self.site_name}) or super().title(ctx)

    def tags(self, ctx: Context) -> tuple[str, ...] | None:
        # "Weitere Artikel zu Atomenergie Deutschland": tag links run together on one line.
        raw = ctx.found.tags_raw
        return article_tags(ctx, raw[0]) or None if raw else None

    def pass_headline(self, ctx: Context) -> None:
        find_headline(ctx, self)
        headline_above(ctx, self, [_WHEN_LINE])

    def pass_section(self, ctx: Context) -> None:
        """The breadcrumb above the head ends with the headline itself: "Politik" / "Kühltürme
        von AKW Gundremmingen gesprengt"."""
        h = ctx.found.headline
        if h is None or h < 2:
            return
        last = next((i for i in range(h - 1, max(-1, h - 4), -1) if ctx.free(i)), None)
        if last is None or last < 1 or not ctx.texts[h].endswith(ctx.texts[last]) or not ctx.free(last - 1):
            return
        if len(ctx.texts[last - 1].split()) <= 4:
            ctx.found.section = (ctx.texts[last - 1],)
            for i in (last - 1, last):
                ctx.mark(i, Label.METADATA, Why.SECTION, "section (breadcrumb)", f"{self.rule_name}.section")

    def pass_credits(self, ctx: Context) -> None:
        """Under the standfirst: the author ("dpa", "Von Knut Krohn") and the date again."""
        h = ctx.found.headline
        if h is None:
            return
        again = ctx.first(_WHEN_LINE, h + 1, h + 1 + self.top_window[1])
        if again is None:
            return
        ctx.mark(again, Label.METADATA, Why.DATELINE, "dateline printed again", f"{self.rule_name}.dateline")
        if ctx.free(again - 1) and _AUTHOR.match(ctx.texts[again - 1]):
            take_byline(ctx, again - 1, f"{self.rule_name}.byline")
