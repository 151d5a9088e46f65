"""Tages-Anzeiger (tagesanzeiger.ch), the Zurich daily of Tamedia."""

from __future__ import annotations

from cleanwire.lexicon.credits import is_agency
from cleanwire.lexicon.people import unique
from cleanwire.lexicon.titles import without_kicker
from cleanwire.sitekit import HEADLINE_LIKE, Breadcrumb, Byline, Context, Dateline, Line, Site, XPath
from cleanwire.sitekit.helpers import Box, headline_above, mark_boxes, mark_credited_captions

_CREDIT = Line(r"^Foto: \S")
# Agency copy ends with the agency and the editor's initials: "SDA/sep", "AFP/dpa/fal".
_AGENCIES = Line(r"^(?P<names>(?:[A-Z]{2,5}|[a-z]{2,4})(?:/(?:[A-Z]{2,5}|[a-z]{2,4}))+)$")
_NEWSLETTER = Box(open=Line(r"^Newsletter$"), close=Line(r"^Weitere Newsletter$"), max_lines=5)


class TagesAnzeiger(Site):
    name = "tagesanzeiger"
    site_name = "Tages-Anzeiger"
    hosts = ("tagesanzeiger.ch",)
    signatures = (r"^© \d{4} Tamedia\. All Rights Reserved$",)
    timezone = "Europe/Zurich"
    lang = "de"
    # The layout: its date "Publiziert: 01.07.2023, 11:16".
    # A page without it (the site changed its markup) is read by the generic path.
    # The pages print no tags.
    unprinted = frozenset({"tags"})
    anchors = (Line(r"^Publiziert: \d{2}\.\d{2}\.\d{4}, \d{1,2}:\d{2}"),)

    passes = ("drop", "headline", "breadcrumb", "byline", "dateline", "story", "standfirst", "tail", "links",
              "newsletter", "photos", "tags", "captions", "trailing", "body")

    drop = (
        Line(r"^\d+$", r"^teilen$", r"^Artikel merken$", r"^Einloggen$"),
        Line(r" Vollbild öffnen$"),  # a photo's alt text, in a dump
        Line(r"^Jetzt abonnieren und von der Vorlesefunktion profitieren\.$", r"^Abo abschliessen ?Login$",
             r"^BotTalk$"),
    )
    breadcrumb = Breadcrumb(line=Line(r"^Startseite ?\|(?P<trail>.*)$"), separator="|")
    # Under the standfirst, past the head: "Publiziert: 01.07.2023, 11:16".
    dateline = (Dateline(Line(r"^Publiziert: (?P<date>\d{2}\.\d{2}\.\d{4}, \d{1,2}:\d{2})"), where="any"),)
    byline = (Byline(_AGENCIES, where="end"),)
    container = XPath("//article//p[contains(@class, 'ContentHead_lead')]",
                      "//article//*[contains(@class, 'ArticleParagraph_root')]",
                      "//article//*[contains(@class, 'CrossheadElement')]",
                      "//article//*[contains(@class, 'ArticleContainer_agencies')]")
    end = (Line(r"^Fehler gefunden\? ?Jetzt melden\.$"),)
    tail = (Line(r"^\d+ Kommentare$"), Line(r"^Jetzt aktuell$"))

    def pass_headline(self, ctx: Context) -> None:
        # The printed head above the standfirst and "Publiziert:"; the breadcrumb bar repeats
        # the page's <title> as a heading of its own.
        headline_above(ctx, self, [self.dateline[0].line])

    def title(self, ctx: Context) -> str | None:
        # The head is "Kicker – Headline": "SVP-Sonderparteitag zur Migration – Chiesa ruft ...".
        return without_kicker(ctx.found.title, " – ", max_words=10) or ctx.found.title

    def authors(self, ctx: Context) -> tuple[str, ...] | None:
        # "SDA/sep": the agency and the initials of the editor who handled the copy. The
        # initials are a handle, not a credit: the page's metadata names the editor ("Paula
        # Steiger", alternateName "sep") beside the agency; a dump has the agency alone.
        found = ctx.found.authors
        if not found:
            return None
        agencies = unique([part for name in found for part in name.split("/") if is_agency(part)])
        declared = ctx.page.meta.authors if ctx.page is not None else ()
        if agencies and set(agencies) <= set(declared):
            return declared
        return tuple(agencies) or None

    def pass_standfirst(self, ctx: Context) -> None:
        """The standfirst stands between the head and "Publiziert:": the story starts with it,
        however short it is."""
        h, start = ctx.found.headline, ctx.found.start
        if h is not None and start is not None and start > h + 1 and ctx.free(h + 1) \
                and not HEADLINE_LIKE.match(ctx.texts[h + 1]):
            ctx.found.start = h + 1

    def pass_newsletter(self, ctx: Context) -> None:
        mark_boxes(ctx, (_NEWSLETTER,), f"{self.rule_name}.newsletter", "newsletter box")

    def pass_photos(self, ctx: Context) -> None:
        start, end = ctx.found.start, ctx.found.end
        if start is not None and end is not None:
            mark_credited_captions(ctx, _CREDIT, f"{self.rule_name}.captions", credit_in_caption=False, lo=start, hi=end)
