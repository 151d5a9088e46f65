"""The generic dump path on the failure modes of issue 11: bylines and headlines in many
languages, the story's edges (standfirst, inserts, repeats), footer lines, dates, CJK text."""

from __future__ import annotations

import pytest

import cleanwire
from cleanwire.blocks import Label, Why
from cleanwire.lexicon.credits import credits
from cleanwire.lexicon.dates import parse_date

NAV = ["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Abo", ""]
STORY = [
    "Die Stadtverwaltung hat am Montag einen neuen Plan für den Ausbau der Radwege vorgestellt, der in den "
    "kommenden fünf Jahren umgesetzt werden soll und mehrere Millionen Euro kosten wird.",
    "Nach Angaben der Verwaltung sollen vor allem die Verbindungen zwischen den Vororten und der Innenstadt "
    "verbessert werden, weil dort die meisten Unfälle mit Radfahrern gezählt wurden.",
    "Die Opposition im Stadtrat begrüßte den Plan grundsätzlich, kritisierte aber, dass die Finanzierung "
    "für die späteren Jahre noch nicht gesichert sei und Details fehlten.",
    "Eine erste Bürgerversammlung zu dem Vorhaben ist für den kommenden Monat geplant, bei der Anwohner "
    "ihre Fragen und Vorschläge direkt an die Planer richten können.",
]
FOOTER = ["", "Impressum", "Datenschutz", "© 2024 Beispiel Medien GmbH. Alle Rechte vorbehalten."]
TITLE = "Stadt plant neue Radwege für fünf Millionen Euro"


def _dump(head: list[str], story: list[str] = STORY, header: str | None = TITLE, tail: list[str] = FOOTER) -> str:
    lines = ([f" date 2024-05-03  {header}"] if header else []) + NAV + head + [""]
    for paragraph in story:
        lines += [paragraph, ""]
    return "\n".join(lines + tail)


def _article(head: list[str], url: str | None = "https://www.beispiel-zeitung.de/a/1", **kw) -> cleanwire.Article:
    return cleanwire.extract(_dump(head, **kw), url=url, site="generic")


@pytest.mark.parametrize(
    ("head", "authors"),
    [
        # A prefix alone on its line, the names on the lines after it (each printed twice).
        ([TITLE, "Von", "Jasper Riemann", "Jasper Riemann", "Barbara Schneider"], ("Jasper Riemann", "Barbara Schneider")),
        # Writers and the agency credited beside them.
        ([TITLE, "Von Felix Schröder und Jörg Soldwisch, dpa"], ("Felix Schröder", "Jörg Soldwisch", "dpa")),
        # A place after the name and agency material after "mit" are no authors.
        ([TITLE, "Von Johannes Ritter, Zürich", "17.04.2024, 12:24"], ("Johannes Ritter",)),
        ([TITLE, "Von Diana Resnik mit AP"], ("Diana Resnik",)),
        # A genre before the prefix, a role after the name.
        ([TITLE, "Kolumne von Lars Brunckhorst"], ("Lars Brunckhorst",)),
        ([TITLE, "Von Hannah Ritzmann, Redakteurin für Finanzen"], ("Hannah Ritzmann",)),
        ([TITLE, "Thabo Mokone Parliamentary editor", "21 May 2025 - 14:19"], ("Thabo Mokone",)),
        # Other languages' prefixes.
        ([TITLE, "Par Denis Loctier", "Publié le 30/04/2024 - 16:00"], ("Denis Loctier",)),
        ([TITLE, "Por Marta Cañete"], ("Marta Cañete",)),
        ([TITLE, "Af Mette Frederiksen Holm"], ("Mette Frederiksen Holm",)),
        # Names without a prefix next to the dateline, a name glued to a reading time.
        ([TITLE, "Radek Nohl", "08.04.2025 05:00"], ("Radek Nohl",)),
        ([TITLE, "Kyle Wiggers 7 hours"], ("Kyle Wiggers",)),
        # Above the headline.
        (["Sehernur Karsu | 05.04.2025 - Güncelleme : 05.04.2025", TITLE], ("Sehernur Karsu",)),
        # No person credited: the organisation is the author.
        ([TITLE, "By Associated Press", "12:20pm Jan 7, 2024"], ("Associated Press",)),
        ([TITLE, "AFP", "28.04.2023 | 17:52 Uhr"], ("AFP",)),
        ([TITLE, "Associated PressApril 28, 2023 GMT"], ("Associated Press",)),
        # Names alone over a dateline, above the kicker and the headline.
        (["Sidney Marx", "Sidney Marx", "2. Mai 2024 - 16.03 Uhr", "Akt.: 3. Mai 2024 - 21.18 Uhr", "Nationale Demo",
          TITLE, "Paula Quint, Gewerkschaftsvorsitzende"], ("Sidney Marx",)),
        # A label that names both genders needs no colon.
        ([TITLE, "Autorin/Autor Jana Petrenko"], ("Jana Petrenko",)),
        # An agency under an "updated" dateline, a share button under it.
        ([TITLE, "Son Güncelleme : 03.05.2024 - 16:49", "Nachrichten - Anadolu Ajansı", "Paylaş"], ("Anadolu Ajansı",)),
    ],
)
def test_bylines(head, authors):
    assert _article(head).authors == authors


def test_a_menu_of_capitalised_words_is_no_byline():
    head = ["Meine Gemeinde", "Mein Abo", "Big Interview", "Mehr", TITLE]
    assert _article(head).authors == ()


def test_the_site_is_an_author_only_when_printed_as_the_byline():
    url = "https://www.landesspiegel.li/a/1"
    assert _article([TITLE, "von Landesspiegel 30. Juni 2025"], url=url).authors == ("Landesspiegel",)
    assert _article([TITLE, "Landesspiegel", "30. Juni 2025"], url=url).authors == ()


def test_a_korean_reporter_suffix_closes_the_story():
    story = STORY + ["순천, 광양 구현모 기자 ninek@hankookilbo.com"]
    assert _article([TITLE], story=story).authors == ("구현모",)


@pytest.mark.parametrize("url", ["https://www.beispiel-zeitung.de/a/stadt-plant-neue-radwege-fuer-fuenf-millionen-euro-1.html", None])
def test_the_byline_under_the_first_copy_of_a_headline_printed_twice(url):
    # A header (headline, standfirst, dateline, writer, photo) and the headline printed again
    # over the story: the writer is named under the first copy only, far above the story.
    caption = "Ein Radweg in der Innenstadt: Die Stadt will mehr davon."
    head = [TITLE, "Die Verwaltung will die Vororte besser anbinden.", "Frankfurt, 23.10.2024, 15:48 Uhr",
            "Dieter Kuckelkorn", caption, caption, caption, "Foto: dpa", "", TITLE, "", "Verkehr", "", TITLE,
            "Die Verwaltung will die Vororte besser anbinden und zahlt dafür.", "kuk Frankfurt"]
    assert _article(head, url=url, header=None).authors == ("Dieter Kuckelkorn",)


def test_without_header_or_url_a_headline_printed_again_over_its_deck_wins_over_the_deck():
    # The headline with standfirst, dateline and writer over the photo, then again with its deck
    # (no sentence end: headline-shaped too) over the story.
    deck = "Vororte besser angebunden – Innenstadt entlastet – Finanzierung offen"
    head = ["Verkehr", TITLE, "", "Die Stadt will die Vororte besser anbinden.", "Frankfurt, 23.10.2024", "Ann Meier",
            "Ein Radweg in der Innenstadt: Die Stadt will mehr.", "Foto: dpa", "", TITLE, "", "Verkehrswende", "",
            TITLE, "", deck, "", "kuk Frankfurt"]
    article = _article(head, url=None, header=None)
    assert (article.title, article.authors) == (TITLE, ("Ann Meier",))


def test_a_wire_credit_closing_the_story_names_the_writers_not_the_editor():
    story = [*STORY, "Reporting by Gopal Sharma in Kathmandu and Bo Park; Writing by Cy Doe; Editing by Ann Lee"]
    assert _article([TITLE], story=story).authors == ("Gopal Sharma", "Bo Park", "Cy Doe")
    # A sentence opening with "By" is no byline.
    story = [*STORY, "By the end of the year, the city wants the first lanes open to riders from every part of town."]
    assert _article([TITLE], story=story).authors == ()


def test_a_caption_with_a_name_is_no_byline():
    head = [TITLE, "Friedrich Merz", "Foto: REUTERS/Nadja Wohlleben", "Piotr Jendroszczyk"]
    assert _article(head).authors == ("Piotr Jendroszczyk",)


def test_the_printed_headline_wins_over_a_different_header_title():
    header = "Radwege: Stadt will Millionen investieren – das ist geplant"
    head = [header, "Verkehrswende", TITLE, "Von Ann Meier"]
    assert _article(head, header=header).title == TITLE


def test_an_seo_header_printed_nowhere_gives_way_to_the_headline_the_url_spells():
    # The header says something else entirely and is printed nowhere; the headline sits under
    # the breadcrumb, a box of other stories between it and the story.
    header = "Acht Jahre Planung: Warum Pendler bald schneller fahren"
    teasers = ["Schlagzeilen", "Moderatorin verlässt Sendung", "Wende im Mordfall", "Ex-Star an Krebs erkrankt",
               "Baby-Glück bei Samuel Koch", "Neues Gerät vorgestellt", "Sportler stirbt in der Schweiz",
               "Außenseiter schockt Favoriten", "Kommunen warnen vor Glätte", "Kältewelle trifft Urlaubsinsel",
               "Alle Schlagzeilen anzeigen", "Anzeige", "Radwege für alle", "Von Ann Meier", "Artikel teilen"]
    head = ["Home Politik Verkehr", TITLE, *teasers]
    url = "https://www.beispiel-zeitung.de/a/id_1234/stadt-plant-neue-radwege-fuer-fuenf-millionen-euro.html"
    assert _article(head, url=url, header=header).title == TITLE
    # Without the URL nothing says which line is the headline: the header stays.
    assert _article(head, url=None, header=header).title == header


def test_a_kicker_and_a_site_suffix_are_no_part_of_the_title():
    head = ["Verkehr: " + TITLE]  # kicker glued to the printed headline
    assert _article(head, header=TITLE + " | Beispiel Zeitung").title == TITLE
    assert _article([TITLE], header=TITLE + "｜日刊ゲンダイDIGITAL", tail=FOOTER + ["日刊ゲンダイDIGITAL"]).title == TITLE


def test_a_kicker_line_over_the_headline_is_no_title():
    head = ["Verkehrswende", TITLE, "Von Ann Meier"]
    assert _article(head, header=None).title == TITLE


def test_the_standfirst_under_the_headline_is_the_story():
    standfirst = "Die Stadt will mehr Menschen aufs Rad bringen. Doch wer soll das bezahlen? Ein Überblick."
    explanation = cleanwire.explain(_dump([TITLE, standfirst, "Von Ann Meier", "03.05.2024, 16:24 Uhr"]), site="generic")
    assert explanation.article.paragraphs[0] == standfirst
    reasons = {b.text: b.reason.code for b in explanation.blocks}
    assert reasons[standfirst] in (Why.STANDFIRST, Why.STORY)


@pytest.mark.parametrize(
    "insert",
    ["Lesen Sie auch: Neue Ampeln für die Innenstadt", "Read more: Council approves the new budget",
     "Anzeige", "Don't want to see this? Remove ads",
     "Bitte akzeptieren Sie Cookies, um diesen Inhalt von YouTube zu sehen."],
)
def test_inserts_inside_the_story_are_dropped_and_the_story_goes_on(insert):
    story = STORY[:2] + [insert] + STORY[2:]
    article = _article([TITLE], story=story)
    assert insert not in article.paragraphs
    assert article.paragraphs[-1] == STORY[-1]


def test_a_paragraph_printed_twice_is_the_story_once():
    story = STORY + STORY[:2]
    article = _article([TITLE], story=story)
    assert article.paragraphs.count(STORY[0]) == 1
    assert article.paragraphs[-1] == STORY[-1]


def test_footer_lines_are_no_captions():
    story = STORY[:2] + ["© 2024 Beispiel Medien GmbH. Alle Rechte vorbehalten.", "Impressum"] + STORY[2:]
    explanation = cleanwire.explain(_dump([TITLE], story=story), site="generic")
    assert explanation.article.captions == ()
    labels = {b.text: b.label for b in explanation.blocks}
    assert labels["Impressum"] is not Label.CAPTION


def test_a_credit_closing_a_caption_marks_it():
    caption = "Die neue Radbrücke über den Fluss soll im Herbst fertig sein. Foto: Alexander Daleiden"
    story = STORY[:2] + [caption] + STORY[2:]
    article = _article([TITLE], story=story)
    assert caption not in article.paragraphs and caption in article.captions


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("torsdag 09. mai 2024 - 13:26", "2024-05-09T13:26"),
        ("Publikacja: 2 lutego 2025, 21:52", "2025-02-02T21:52"),
        ("Aktualizováno 8. dubna 2025", "2025-04-08T00:00"),
        ("5 Nisan 2025 10:00", "2025-04-05T10:00"),
        ("Publicerad 8 januari 2026 kl. 14.14", "2026-01-08T00:00"),
        ("2025년 5월 15일 20:00", "2025-05-15T20:00"),
        ("2024年4月28日 14:26", "2024-04-28T14:26"),
        ("13/01/2025 10:22", "2025-01-13T10:22"),
    ],
)
def test_dates_in_many_languages_and_orders(text, day):
    found = parse_date(text, "Europe/Berlin")
    assert found is not None and found.isoformat().startswith(day)


def test_a_dateline_in_the_page_beats_the_header_date():
    article = _article([TITLE, "Von Ann Meier", "Publikacja: 3 maja 2024, 21:52"])
    assert article.published.isoformat().startswith("2024-05-03T21:52")


@pytest.mark.parametrize(
    ("elsewhere", "day"),
    [
        ("Updated 04/25/2025 at 3:10 pm", "2025-05-04T10:31"),  # the page prints its dates month first
        ("Aktualisiert 25/04/2025", "2025-04-05T10:31"),  # day first
        ("", "2025-04-05T10:31"),  # nothing tells: day first, the common order outside the US
    ],
)
def test_a_day_month_order_either_way_is_read_as_the_pages_other_dates_say(elsewhere, day):
    story = [*STORY, elsewhere] if elsewhere else STORY
    article = _article([TITLE, "By Ann Meier", "05/04/2025 10:31"], header=None, story=story)
    assert article.published.isoformat().startswith(day)


def test_a_day_month_order_either_way_is_read_as_the_header_date_says():
    article = _article([TITLE, "By Ann Meier", "05/03/2024 10:31"])  # the header's date: 2024-05-03
    assert article.published.isoformat().startswith("2024-05-03T10:31")


def test_a_caption_date_is_no_dateline():
    caption = "Soldaten bei den Kämpfen um die Stadt im Osten des Landes, 24. April 2023"
    article = _article([TITLE, caption, caption], header=None)
    assert article.published is None or article.published.date().isoformat() != "2023-04-24"


JAPANESE = [
    "政府は二十八日、来年度から全国の公立小学校で英語の授業時間を増やす方針を正式に決めた。文部科学省によると、"
    "新しい学習指導要領に基づいて、三年生以上の児童は週に一時間多く英語を学ぶことになる。",
    "教育現場からは教員の負担が増えるとの懸念も出ており、政府は専門の講師を各地に派遣する費用を予算に盛り込む考えだ。"
    "関係者は、準備期間が短いことに不安を示している。",
    "保護者の間では歓迎する声が多い一方で、他の教科の時間が減ることを心配する意見もあり、"
    "自治体ごとに説明会を開いて理解を求めることにしている。",
]


def test_a_japanese_story_is_found_though_it_has_no_spaces():
    lines = [" date 2024-04-28  小学校の英語授業を拡充へ｜Example新聞", "ニュース", "政治", "経済", "スポーツ", "",
             "小学校の英語授業を拡充へ", ""]
    for paragraph in JAPANESE:
        lines += [paragraph, ""]
    lines += ["利用規約", "プライバシーポリシー", "© 2024 Example Media"]
    article = cleanwire.extract("\n".join(lines), site="generic")
    assert article.title == "小学校の英語授業を拡充へ"
    assert article.paragraphs == tuple(JAPANESE)
    # Without the header the story still comes out whole (the headline may join it).
    assert article.paragraphs == cleanwire.extract("\n".join(lines[1:]), site="generic").paragraphs[-3:]


def test_credits_read_people_and_agencies():
    assert credits("Von Christian Unger, Tobias Köberlein, Laura Wagener und Alexander Rothe") == (
        ["Christian Unger", "Tobias Köberlein", "Laura Wagener", "Alexander Rothe"], [])
    assert credits("By Gopal Sharma Gopal Sharma quick links") == (["Gopal Sharma"], [])
    assert credits("SDA/sep") == ([], ["SDA"])
    assert credits("Ukrainische Kriegstechnik bei den Kämpfen um Bachmut, 24. April 2023") == ([], [])


def test_a_last_updated_label_is_no_name():
    assert credits("Son Güncelleme : 30.04.2024 - 16:49") == ([], [])
    assert credits("Zuletzt aktualisiert: 30.04.2024") == ([], [])


def test_a_date_alone_on_another_day_than_the_header_is_no_dateline():
    edition = _article(["Freitag, 4. Mai 2024, Nr. 98", TITLE, "Aus: Ausgabe vom 04.05.2024, Seite 1"])
    assert edition.published.date().isoformat() == "2024-05-03"
    # With a time it is the same moment printed in the page's zone.
    late = _article([TITLE, "Von Ann Meier", "4. Mai 2024, 00:30 Uhr"])
    assert late.published.isoformat().startswith("2024-05-04T00:30")


def test_a_promo_line_sharing_one_word_with_the_header_is_no_headline():
    assert _article(["Unterstützen Sie unsere Arbeit für sichere Radwege"]).title == TITLE
    # Another wording of the headline (two content words shared) is still the printed headline.
    assert _article(["Neue Radwege kosten die Stadt fünf Millionen"]).title == "Neue Radwege kosten die Stadt fünf Millionen"


def test_a_header_kicker_the_page_prints_nowhere_is_no_part_of_the_title():
    from types import SimpleNamespace

    from cleanwire.generic.text.headline import _without_unprinted_kicker

    header = "Streit im Rathaus: " + TITLE
    page = SimpleNamespace(texts=("Startseite", "Verkehr - " + TITLE, "Teilen", STORY[0]))
    assert _without_unprinted_kicker(header, 0, page) == (TITLE, 1)
    # The kicker printed anywhere, or glued to the headline's line, stays a part of the title.
    page = SimpleNamespace(texts=("Streit im Rathaus", TITLE, STORY[0]))
    assert _without_unprinted_kicker(header, 1, page) == (header, 1)
    glued = "Streit im Rathaus / Der Plan: " + TITLE
    page = SimpleNamespace(texts=("Streit im RathausDer Plan: " + TITLE, STORY[0]))
    assert _without_unprinted_kicker(glued, None, page) == (glued, None)


@pytest.mark.parametrize(
    "pair",
    [
        ["Die neue Radbrücke über den Fluss soll im Herbst fertig sein.",
         "Die neue Radbrücke über den Fluss soll im Herbst fertig sein. Foto: Stadtwerke"],
        ["Die neue Radbrücke über den Fluss soll im Herbst fertig sein. 이미지 확대보기",
         "Die neue Radbrücke über den Fluss soll im Herbst fertig sein."],
        ["Legende: Die neue Radbrücke über den Fluss soll im Herbst fertig sein, sagt die Stadt."],
        ["Die neue Radbrücke über den Fluss soll im Herbst fertig sein, sagt die Stadt. Vergrößern des Bildes"],
    ],
)
def test_captions_printed_twice_with_a_tail_or_marked_are_no_story(pair):
    article = _article([TITLE], story=STORY[:2] + pair + STORY[2:])
    assert not set(pair) & set(article.paragraphs)
    assert article.paragraphs[-1] == STORY[-1]


@pytest.mark.parametrize(
    "head",
    [
        # A standfirst that closes with a question, after a sentence.
        [TITLE, "Ressort", "Berlin. Die Stadt stellt ihren Plan für neue Radwege vor, der Millionen kosten wird. Aber wer "
         "soll das alles am Ende eigentlich bezahlen?", "Von Ann Meier"],
        # An agency's byline over the dateline under the standfirst is no photo credit.
        [TITLE, "Die Stadt will mehr Menschen aufs Rad bringen und plant dafür neue Wege durch alle Viertel.", "dpa",
         "03.05.2024, 16:24 Uhr"],
    ],
)
def test_standfirst_shapes(head):
    standfirst = next(line for line in head if len(line) > 60)
    article = _article(head)
    assert article.paragraphs[0] == standfirst


def test_the_line_right_under_the_printed_header_title_is_its_standfirst():
    # The header's title printed as the headline, then a standfirst without a final stop that
    # shares its words: the headline stays the header's.
    standfirst = "Neue Radwege für fünf Millionen Euro sollen Vororte und Innenstadt sicherer verbinden"
    assert _article([TITLE, standfirst, "Von Ann Meier"]).title == TITLE
    # An SEO title printed over a kicker and the headline (a breadcrumb): the headline wins.
    printed = "Radwege für fünf Millionen: Stadt plant den großen Umbau"
    assert _article([TITLE, "Verkehrswende", printed, "Von Ann Meier"]).title == printed
    # A kicker of two printed words, one of them hyphenated, is still a kicker.
    head = [TITLE, "Radweg-Ausbau Nord:", printed, "03.05.2024, 16:24 Uhr", "Von Ann Meier"]
    assert _headline_above(head, header=TITLE) == printed
    # Past a kicker and right over the story, the printed headline wins even when it shares
    # no words with the SEO title ...
    other = "Nur eine Etappe auf dem Weg zur Verkehrswende?"
    assert _article([TITLE, "Verkehrswende", other, "Von Ann Meier"]).title == other
    # ... but a line under the kicker that is far from the story (a menu, a promo) is not.
    assert _article([TITLE, "Verkehrswende", other, "Abo", "Podcast", "Newsletter", "Von Ann Meier"]).title == TITLE


def test_a_header_printed_nowhere_shortens_the_headline_printed_twice_that_holds_its_words():
    printed = "Neue Radwege: Stadt plant Wege für fünf Millionen Euro bis 2030, Opposition skeptisch"
    header = "Stadt plant Radwege für fünf Millionen Euro"
    caption = "Ein Radweg in der Innenstadt soll breiter werden, sagt die Stadt. (Foto: Stadtwerke)"
    assert _article([printed, printed, caption, "Von Ann Meier"], header=header).title == printed
    # A line printed twice that lacks one of the header's words is another story's title.
    other = "Neue Radwege: Stadt plant Wege für fünf Millionen bis 2030"
    assert _article([other, other, caption, "Von Ann Meier"], header=header).title == header


def test_the_headline_is_sought_over_the_standfirst_and_byline_block():
    # The header's title is a teaser further down; above the story, a role line and a
    # standfirst sit between the byline and the printed headline, which rewords the header.
    printed = "Radwege: Stadt plant neue Wege für fünf Millionen Euro bis 2030"
    head = [printed, "Vororte und Innenstadt werden verbunden, sagt der Bürgermeister am Montag",
            "Von Ann Meier", "Freie Autorin"]
    tail = ["", "Meistgelesen", TITLE] + FOOTER
    assert _article(head, tail=tail).title == printed


def _headline_above(head: list[str], url: str | None = None, header: str | None = None) -> str | None:
    """The headline the dump finder picks with the story starting at STORY's first line."""
    from cleanwire.document import make_document
    from cleanwire.generic.text.headline import headline
    from cleanwire.generic.text.lines import make_page

    lines = ([f" date 2024-05-03  {header}"] if header else []) + NAV + head + STORY
    doc = make_document("\n".join(lines).encode(), url=url)
    page, _ = make_page(doc)
    return headline(doc, page, page.texts.index(STORY[0]))[0]


def test_without_a_header_the_line_the_url_spells_is_the_title():
    # No header line; the URL's last segment spells the headline (a number after it is an id).
    promo = "Die wichtigsten Nachrichten aus der Region"
    url = "https://www.beispiel-zeitung.de/lokales/stadt-plant-neue-radwege-fuer-fuenf-millionen-euro-18857107.html"
    assert _headline_above([TITLE, "Teilen", "Von Ann Meier", promo], url) == TITLE
    assert _headline_above([TITLE, "Teilen", "Von Ann Meier", promo]) == promo  # no URL: the nearest line


def test_a_dump_that_opens_with_its_url_spells_the_title_by_it():
    # No header and no URL given, but the dump saved the page's address as its first line.
    from cleanwire.document import make_document
    from cleanwire.generic.text.headline import headline
    from cleanwire.generic.text.lines import make_page

    promo = "Die wichtigsten Nachrichten aus der Region"
    url = "https://www.beispiel-zeitung.de/lokales/stadt-plant-neue-radwege-fuer-fuenf-millionen-euro-18857107.html"
    for first, wanted in ((url, TITLE), (f"Quelle: {url}", promo)):  # a URL inside a line is no address line
        doc = make_document("\n".join([first] + NAV + [TITLE, "Teilen", "Von Ann Meier", promo] + STORY).encode())
        page, _ = make_page(doc)
        assert headline(doc, page, page.texts.index(STORY[0]))[0] == wanted


def test_a_pair_of_buttons_is_no_headline():
    for buttons in ("Ann Meier auf BZ.NET folgen Ann Meier auf BZ.NET nicht mehr folgen",
                    "Teilen auf Facebook Teilen auf X"):
        assert _headline_above([TITLE, "Von Ann Meier", buttons]) == TITLE
