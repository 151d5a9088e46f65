"""Site definitions 2.0 on a made-up German paper with two layouts, as dump and as HTML.

Every rule type, layout versions picked by anchors and by date, a page of a third, unknown
layout (generic, said so), pass order, field methods, the page and its dump agreeing, and the
site never doing worse than the generic path.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from cleanwire.blocks import Label, Why
from cleanwire.document import make_document
from cleanwire.fixtures import disagreements, invariants
from cleanwire.sitekit import (
    Breadcrumb, Byline, Captions, Context, Dateline, Item, Layout, Line, Links, Site, TagList, XPath,
)
from cleanwire.sitekit.apply import explain_site

STORY = [
    "Die Inflation in Deutschland ist im Februar deutlich gesunken, wie das Statistische Bundesamt mitteilte.",
    "Vor allem Energie wurde billiger, während Lebensmittel teurer blieben als im Vorjahr und Dienstleistungen auch.",
    "Ökonomen erwarten, dass die Europäische Zentralbank die Zinsen im Sommer senken wird, falls der Trend hält.",
    "Die Gewerkschaften fordern dennoch höhere Löhne, weil die Preise seit 2021 stark gestiegen sind und bleiben.",
]


class Beispiel(Site):
    name = "beispiel"
    site_name = "Beispiel Zeitung"
    hosts = ("beispiel-zeitung.de",)
    url_patterns = (r"^/\w+/.+-\d+\.html$",)
    signatures = (r"^Beispiel Zeitung$",)
    timezone = "Europe/Berlin"
    lang = "de"

    drop = (Line(r"^Beispiel Zeitung$"), Line(r"^(?:Teilen|Drucken|Merken)(?: (?:Teilen|Drucken|Merken))*$"))
    byline = (Byline(Line(r"^Von (?P<names>[A-ZÄÖÜ][\w .-]+(?:(?:,| und) [A-ZÄÖÜ][\w .-]+)*)$", max_words=8)),)
    caption = Captions(line=Line(r"^Foto: .{2,40} / .+$"))
    tail = (Line(r"^Impressum$"),)

    class V2023(Layout):
        valid_until = date(2024, 1, 31)
        anchors = (Line(r"^Lesen Sie auch$"), XPath("//div[@class='artikel-text']"))
        breadcrumb = Breadcrumb(first=Line(r"^Home$"), item=Line(r"^[A-ZÄÖÜ]\w+$"))
        dateline = (Dateline(Line(r"^Stand: (?P<time>\d{1,2}:\d{2}) Uhr$")),)
        tag_list = TagList(heading=Line(r"^Themen$"))
        links = (
            Links(heading=Line(r"^Lesen Sie auch$"), item=Item(kicker=Line(r"^\w+$"), extra=(Line(r"^Von .+$"),))),
            Links(heading=Line(r"^Mehr zum Thema$"), item=Item(kicker=Line(r"^\w+$"))),
        )
        container = XPath("//div[@class='artikel-text']")

    class V2024(V2023):
        valid_until = None
        anchors = (Line(r"^Auch interessant:$"), XPath("//section[@data-story]"))
        breadcrumb = Breadcrumb(line=Line(r"^Startseite › (?P<trail>.+)$"), separator="›")
        dateline = (Dateline(Line(r"^Stand: (?P<date>\d{2}\.\d{2}\.\d{4}, \d{1,2}:\d{2}) Uhr$")),)
        tag_list = TagList(line=Line(r"^Schlagwörter: (?P<tags>.+)$"), separator=",")
        links = (Links(heading=Line(r"^Auch interessant:$"), max_items=3),)
        container = XPath("//section[@data-story]")


def dump_2023() -> str:
    return "\n".join([
        " date 2023-06-05  Inflation sinkt deutlich", "Beispiel Zeitung", "Home", "Wirtschaft",
        "Von Anna Schmidt und Tom Berg", "Inflation sinkt deutlich", "Stand: 20:03 Uhr", "Teilen Drucken",
        STORY[0], STORY[1],
        "Lesen Sie auch", "Konjunktur", "Warum die Preise fallen", "Von Max Muster",
        "Lesen Sie auch", "Zinsen", "Was die EZB jetzt plant",
        "Foto: dpa / Die Zentrale der EZB in Frankfurt am Main",
        STORY[2], STORY[3],
        "Themen", "Inflation", "EZB", "Mehr zum Thema", "Zinsen", "EZB senkt den Leitzins", "Impressum",
        "Kontakt", "Datenschutz",
    ]) + "\n"


def dump_2024() -> str:
    return "\n".join([
        " date 2024-03-05  Inflation sinkt auf 2,5 Prozent", "Beispiel Zeitung",
        "Startseite › Wirtschaft › Konjunktur", "Inflation sinkt auf 2,5 Prozent", "Stand: 05.03.2024, 20:03 Uhr",
        "Von Anna Schmidt", STORY[0], STORY[1], "Auch interessant:", "EZB senkt den Leitzins",
        "Warum die Preise fallen", STORY[2], STORY[3], "Schlagwörter: Inflation, EZB, Löhne", "Impressum", "Kontakt",
    ]) + "\n"


def html_2024() -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY[:2])
    more = "".join(f"<p>{p}</p>" for p in STORY[2:])
    return f"""<!doctype html><html lang="de"><head><meta charset="utf-8">
<title>Inflation sinkt auf 2,5 Prozent | Beispiel Zeitung</title>
<meta property="og:title" content="Inflation sinkt auf 2,5 Prozent">
<meta property="article:published_time" content="2024-03-05T19:03:00Z">
</head><body><header><div>Beispiel Zeitung</div><nav><a href="/">Startseite</a></nav></header>
<main><p>Startseite › Wirtschaft › Konjunktur</p><h1>Inflation sinkt auf 2,5 Prozent</h1>
<p class="meta">Stand: 05.03.2024, 20:03 Uhr</p><p class="author">Von Anna Schmidt</p>
<section data-story="1">{paragraphs}<aside><p>Auch interessant:</p><ul><li><a href="/wirtschaft/ezb-1.html">EZB senkt den Leitzins</a></li>
<li><a href="/wirtschaft/preise-2.html">Warum die Preise fallen</a></li></ul></aside>{more}</section>
<p>Schlagwörter: Inflation, EZB, Löhne</p><footer><p>Impressum</p><p>Kontakt</p></footer></main></body></html>"""


def read(text: str, url: str | None = None):
    return explain_site(Beispiel, make_document(text, url=url))


def test_old_layout_every_rule():
    result = read(dump_2023())
    a = result.article
    assert result.version == "V2023" and "layout: V2023 (anchors)" in result.notes
    assert a.title == "Inflation sinkt deutlich"
    # The byline above the headline is found; the time-only dateline takes the header's day.
    assert a.authors == ("Anna Schmidt", "Tom Berg")
    assert a.published == datetime(2023, 6, 5, 20, 3, tzinfo=a.published.tzinfo)
    assert a.published.utcoffset() == timedelta(hours=2)
    assert a.section == ("Wirtschaft",)
    assert a.tags == ("Inflation", "EZB")
    assert a.paragraphs == tuple(STORY)
    assert a.captions == ("Foto: dpa / Die Zentrale der EZB in Frankfurt am Main",)
    # A teaser of kicker + headline + author: the headline is the link, the author is not.
    assert [(r.group, r.title) for r in a.related] == [
        ("Lesen Sie auch", "Warum die Preise fallen"), ("Lesen Sie auch", "Was die EZB jetzt plant"),
        ("Mehr zum Thema", "EZB senkt den Leitzins"),
    ]
    assert a.language == "de" and a.site == "Beispiel Zeitung" and a.extractor == "beispiel"
    assert not invariants(a)


def test_widget_heading_printed_twice_is_not_a_caption():
    """"Lesen Sie auch" appears twice; the links pass runs before the captions pass."""
    blocks = [b for b in read(dump_2023()).blocks if b.text == "Lesen Sie auch"]
    assert len(blocks) == 2 and all(b.reason.code is Why.WIDGET for b in blocks)
    assert all(b.reason.rule == "beispiel.V2023.links" for b in blocks)


def test_new_layout_is_a_minor_version():
    result = read(dump_2024())
    a = result.article
    assert result.version == "V2024"
    assert a.authors == ("Anna Schmidt",)  # the byline rule is the site's, shared by both versions
    assert a.published.isoformat() == "2024-03-05T20:03:00+01:00"
    assert a.section == ("Wirtschaft", "Konjunktur")
    assert a.tags == ("Inflation", "EZB", "Löhne")
    assert a.paragraphs == tuple(STORY)
    assert [r.title for r in a.related] == ["EZB senkt den Leitzins", "Warum die Preise fallen"]


def test_page_of_an_unknown_layout_falls_back_to_generic_and_says_so():
    text = dump_2024().replace("Auch interessant:", "Weitere Artikel")
    result = read(text)
    assert result.version is None and result.extractor == "beispiel"
    assert any("matched no known layout" in note for note in result.notes)
    assert result.article.site == "Beispiel Zeitung" and result.article.language == "de"
    assert STORY[0] in result.article.paragraphs


def test_html_and_dump_agree():
    html = read(html_2024(), url="https://www.beispiel-zeitung.de/wirtschaft/inflation-123.html")
    dump = read(dump_2024())
    assert html.version == "V2024"
    assert not disagreements(html.article, dump.article), disagreements(html.article, dump.article)
    # HTML related links carry their address.
    assert html.article.related[0].url == "https://www.beispiel-zeitung.de/wirtschaft/ezb-1.html"


def test_explain_names_rule_and_version_for_every_line():
    result = read(dump_2023())
    reasons = {b.text: b.reason for b in result.blocks}
    assert reasons["Von Anna Schmidt und Tom Berg"].code is Why.BYLINE
    assert reasons["Von Anna Schmidt und Tom Berg"].rule == "beispiel.V2023.byline"
    assert reasons["Teilen Drucken"].code is Why.RESIDUE
    assert reasons["Kontakt"].code is Why.TAIL
    assert all(b.line is not None for b in result.blocks)


def test_rules_that_find_no_story_leave_the_body_to_generic():
    class Empty(Site):
        name = "empty-test"
        site_name = "Empty"
        end = (Line(r"^Die Inflation"),)  # ends the story before it starts

    result = explain_site(Empty, make_document(dump_2024()))
    assert STORY[0] in result.article.paragraphs
    assert any("generic" in note for note in result.notes)


def test_a_field_method_overrides_and_none_falls_back():
    class Titled(Beispiel):
        name = "titled-test"

        def title(self, ctx: Context) -> str | None:
            return ctx.meta_title.upper() if ctx.meta_title else None

        def authors(self, ctx: Context) -> tuple[str, ...] | None:
            return None  # leave it to the generic path

    a = explain_site(Titled, make_document(dump_2024())).article
    assert a.title == "INFLATION SINKT AUF 2,5 PROZENT"
    assert Titled.layouts()[-1].rule_name == "titled-test.V2024"


def test_version_by_date_when_anchors_do_not_apply():
    class Dated(Site):
        name = "dated-test"

        class Old(Layout):
            valid_until = date(2020, 1, 1)
            anchors = (XPath("//div[@id='old']"),)

        class New(Old):
            valid_until = None
            anchors = (XPath("//div[@id='new']"),)

    ctx = Context.read(make_document(dump_2024()), None)
    from cleanwire.sitekit.definition import choose_layout

    layout, how = choose_layout(Dated, ctx)
    assert layout is not None and layout.rule_name == "dated-test.New" and how == "date"


def test_url_patterns_and_signatures_route():
    assert Beispiel.matches_url("https://www.beispiel-zeitung.de/wirtschaft/inflation-123.html")
    assert not Beispiel.matches_url("https://www.beispiel-zeitung.de/abo/")
    assert not Beispiel.matches_url("https://beispiel-zeitung.de.evil.example/wirtschaft/a-1.html")
    assert Beispiel.matches_dump(make_document(dump_2024()))


def test_labels_are_typed():
    result = read(dump_2023())
    body = [b for b in result.blocks if b.label is Label.BODY]
    assert [b.text for b in body] == STORY and all(b.reason.code is Why.STORY for b in body)


def test_a_generic_edge_keeps_only_what_the_generic_path_calls_story():
    """The end anchor is gone (the footer changed): the end comes from the generic path, and
    inside the span only lines the generic path calls story are kept, so the site reads such a
    page no worse than the generic path would."""
    lines = dump_2024().split("\n")
    cut = lines.index("Schlagwörter: Inflation, EZB, Löhne")
    lines[cut:] = ["Jetzt den Newsletter abonnieren und nichts verpassen", "Kontakt", "Datenschutz", ""]
    result = read("\n".join(lines))
    assert "story end: generic (no end anchor found)" in result.notes
    assert result.article.paragraphs == tuple(STORY)


class OneLine(Site):
    """A paper that prints byline and date on one line and an image's alt text above its caption."""

    name = "oneline-test"
    timezone = "Europe/Berlin"
    # A confirmed layout: the rules below are read as they are, not checked against the
    # generic path (which drops the alt text the plain variant keeps).
    anchors = (Line(r"\d{2}\.\d{2}\.\d{4}, \d{1,2}:\d{2} Uhr$"),)
    byline = (Byline(Line(r"^Von (?P<names>[A-ZÄÖÜ][\w .-]+?) \d"), where="top"),)
    dateline = (Dateline(Line(r"(?P<date>\d{2}\.\d{2}\.\d{4}, \d{1,2}:\d{2}) Uhr$"), on_byline=True),)
    caption = Captions(line=Line(r" © .+$"), alt=True)


def test_byline_and_dateline_on_one_line():
    text = "\n".join([" date 2024-03-05  Inflation sinkt", "Inflation sinkt", "Von Anna Schmidt 05.03.2024, 20:03 Uhr",
                      "Die EZB in Frankfurt", "Die EZB in Frankfurt am Main. © dpa", *STORY]) + "\n"
    result = explain_site(OneLine, make_document(text))
    a = result.article
    assert a.authors == ("Anna Schmidt",)
    assert a.published.isoformat() == "2024-03-05T20:03:00+01:00"
    # The alt text above the caption is neither body nor a second caption.
    assert a.paragraphs == tuple(STORY) and a.captions == ("Die EZB in Frankfurt am Main. © dpa",)
    reasons = {b.text: b.reason for b in result.blocks}
    assert reasons["Die EZB in Frankfurt"].code is Why.CAPTION_AGAIN

    class Plain(OneLine):
        name = "plain-test"
        dateline = (Dateline(Line(r"(?P<date>\d{2}\.\d{2}\.\d{4}, \d{1,2}:\d{2}) Uhr$")),)
        caption = Captions(line=Line(r" © .+$"))

    plain = explain_site(Plain, make_document(text))
    # Without the options the site finds no date (the generic path does) and the alt text
    # stays in the story.
    assert "published: generic" in plain.notes and "published: generic" not in result.notes
    assert "Die EZB in Frankfurt" in plain.article.paragraphs


def test_standfirst_above_the_byline_and_breadcrumb_under_a_menu():
    class Modern(Site):
        name = "modern-test"
        timezone = "Europe/Berlin"
        top_prose = 1
        breadcrumb = Breadcrumb(first=Line(r"^Home$"), item=Line(r"^\w+$"), last=True)
        byline = (Byline(Line(r"^Von (?P<names>[A-ZÄÖÜ][\w .-]+)$", max_words=6)),)
        dateline = (Dateline(Line(r"^(?P<date>\d{2}\.\d{2}\.\d{4}, \d{1,2}:\d{2}) Uhr$")),)

    standfirst = "Berlin. Die Inflation sinkt, und das hat Folgen für alle, die sparen, leihen oder bauen wollen."
    text = "\n".join([" date 2024-03-05  Inflation sinkt", "Home", "Politik", "Sport", "Home", "Wirtschaft",
                      "Inflation sinkt", standfirst, "Von Anna Schmidt", "05.03.2024, 20:03 Uhr", *STORY]) + "\n"
    result = explain_site(Modern, make_document(text))
    a = result.article
    # The byline and date under the standfirst are found; the standfirst stays in the story.
    assert a.authors == ("Anna Schmidt",) and a.published.isoformat() == "2024-03-05T20:03:00+01:00"
    assert a.paragraphs == (standfirst, *STORY)
    # The breadcrumb is the "Home" run above the headline, not the menu's.
    assert a.section == ("Wirtschaft",)

    class Plain(Modern):
        name = "plain-modern-test"
        top_prose = 0
        breadcrumb = Breadcrumb(first=Line(r"^Home$"), item=Line(r"^\w+$"))

    plain = explain_site(Plain, make_document(text))
    assert "authors: generic" in plain.notes or plain.article.authors != a.authors
    assert plain.article.section[:2] == ("Politik", "Sport")  # the menu, without `last`


def test_time_group_completes_a_dotted_date():
    class Dotted(Site):
        name = "dotted-test"
        timezone = "Europe/Berlin"
        dateline = (Dateline(Line(r"^(?P<date>\d{2}\.\d{2}\.\d{4})(?:-| \| )(?P<time>\d{1,2}:\d{2})(?: Uhr)?$")),)

    for printed in ("28.04.2023-19:20", "28.04.2023 | 19:20 Uhr"):
        text = "\n".join([" date 2023-04-28  Inflation sinkt", "Inflation sinkt", printed, *STORY]) + "\n"
        a = explain_site(Dotted, make_document(text)).article
        assert a.published.isoformat() == "2023-04-28T19:20:00+02:00", printed


def test_a_page_whose_story_is_only_embedded_gets_the_generic_article():
    """No visible text, the story in JSON-LD: the generic path reads it; the site's rules have
    no lines to work on and must not take the generic blocks for the page's lines."""
    body = " ".join(STORY * 3)
    page = f"""<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Inflation sinkt</title>
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "Inflation sinkt", "articleBody": "{body}"}}</script></head><body><div id="app"></div></body></html>"""
    class Plain(Site):
        name = "plain-embedded-test"
        byline = (Byline(Line(r"^Von (?P<names>[A-ZÄÖÜ][\w .-]+)$", max_words=6)),)

    result = explain_site(Plain, make_document(page, url="https://www.beispiel-zeitung.de/wirtschaft/a-1.html"))
    assert result.article.body.startswith(STORY[0])
