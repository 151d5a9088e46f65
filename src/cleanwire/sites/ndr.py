"""NDR (ndr.de), Norddeutscher Rundfunk: the news pages of the public broadcaster of the north."""

from cleanwire.sitekit import Breadcrumb, Byline, Dateline, Item, Line, Links, Site, TagList, XPath, has_class

# A teaser of a related story ends in its "mehr" link.
_TEASER_TEXT = Line(r"\bmehr$")


class NDR(Site):
    name = "ndr"
    site_name = "NDR"
    hosts = ("ndr.de",)
    signatures = (r"^© Norddeutscher Rundfunk$",)
    timezone = "Europe/Berlin"
    lang = "de"
    # The layout: its dateline "Stand: 28.04.2023 16:11 Uhr" under the headline.
    # A page without it (the site changed its markup) is read by the generic path.
    anchors = (Line(r"^Stand: \d{2}\.\d{2}\.\d{4},? \d{1,2}:\d{2} Uhr$"),)

    # The news pages carry their region as the sub-navigation's title, alone on its line.
    breadcrumb = Breadcrumb(line=Line(r"^(?P<trail>Niedersachsen|Schleswig-Holstein|Mecklenburg-Vorpommern|Hamburg)$"))
    # "Stand: 28.04.2023 16:11 Uhr" under the headline.
    dateline = (Dateline(Line(r"^Stand: (?P<date>\d{2}\.\d{2}\.\d{4},? \d{1,2}:\d{2}) Uhr$")),)
    # "von Oliver Kring" stands between the standfirst and the story, below the top block.
    byline = (Byline(Line(r"^[Vv]on (?P<names>[A-ZÄÖÜ][\w.'-]+(?: [\w.'-]+){0,3}"
                          r"(?:(?:,| und) [A-ZÄÖÜ][\w.'-]+(?: [\w.'-]+){0,3})*)$", max_words=12), where="any"),)
    # The article module: headline, standfirst and story; boxes inside it are lifted out below.
    container = XPath(f"//article//div[{has_class('copytext')}]")
    links = (
        # "Weitere Informationen" boxes: headline + teaser text ending in "mehr".
        Links(heading=Line(r"^Weitere Informationen$"), item=Item(extra=(_TEASER_TEXT,))),
        # The regional list after the article: "Nachrichten aus Schleswig-Holstein".
        Links(heading=Line(r"^Nachrichten aus [\w -]+$"), item=Item(extra=(_TEASER_TEXT,)), ends_story=True),
    )
    end = (
        Line(r"^Zur Startseite: "),
        Line(r"^Dieses Thema im Programm:$"),
    )
    tag_list = TagList(heading=Line(r"^Schlagwörter zu diesem Artikel$"))
    tail = (
        Line(r"^Dieser Artikel wurde ausgedruckt unter der Adresse: "),
        Line(r"^© Norddeutscher Rundfunk$"),
    )
