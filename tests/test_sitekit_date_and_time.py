"""A dateline with a ``date`` and a ``time`` group: the time completes a date printed apart."""

from __future__ import annotations

from cleanwire.document import make_document
from cleanwire.sitekit import Dateline, Line, Site
from cleanwire.sitekit.apply import explain_site

STORY = [
    "Die Inflation in Deutschland ist im Februar deutlich gesunken, wie das Statistische Bundesamt mitteilte.",
    "Vor allem Energie wurde billiger, während Lebensmittel teurer blieben als im Vorjahr und Dienstleistungen auch.",
]


class Split(Site):
    name = "split-date-test"
    timezone = "Europe/Paris"
    dateline = (Dateline(Line(r"^Publié le (?P<date>\d{2}/\d{2}/\d{4}) - (?P<time>\d{1,2}:\d{2})$")),)


def read(dateline: str):
    title = "Un titre sans importance"
    text = "\n".join([f" date 2024-04-30  {title}", title, dateline, *STORY]) + "\n"
    return explain_site(Split, make_document(text))


def test_time_group_completes_the_date():
    result = read("Publié le 30/04/2024 - 16:38")
    assert result.article.published.isoformat() == "2024-04-30T16:38:00+02:00"
    assert "published: generic" not in result.notes


def test_time_group_completes_a_dotted_date():
    class Dotted(Split):
        name = "dotted-date-test"
        dateline = (Dateline(Line(r"^(?P<date>\d{2}\.\d{2}\.\d{4}) - (?P<time>\d{1,2}:\d{2})$")),)

    title = "Un titre sans importance"
    text = "\n".join([f" date 2024-04-30  {title}", title, "30.04.2024 - 16:48", *STORY]) + "\n"
    assert explain_site(Dotted, make_document(text)).article.published.isoformat() == "2024-04-30T16:48:00+02:00"


def test_impossible_time_keeps_the_day():
    result = read("Publié le 30/04/2024 - 26:38")
    assert result.article.published.isoformat() == "2024-04-30T00:00:00+02:00"
