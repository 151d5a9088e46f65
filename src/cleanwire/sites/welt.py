"""WELT (welt.de), the news site of Die Welt.

The title is the one the breadcrumb prints last (and the page declares); the article header
then prints section and topic, a display headline, "Stand: 20:03 Uhr | Lesedauer: 4 Minuten",
the byline with the author's position, the lead image's credit ("Quelle: ...") and the
standfirst. Teaser lists ("Lesen Sie auch": topic + headline), ads and a podcast player sit
inside the story.
"""

from __future__ import annotations

from cleanwire.sitekit import Breadcrumb, Byline, Captions, Dateline, Item, Line, Links, TagList, XPath

from ._story import StorySite

_TEASER = Item(kicker=Line(r"^.{2,60}$", max_words=8))


class Welt(StorySite):
    name = "welt"
    site_name = "WELT"
    hosts = ("welt.de",)
    signatures = (r"^Der Kurz-Link dieses Artikels lautet: https://www\.welt\.de/", r"^WELT-photo Syndication$")
    timezone = "Europe/Berlin"
    lang = "de"

    drop = (
        Line(r"^(?:Anzeige|Seite drucken|\d+ Kommentare?|Podcast freigeben)$"),
        Line(r"^Um eingebettete Inhalte anzuzeigen, ist deine widerrufliche Einwilligung"),
        # The author's position under the byline: "Leitender Wirtschaftsredakteur".
        Line(r"^(?:\w+ )?\w*(?:[Rr]edakteur|[Kk]orrespondent|[Rr]eporter|[Aa]utor|[Kk]olumnist|[Cc]hef)\w*(?: \w+){0,3}$",
             max_words=5),
    )
    breadcrumb = Breadcrumb(first=Line(r"^Home$"), item=Line(r"^[^:.!?]{2,40}$", max_words=4), last=True,
                            html=XPath("//li[@data-qa='Breadcrumb.Item'][not(.//h1)]"))
    byline = (Byline(Line(r"^Von (?P<names>[A-ZÄÖÜ].{2,120})$", max_words=14)),)
    dateline = (Dateline(Line(r"^Stand: (?:(?P<date>\d{2}\.\d{2}\.\d{4})|(?P<time>\d{1,2}:\d{2}) Uhr) \| Lesedauer: ")),)
    evidence = ("published",)  # "Von ..." bylines are everywhere; the date line is WELT's
    caption = Captions(line=Line(r"^Quelle: .{2,120}$"))
    links = (
        Links(heading=Line(r"^Lesen Sie (?:auch|hier mehr .{2,40})$"), item=_TEASER, max_items=5),
        Links(heading=Line(r"^Advertorial$"), item=Item(title=Line(r"^.{2,120}$")), max_items=1, related=False),
        Links(heading=Line(r"^Hier können Sie unsere WELT-Podcasts hören$"), item=Item(title=Line(r".")),
              max_items=0, related=False),
    )
    end = (Line(r"^(?:Mehr aus dem Web|Neues aus der Redaktion|Auch interessant|Mehr zum Thema)$"),)
    tag_list = TagList(heading=Line(r"^Themen$"), item=Line(r"^[^.!?]{2,40}$", max_words=4))
    tail = (Line(r"^KOMMENTARE WERDEN GELADEN$"), Line(r"^Impressum$"))
