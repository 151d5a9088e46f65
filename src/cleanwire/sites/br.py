"""BR24 (br.de/nachrichten), the news of Bayerischer Rundfunk: articles and news tickers."""

import re

from cleanwire.lexicon.people import unique
from cleanwire.sitekit import Breadcrumb, Context, Dateline, Item, Line, Links, Site, TagList, XPath
from cleanwire.sitekit.helpers import take_names_below

# The credit is a "Von" line with one name a line under it (a dump may print each twice: the
# author's link and their card).
_VON = Line(r"^Von$")
_NAMES_MAX = 8
# Tags are printed with the number of articles under them: "Oberfranken 12204", "Gaza398".
_TAG_COUNT = re.compile(r"\s*\d+$")
# A teaser in "Das könnte Sie auch interessieren": its date, headline (the dump may print it
# twice), the kind of media, and its text.
_WHEN = Line(r"^\d{2}\.\d{2}\.\d{4}, \d{1,2}:\d{2} Uhr$", r"^Vor (?:einer|\d+) (?:Minute|Stunde)n?$")
_TEASER_TITLE = Line(r"^(?!\d{2}\.\d{2}\.\d{4}, )(?!Artikel mit )(?!Vor (?:einer|\d+) )(?!.*[.:;,]$)\S+(?: \S+){1,29}$",
                     max_words=30)
_TEASER = Item(kicker=_WHEN, kicker_optional=True, title=_TEASER_TITLE,
               extra=(_TEASER_TITLE, _WHEN, _TEASER_TITLE, Line(r"^Artikel mit \S+$"), Line(r"\S+(?: \S+){7,}")))


class BR(Site):
    name = "br"
    site_name = "BR24"
    hosts = ("br.de",)
    url_patterns = (r"^/nachrichten/",)
    signatures = (r"^Zum Feierabend das Wichtigste aus der BR24 Redaktion\.$",)
    timezone = "Europe/Berlin"
    lang = "de"
    # The layout: the date "22.04.2024, 17:26 Uhr" and the tag list "Schlagwörter".
    # A page without it (the site changed its markup) is read by the generic path.
    anchors = (Line(r"^\d{2}\.\d{2}\.\d{4}, \d{1,2}:\d{2} Uhr$"), Line(r"^Schlagwörter$"))

    passes = ("drop", "headline", "breadcrumb", "credits", "byline", "dateline", "story", "tail", "links", "tags",
              "captions", "trailing", "body")

    drop = (
        Line(r"^Per Mail teilen(?: Teilen)?$", r"^\(öffnet in einem neuen Fenster\)$"),
        Line(r"^Mehr anzeigen\d*$", r"^Externer Link$"),
        # Which programme carried the story, printed under the credits.
        Line(r"^Über dieses Thema berichtet: "),
        # A ticker's sourcing note, the same on every ticker.
        Line(r"^Mit Informationen der ARD-Korrespondent"),
    )
    # The page's section, printed alone as the navigation's title: "Bayern", "Deutschland & Welt".
    breadcrumb = Breadcrumb(line=Line(
        r"^(?:Bayern|Deutschland & Welt|Wirtschaft|Sport|Kultur|Wissen|Netzwelt|Ratgeber|#Faktenfuchs|Dein Argument)$"))
    # "22.04.2024, 17:26 Uhr" above the headline.
    dateline = (Dateline(Line(r"^(?P<date>\d{2}\.\d{2}\.\d{4}, \d{1,2}:\d{2}) Uhr$")),)
    # The standfirst (in the article's header) and the article body.
    container = XPath(
        "//section[contains(@class, 'ArticleModuleTeaser_wrapper')]//p[contains(@class, 'TeaserText_text')]",
        "//section[@id='articlebody']",
    )
    links = (Links(heading=Line(r"^Das könnte Sie auch interessieren$"), item=_TEASER, ends_story=True),)
    end = (
        # Closing promotions BR appends to its articles.
        Line(r"^Das ist die Europäische Perspektive bei BR24\.$"),
        Line(r"^\"Hier ist Bayern\": Der BR24 Newsletter"),
        # A ticker links to its earlier instalments under its last entry.
        Line(r"^ZU DEN BISHERIGEN ENTWICKLUNGEN\b", r"^Zu den bisherigen Entwicklungen\b"),
    )
    tag_list = TagList(heading=Line(r"^Schlagwörter$"), item=Line(r"^\S.{0,60}?\s?\d+$"))
    tail = (Line(r"^nach oben$"),)

    def tags(self, ctx: Context) -> tuple[str, ...] | None:
        found = super().tags(ctx)
        return tuple(unique([_TAG_COUNT.sub("", t) for t in found])) if found else None

    def pass_credits(self, ctx: Context) -> None:
        """The authors: the names under the "Von" line below the standfirst."""
        h = ctx.found.headline
        if h is None:
            return
        von = ctx.first(_VON, h + 1, h + 1 + self.top_window[1])
        if von is None:
            return
        take_names_below(ctx, von, f"{self.rule_name}.byline", max_lines=_NAMES_MAX)
