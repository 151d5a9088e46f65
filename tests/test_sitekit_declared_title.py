"""The headline pass finds the headline from a declared title that carries the site's name
("Title - Site" in a dump's header), as it does from HTML metadata, which has it stripped."""

from __future__ import annotations

from cleanwire.blocks import Why
from cleanwire.document import make_document
from cleanwire.sitekit import Byline, Line, Site
from cleanwire.sitekit.apply import explain_site

STORY = [
    "Die Inflation in Deutschland ist im Februar deutlich gesunken, wie das Statistische Bundesamt mitteilte.",
    "Vor allem Energie wurde billiger, während Lebensmittel teurer blieben als im Vorjahr und Dienstleistungen auch.",
]


class Suffixed(Site):
    name = "suffixed-test"
    site_name = "Beispiel Zeitung"
    byline = (Byline(Line(r"^Von (?P<names>[A-Z][\w .-]+)$", max_words=6)),)


def dump(header: str) -> str:
    lines = [f" date 2024-03-05  {header}", "Startseite", "Von Anna Schmidt", "Inflation sinkt deutlich", *STORY,
             "Impressum"]
    return "\n".join(lines) + "\n"


def test_headline_found_from_a_title_with_the_site_suffix():
    result = explain_site(Suffixed, make_document(dump("Inflation sinkt deutlich - Beispiel Zeitung")))
    assert result.article.title == "Inflation sinkt deutlich"
    assert "title: generic" not in result.notes
    headline = next(b for b in result.blocks if b.text == "Inflation sinkt deutlich")
    assert headline.reason.code is Why.HEADLINE and headline.reason.rule == "suffixed-test.headline"
    assert result.article.authors == ("Anna Schmidt",)


def test_a_suffix_that_is_not_the_site_name_is_not_stripped():
    result = explain_site(Suffixed, make_document(dump("Inflation sinkt deutlich - Teil 2")))
    headline = next(b for b in result.blocks if b.text == "Inflation sinkt deutlich")
    assert headline.reason.rule != "suffixed-test.headline"


def test_headline_found_when_only_the_quotes_differ():
    text = dump("A young lawyer's journey - Beispiel Zeitung")
    text = text.replace("Inflation sinkt deutlich", "A young lawyer’s journey")
    result = explain_site(Suffixed, make_document(text))
    assert result.article.title == "A young lawyer’s journey"
    headline = next(b for b in result.blocks if b.text == "A young lawyer’s journey")
    assert headline.reason.code is Why.HEADLINE and headline.reason.rule == "suffixed-test.headline"
