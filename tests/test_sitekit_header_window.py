"""where="header": a byline or dateline under a long teaser or caption is still found."""

from __future__ import annotations

from cleanwire.document import make_document
from cleanwire.sitekit import Byline, Dateline, Line, Site
from cleanwire.sitekit.apply import explain_site

STORY = [
    "Farmers in the south said it came too late for the maize, but would help the cattle through the winter.",
    "The weather service expects more rain over the weekend, with storms in the north and floods near the coast.",
]
HEADER = [" date 2024-03-05  Rain at last", "Rain at last",
          "Children play in the water on a flooded road in the capital on Tuesday afternoon after the first storm",
          "Anna Smith", "05/03/2024"]


def site(where: str) -> type[Site]:
    class Header(Site):
        name = f"header-test-{where}"
        timezone = "UTC"
        byline = (Byline(Line(r"^(?P<names>[A-Z]\w+ [A-Z]\w+)$"), where=where),)  # type: ignore[arg-type]
        dateline = (Dateline(Line(r"^(?P<date>\d{2}/\d{2}/\d{4})$"), where=where),)  # type: ignore[arg-type]
        start = Line(r"^\d{2}/\d{2}/\d{4}$")

    return Header


def test_top_stops_at_the_long_caption_header_does_not():
    text = "\n".join([*HEADER, *STORY]) + "\n"
    top = explain_site(site("top"), make_document(text))
    header = explain_site(site("header"), make_document(text))
    by_rule = {b.text: b.reason.rule for b in top.blocks}
    assert by_rule["Anna Smith"] != "header-test-top.byline"  # the caption ended the metadata block
    assert {b.text: b.reason.rule for b in header.blocks}["Anna Smith"] == "header-test-header.byline"
    assert header.article.authors == ("Anna Smith",)
    assert header.article.published.isoformat() == "2024-03-05T00:00:00+00:00"
    assert "published: generic" not in header.notes


def test_header_is_the_top_window_only():
    text = "\n".join([*HEADER[:3], *[f"Filler line number {n} of the header" for n in range(20)], *HEADER[3:], *STORY])
    header = explain_site(site("header"), make_document(text + "\n"))
    assert {b.text: b.reason.rule for b in header.blocks}["Anna Smith"] != "header-test-header.byline"


def test_header_without_a_headline_finds_nothing():
    # No line is the title: the bare-name rule must not take a menu item for a byline.
    text = "\n".join([" date 2024-03-05  Something else entirely", "Youth Central", "Energy Centre", *STORY])
    result = explain_site(site("header"), make_document(text + "\n"))
    assert not any(b.reason.rule == "header-test-header.byline" for b in result.blocks)


def test_a_header_rule_does_not_locate_the_headline():
    # The title is not printed: "top" rules would take the line over "Anna Smith" for the
    # headline; a header rule leaves the headline unfound and the page's first lines alone.
    text = "\n".join([" date 2024-03-05  Not printed", "Weather news today", "Anna Smith", *STORY])
    assert explain_site(site("top"), make_document(text + "\n")).article.title == "Weather news today"
    header = explain_site(site("header"), make_document(text + "\n"))
    assert not any(b.reason.rule == "header-test-header.headline" for b in header.blocks)
