"""MDR (mdr.de), Mitteldeutscher Rundfunk: the news pages of the public broadcaster of
Saxony, Saxony-Anhalt and Thuringia."""

from cleanwire.lexicon.titles import strip_site_affixes
from cleanwire.sitekit import (
    HEADLINE_LIKE, Breadcrumb, Byline, Captions, Context, Dateline, Item, Line, Links, PullQuotes, Site, XPath,
    has_class,
)
from cleanwire.sitekit.helpers import Box, mark_alt_text, mark_boxes

# Teaser boxes between the story's sections open with a hidden "Neuer Abschnitt" heading and
# close with their "mehr" link or their media label.
_BOX = Box(open=Line(r"^Neuer Abschnitt$"), close=Line(r"^(?:mehr|Video|Audio)$"))
# A pull quote's attribution: the speaker's name (two or three words the story names) and a
# role made of nouns, names and short function words ("Geschäftsführer "Landstolz"").
_SPEAKER = Line(r"^(?:[A-ZÄÖÜ][\w.'-]*(?: |$)){2,3}"
                r"(?:(?:[A-ZÄÖÜ\"„“«»(][^ ]*|[a-zäöüß]{1,3})(?: |$)){0,6}$")
# Every image is credited at the end of its caption, or alone under it.
_CREDIT = Line(r"(?:^|\s)Bildrechte: \S.*$")
_ALT_WORDS = 25


class MDR(Site):
    name = "mdr"
    site_name = "MDR"
    hosts = ("mdr.de",)
    signatures = (r"^Logo Mitteldeutscher Rundfunk Der Mitteldeutsche Rundfunk ist Mitglied der ARD\.$",)
    timezone = "Europe/Berlin"
    lang = "de"
    # The layout: its dateline "Stand: 28. April 2023, 05:00 Uhr".
    # A page without it (the site changed its markup) is read by the generic path.
    # The pages print no tags; the HTML's keywords are not on the page (nor in its dump).
    unprinted = frozenset({"tags"})
    anchors = (Line(r"^Stand: \d{1,2}\. \w+ \d{4}, \d{1,2}:\d{2} Uhr$"),)

    # A dump's alt texts go first; teaser boxes and pull quotes go before the captions pass could
    # take their repeated lines for captions.
    passes = ("drop", "alt_text", "headline", "breadcrumb", "byline", "dateline", "story", "tail", "links", "boxes",
              "quotes", "tags", "captions", "trailing", "body")

    drop = (
        # Hidden headings for screen readers, printed by the dump.
        Line(r"^(?:Neuer Bereich|Hauptinhalt|Zum Inhalt dieser Seite)$"),
        XPath("//blockquote"),
    )
    # "Standort:" MDR.DE / Nachrichten / Thüringen / Südthüringen / ...
    breadcrumb = Breadcrumb(first=Line(r"^MDR\.DE$"), max_items=6, html=XPath("//*[@id='breadcrumb']//li"),
                            root=frozenset({"mdr.de", "startseite"}))
    # "von David Straub, MDR THÜRINGEN"
    byline = (Byline(Line(r"^von (?P<names>[A-ZÄÖÜ].+)$", max_words=12), drop=r",\s*MDR\b.*$"),)
    dateline = (Dateline(Line(r"^Stand: (?P<date>\d{1,2}\. \w+ \d{4}, \d{1,2}:\d{2}) Uhr$")),)
    # The story's text modules; teaser boxes and lists sit between them.
    container = XPath(f"//div[{has_class('modParagraph')}]")
    caption = Captions(line=_CREDIT)
    pull_quotes = PullQuotes(speaker=_SPEAKER, max_words=30, named_in_story=True)
    links = (
        # The table of contents repeats the sub-headings: not links, and not the story.
        Links(heading=Line(r"^Auf dieser Seite:$"), item=Item(title=HEADLINE_LIKE), max_items=20, related=False),
        Links(heading=Line(r"^Mehr zu(?:m|r)? .+$", max_words=8), ends_story=True,
              item=Item(kicker=_CREDIT, kicker_optional=True, extra=(HEADLINE_LIKE, Line(r"\S"), Line(r"^mehr$")))),
    )
    end = (
        # The newsroom's initials close the story: "MDR (dst)", "MDR THÜRINGEN (ask/dpa)".
        Line(r"^MDR(?: [A-ZÄÖÜ-]+)* \([\w/,. ]{2,30}\)$"),
        Line(r"^Dieses Thema im Programm:"),
    )
    tail = (
        Line(r"^\d+ Kommentare?$"),
        Line(r"^Mehr aus (?:der Region )?.+$", max_words=10),
    )

    def title(self, ctx: Context) -> str | None:
        # The page declares the article's headline (og:title, JSON-LD, <title>); the printed
        # one above the story is a display variant with its topic word glued on.
        declared = ctx.meta_title
        if declared:
            return strip_site_affixes(declared, {"MDR.DE", "MDR"}) or None
        return super().title(ctx)

    def pass_boxes(self, ctx: Context) -> None:
        mark_boxes(ctx, (_BOX,), f"{self.rule_name}.boxes", "teaser box")

    def pass_alt_text(self, ctx: Context) -> None:
        """The line above a caption's credit, in a dump: the image's alt text."""
        for i in range(1, len(ctx)):
            if _CREDIT.match(ctx.texts[i]) and not _CREDIT.match(ctx.texts[i - 1]):
                mark_alt_text(ctx, i - 1, f"{self.rule_name}.alt_text", max_words=_ALT_WORDS)
