"""Frankfurter Allgemeine Zeitung (faz.net).

The page's title is the one its URL spells and its breadcrumb prints last ("Die Schweiz ist
ein großer Tummelplatz für russische Spione"); the article header prints a kicker and a
shorter headline above the byline ("Spionagedrehscheibe Schweiz: Ein großer Tummelplatz
..."), which the passes use to find the metadata. Two layouts: the 2023 one ("-Aktualisiert
am 28.04.2023-19:20", a slider of teasers inside the story) and the 2024 one ("17.04.2024,
12:24 Lesezeit: 5 Min.").
"""

from __future__ import annotations

from datetime import date

from cleanwire.blocks import Label, Why
from cleanwire.lexicon.titles import strip_site_affixes
from cleanwire.sitekit import HEADLINE_LIKE, Byline, Captions, Context, Dateline, Item, Layout, Line, Links
from cleanwire.sitekit import TagList, XPath
from cleanwire.sitekit.helpers import headline_above, printed_url_title, section_from_url, tags_from_links
from cleanwire.sitekit.passes import headline

from ._story import StorySite

_BYLINE = Byline(Line(r"^Von (?P<names>[A-ZÄÖÜ].{2,150})$", max_words=16), drop=r", [A-ZÄÖÜ][\w.-]+(?: [A-ZÄÖÜ][\w.-]+)?$")
# "Redakteur in der Rhein-Main-Zeitung, ...": an author's note under the name.
_ROLE = Line(r"^(?:\w+ )?(?:[Rr]edakteur|[Kk]orrespondent|[Hh]erausgeber|[Aa]utor|[Rr]essortleiter|[Vv]olontär|"
             r"[Cc]hefredakteur|[Kk]olumnist|[Rr]eporter)")
_DROP = (
    Line(r"^(?:Teilen Merken Drucken|Weitersagen abbrechen|Folgen Ich folge|Bildbeschreibung einblenden)$"),
    Line(r"^\d+ Min\.$", r"^Permalink: https?://", r" auf FAZ\.NET (?:nicht mehr )?folgen"),
    XPath("//div[contains(@class, 'atc-ContainerInfo')]"),  # the author's box inside the story
)
_TAG_LINKS = XPath("//div[contains(@class, 'footer-links')]//a")
class FAZ(StorySite):
    name = "faz"
    site_name = "F.A.Z."
    hosts = ("faz.net",)
    signatures = (r"^© Frankfurter Allgemeine Zeitung GmbH", r"^F\.A\.Z\. Logo$")
    timezone = "Europe/Berlin"
    lang = "de"

    drop = _DROP
    byline = (_BYLINE,)
    caption = Captions(line=Line(r" Bild: [^.]{2,80}$", r" Bildbeschreibung einblenden$"))
    end = (Line(r"^Quelle: "),)
    tail = (Line(r"^Zur Startseite$"),)
    # The tags are printed after "Zur Startseite", where the tail starts: read them first.
    passes = ("drop", "headline", "breadcrumb", "byline", "dateline", "story", "tags", "tail", "links", "captions",
              "author_box", "trailing", "body")

    class V2023(Layout):
        valid_until = date(2023, 12, 31)
        anchors = (Line(r"^-?(?:Aktualisiert|Veröffentlicht) am \d{2}\.\d{2}\.\d{4}-\d{1,2}:\d{2}$"),)
        dateline = (Dateline(Line(r"^-?(?:Aktualisiert|Veröffentlicht) am (?P<date>\d{2}\.\d{2}\.\d{4})-"
                                  r"(?P<time>\d{1,2}:\d{2})$")),)
        drop = (*_DROP, Line(r"^Mehr zum Thema$"))  # the label of the slider below
        links = (
            # A slider of teasers inside the story, under its counter ("1/"): the image's alt
            # text (dumps only), "Kicker : Title", the author, the date, the reader feedback.
            Links(heading=Line(r"^\d+/\d*$"), max_items=10, item=Item(
                kicker=Line(r"^.{10,300}$", max_words=40), kicker_optional=True,
                title=Line(r"^\S[^:]{1,100} : \S.{2,200}$"),
                extra=(Line(r"^(?:Ein (?:Kommentar|Interview|Gastbeitrag) von |Von )?[A-ZÄÖÜ][\w'.-]+"
                            r"(?: (?:und |von |de )?[A-ZÄÖÜ][\w'.-]+){1,6}(?:, [A-ZÄÖÜ][\w-]+)?$", max_words=10),
                       Line(r"^Veröffentlicht/Aktualisiert:"), Line(r"^(?:Kommentare|Empfehlungen):")))),
        )
        tag_list = TagList(heading=Line(r"^Ähnliche Themen$"), item=Line(r"^(?!Alle Themen$).{2,40}$", max_words=4))

    class V2024(V2023):
        valid_until = None
        anchors = (Line(r"^\d{2}\.\d{2}\.\d{4}, \d{1,2}:\d{2} ?Lesezeit: \d+ Min\.$"),)
        dateline = (Dateline(Line(r"^(?P<date>\d{2}\.\d{2}\.\d{4}, \d{1,2}:\d{2}) ?Lesezeit: \d+ Min\.$")),)
        drop = _DROP
        links = (
            # Kicker and title of up to a few related articles, inside the story.
            Links(heading=Line(r"^Mehr zum Thema$"), max_items=6,
                  item=Item(kicker=Line(r"^.{2,80}$", max_words=10), title=HEADLINE_LIKE)),
        )
        # One run of words in a dump ("Schweiz Genf Vereinte Nationen ..."): split into the
        # phrases the article uses, from the page's links too so both kinds agree.
        tag_list = TagList(line=Line(r"^Schlagworte: (?P<tags>.+?)(?: ?Alle Themen)?$"))

    # -- fields ------------------------------------------------------------------------------

    def title(self, ctx: Context) -> str | None:
        """The line the URL spells (the breadcrumb's last item), else the declared title."""
        printed = printed_url_title(ctx)
        if printed is not None:
            return ctx.texts[printed]
        declared = ctx.meta_title
        if declared:
            return strip_site_affixes(declared, {self.site_name, "FAZ.NET", "Frankfurter Allgemeine Zeitung"})
        return Layout.title(self, ctx)

    def section(self, ctx: Context) -> tuple[str, ...] | None:
        # The departments the URL names (/aktuell/politik/ausland/...), as the breadcrumb prints them.
        return section_from_url(ctx, skip=("aktuell",))

    def tags(self, ctx: Context) -> tuple[str, ...] | None:
        tags_from_links(ctx, _TAG_LINKS, skip=("Alle Themen",))
        return Layout.tags(self, ctx)

    # -- passes ------------------------------------------------------------------------------

    def pass_headline(self, ctx: Context) -> None:
        # The article's own headline sits right above the byline; the title the URL spells
        # is printed far above it, in the breadcrumb.
        bylines = [rule.line for rule in self.byline if rule.where != "end"]
        if headline_above(ctx, self, bylines, within=1, message="headline (above the byline)") is None:
            headline(ctx, self)

    def pass_author_box(self, ctx: Context) -> None:
        """The author's box inside the story: the name alone on a line, the note under it."""
        names = set(ctx.found.authors or ())
        start, end = ctx.found.start or 0, ctx.found.end or len(ctx)
        for i in range(start, end):
            if ctx.free(i) and ctx.texts[i] in names and i + 1 < len(ctx) and _ROLE.match(ctx.texts[i + 1]):
                for k in (i, i + 1):
                    if ctx.free(k):
                        ctx.mark(k, Label.BOILERPLATE, Why.PROMO, "the author's box", f"{self.rule_name}.author_box")
