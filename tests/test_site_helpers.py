"""The StorySite base (cleanwire.sites._story) and the URL and link-list helpers of
cleanwire.sitekit.helpers, on made-up pages."""

from __future__ import annotations

import re

from cleanwire.document import make_document
from cleanwire.sitekit import Byline, Context, Dateline, Line
from cleanwire.sitekit.apply import explain_site
from cleanwire.sitekit.helpers import mark_link_lists, slug, url_slug
from cleanwire.sites._story import StorySite

STORY = [
    "Die Inflation in Deutschland ist im Februar deutlich gesunken, wie das Statistische Bundesamt mitteilte.",
    "Vor allem Energie wurde billiger, während Lebensmittel teurer blieben als im Vorjahr und Dienstleistungen auch.",
    "Ökonomen erwarten, dass die Europäische Zentralbank die Zinsen im Sommer senken wird, falls der Trend hält.",
]


class Paper(StorySite):
    name = "paper-test"
    timezone = "Europe/Berlin"
    byline = (Byline(Line(r"^Von (?P<names>[A-ZÄÖÜ][\w .-]+)$", max_words=6)),)
    dateline = (Dateline(Line(r"^Stand: (?P<date>\d{2}\.\d{2}\.\d{4}, \d{1,2}:\d{2}) Uhr$")),)
    end = (Line(r"^Mehr zum Thema$"),)
    passes = ("drop", "headline", "byline", "dateline", "story", "tail", "links", "lists", "captions", "body")

    def pass_lists(self, ctx: Context) -> None:
        mark_link_lists(ctx, self, min_items=2, shape=re.compile(r"\S: "), most=1.0)


def dump(*lines: str) -> str:
    return "\n".join([" date 2024-03-05  Inflation sinkt", "Startseite", "Inflation sinkt", *lines]) + "\n"


def test_the_site_reads_its_own_layout():
    text = dump("Von Anna Schmidt", "Stand: 05.03.2024, 20:03 Uhr", STORY[0], "Konjunktur: Warum die Preise fallen",
                "Zinsen: Was die EZB jetzt plant", STORY[1], STORY[2], "Mehr zum Thema", "Impressum")
    result = explain_site(Paper, make_document(text))
    assert result.article.paragraphs == tuple(STORY)
    assert [r.title for r in result.article.related] == ["Konjunktur: Warum die Preise fallen",
                                                         "Zinsen: Was die EZB jetzt plant"]
    assert not any(note.startswith("body: generic") for note in result.notes)


def test_a_page_without_the_site_s_byline_or_date_gets_the_generic_body():
    text = dump(*STORY, "Mehr zum Thema", "Impressum")
    result = explain_site(Paper, make_document(text))
    assert any(note.startswith("body: generic (the site's rules found no") for note in result.notes)


def test_a_story_edge_from_the_generic_path_gives_the_generic_body():
    text = dump("Von Anna Schmidt", "Stand: 05.03.2024, 20:03 Uhr", *STORY, "Impressum")  # no end anchor
    result = explain_site(Paper, make_document(text))
    assert "body: generic (the site's rules did not find both edges of the story)" in result.notes
    assert result.article.authors == ("Anna Schmidt",)  # the other fields stay the site's


def test_slugs_and_titles():
    assert slug("Die Schweiz ist ein großer Tummelplatz für Spione") == "die-schweiz-ist-ein-grosser-tummelplatz-fuer-spione"
    assert url_slug("https://www.faz.net/aktuell/die-schweiz-ist-ein-tummelplatz-19655247.html") == \
        "die-schweiz-ist-ein-tummelplatz"
    assert url_slug("https://taz.de/Entwurf/!5928990/") is None
