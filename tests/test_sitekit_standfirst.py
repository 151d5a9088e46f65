"""A standfirst printed between the headline and the byline opens the body, in a dump (by its
place) and on a page (by its element), and the byline under it is still found."""

from __future__ import annotations

from cleanwire.blocks import Why
from cleanwire.document import make_document
from cleanwire.fixtures import disagreements
from cleanwire.sitekit import Byline, Dateline, Line, Site, Standfirst, XPath
from cleanwire.sitekit.apply import explain_site

TEASER = "The first rain in four months fell over the capital on Tuesday, and the dams are filling again"
STORY = [
    "Farmers in the south said it came too late for the maize, but would help the cattle through the winter.",
    "The weather service expects more rain over the weekend, with storms in the north and floods near the coast.",
]


class Teasing(Site):
    name = "teasing-test"
    timezone = "UTC"
    lang = "en"
    standfirst = Standfirst(line=XPath("//p[@class='teaser']"), after_headline=True)
    byline = (Byline(Line(r"^By (?P<names>[A-Z][\w ]+)$", max_words=6)),)
    dateline = (Dateline(Line(r"^Published (?P<date>\w+ \d{1,2}, \d{4})$")),)


DUMP = "\n".join([" date 2024-03-05  Rain at last", "Home", "Rain at last", TEASER, "By Anna Smith",
                  "Published March 5, 2024", *STORY, "Comments"]) + "\n"
PAGE = f"""<!doctype html><html><head><title>Rain at last</title></head><body><h1>Rain at last</h1>
<p class="teaser">{TEASER}</p><div class="meta"><p>By Anna Smith</p><p>Published March 5, 2024</p></div>
<article>{''.join(f'<p>{p}</p>' for p in STORY)}</article><footer><p>Comments</p></footer></body></html>"""


def test_standfirst_opens_the_body_and_the_byline_under_it_is_found():
    result = explain_site(Teasing, make_document(DUMP))
    a = result.article
    assert a.paragraphs == (TEASER, *STORY)
    assert a.authors == ("Anna Smith",) and a.published.isoformat() == "2024-03-05T00:00:00+00:00"
    teaser = next(b for b in result.blocks if b.text == TEASER)
    assert teaser.reason.code is Why.STANDFIRST and teaser.reason.rule == "teasing-test.standfirst"


def test_page_and_dump_agree():
    html = explain_site(Teasing, make_document(PAGE, url="https://example.com/rain"))
    dump = explain_site(Teasing, make_document(DUMP))
    assert html.article.paragraphs[0] == TEASER
    assert not disagreements(html.article, dump.article)


def test_skip_passes_over_a_kicker():
    text = DUMP.replace(TEASER, f"Weather\n{TEASER}")

    class Kicker(Teasing):
        name = "kicker-test"
        standfirst = Standfirst(after_headline=True, skip=1)

    kicked = explain_site(Kicker, make_document(text))
    assert kicked.article.paragraphs[0] == TEASER
    assert {b.text: b.reason.code for b in kicked.blocks}["Weather"] is Why.KICKER
    without = explain_site(Teasing, make_document(text))  # skip=0: the kicker is no standfirst, nor what follows
    assert {b.text: b.reason.code for b in without.blocks}[TEASER] is not Why.STANDFIRST


def test_the_headline_printed_again_is_passed_over():
    text = DUMP.replace(TEASER, f"Rain at last\n{TEASER}")
    result = explain_site(Teasing, make_document(text))
    assert result.article.paragraphs == (TEASER, *STORY)


def test_a_short_line_under_the_headline_is_no_standfirst():
    text = DUMP.replace(TEASER, "Weather")
    a = explain_site(Teasing, make_document(text)).article
    assert "Weather" not in a.paragraphs and a.paragraphs[0] == STORY[0]
