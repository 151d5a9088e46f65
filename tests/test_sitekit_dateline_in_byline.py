"""Dateline(in_byline=True): one line credits the writer and dates the story."""

from __future__ import annotations

from cleanwire.blocks import Why
from cleanwire.document import make_document
from cleanwire.sitekit import Byline, Dateline, Line, Site
from cleanwire.sitekit.apply import explain_site

STORY = [
    "Farmers in the south said it came too late for the maize, but would help the cattle through the winter.",
    "The weather service expects more rain over the weekend, with storms in the north and floods near the coast.",
]
CREDIT = "Anna Smith / DAILY TIMES / Sep 2, 2024, 17:07 IST"
DUMP = "\n".join([" date 2024-09-02  Rain at last", "Rain at last", CREDIT, *STORY]) + "\n"


def site(in_byline: bool) -> type[Site]:
    class OneLine(Site):
        name = f"one-line-test-{in_byline}"
        byline = (Byline(Line(r"^(?P<names>[^/]+?) / DAILY TIMES /")),)
        dateline = (Dateline(Line(r"/ (?P<date>\w{3} \d{1,2}, \d{4}, \d{1,2}:\d{2} IST)$"), in_byline=in_byline),)

    return OneLine


def test_the_byline_line_gives_the_date_too():
    result = explain_site(site(True), make_document(DUMP))
    assert result.article.authors == ("Anna Smith",)
    assert result.article.published.isoformat() == "2024-09-02T17:07:00+05:30"
    assert "published: generic" not in result.notes
    assert {b.text: b.reason.code for b in result.blocks}[CREDIT] is Why.BYLINE


def test_without_in_byline_the_line_is_the_bylines_alone():
    result = explain_site(site(False), make_document(DUMP))
    assert "published: generic" in result.notes
