"""Metadata from small handwritten pages: JSON-LD (broken, @graph), OpenGraph, <time>, bylines."""

from datetime import timedelta

import cleanwire

STORY = "".join(
    f"<p>Paragraph {i} of the story tells the reader something new about the harbour works and the town.</p>"
    for i in range(8)
)


def page(head: str, body: str = "") -> str:
    return f"<!doctype html><html lang='en'><head>{head}</head><body><article><div class='article-body'>{body}{STORY}</div></article></body></html>"


def test_jsonld_graph_with_author_reference():
    head = """<title>Harbour reopens | Town Post</title><script type="application/ld+json">
    {"@context": "https://schema.org", "@graph": [
      {"@type": "WebSite", "name": "Town Post"},
      {"@type": "NewsArticle", "headline": "Harbour reopens", "datePublished": "2024-03-05T08:30:00+01:00",
       "author": [{"@id": "#p1"}, {"@type": "Organization", "name": "Town Post Staff"}],
       "publisher": {"@type": "Organization", "name": "Town Post"}, "keywords": ["harbour", "town"]},
      {"@type": "Person", "@id": "#p1", "name": "Ana Lima"}]}</script>"""
    article = cleanwire.extract(page(head))
    assert article.title == "Harbour reopens"
    assert article.authors == ("Ana Lima",)
    assert article.published.isoformat() == "2024-03-05T08:30:00+01:00"
    assert article.site == "Town Post"
    assert article.tags == ("harbour", "town")
    assert article.language == "en"


def test_broken_jsonld_is_still_read():
    head = """<title>Bridge closes</title><script type="application/ld+json">
    {"@type": "NewsArticle", "headline": "Bridge closes", "datePublished": "2023-11-19T22:31:00-06:00",
     "author": {"@type": "Person", "name": "Sam Ortiz"},}</script>"""
    article = cleanwire.extract(page(head))
    assert article.authors == ("Sam Ortiz",)
    assert article.published.utcoffset() == timedelta(hours=-6)


def test_opengraph_and_time_element():
    head = """<title>Rain returns - Valley News</title><meta property="og:title" content="Rain returns">
    <meta property="og:site_name" content="Valley News"><link rel="canonical" href="/news/rain">
    <base href="https://valley.example/">"""
    body = '<p class="byline">By Kim Park and Lee Jun</p><time datetime="2022-07-01T06:00:00Z">1 July</time>'
    article = cleanwire.extract(page(head, body), url="https://valley.example/x")
    assert article.title == "Rain returns"
    assert article.site == "Valley News"
    assert article.authors == ("Kim Park", "Lee Jun")
    assert article.published.isoformat() == "2022-07-01T06:00:00+00:00"
    assert article.canonical_url == "https://valley.example/news/rain"
    assert "By Kim Park" not in article.body


def test_people_first_then_the_credited_organisation_never_the_site_or_a_placeholder():
    head = """<title>Storm warning</title><meta name="author" content="Valley News Staff">
    <script type="application/ld+json">{"@type": "Article", "headline": "Storm warning",
    "author": {"@type": "Organization", "name": "Valley Media Group"}}</script>"""
    # No person is credited: the organisation the page credits is the author.
    assert cleanwire.extract(page(head)).authors == ("Valley Media Group",)
    # People first, even when an organisation is declared too.
    byline = '<div class="c-byline">By Ana Lima</div>'
    assert cleanwire.extract(page(head, byline)).authors == ("Ana Lima",)
    # An agency printed as the byline.
    assert cleanwire.extract(page("<title>Storm</title>", '<p class="byline">Von dpa</p>')).authors == ("dpa",)
    # The site's own name (its newsroom's "Staff") from metadata is no author; nor is "admin".
    site = '<meta property="og:site_name" content="Valley News">'
    assert cleanwire.extract(page(f'<title>Storm</title>{site}<meta name="author" content="Valley News Staff">')).authors == ()
    assert cleanwire.extract(page('<title>Storm</title><meta name="author" content="admin">')).authors == ()
    # ... unless the page prints it as the byline.
    printed = '<div class="author">By Valley News</div>'
    assert cleanwire.extract(page(f"<title>Storm</title>{site}", printed)).authors == ("Valley News",)


def test_bylines_with_dates_editors_brands_and_co_authors():
    cases = {
        '<p class="byline author">Written by Rob Ames<br>Edited by Bea Lund</p>': ("Rob Ames",),
        '<div class="FeatureByline">By <b>Nia Wells</b><br>March 25, 2015</div>': ("Nia Wells",),
        '<cite class="byline vcard">By <span class="fn">GILL MONEY</span> <abbr>March 11, 2015 3:46 PM</abbr></cite>': ("Gill Money",),
        '<span itemprop="author">Mara Ulm (avec Dan Lee et Mo Tal)</span>': ("Mara Ulm", "Dan Lee", "Mo Tal"),
    }
    for body, want in cases.items():
        assert cleanwire.extract(page("<title>Storm</title>", body)).authors == want, body
    tagged = '<div class="post tag-fan-contributor"><span class="cat">Movies</span></div>'
    assert cleanwire.extract(page("<title>Storm</title>", tagged)).authors == ()


def test_bibliographic_creators_are_inverted():
    head = '<title>Storage</title><meta name="DC.Creator" content="Kooman, F."><meta name="DC.Creator" content="Jong, Michiel de">'
    assert cleanwire.extract(page(head)).authors == ("F. Kooman", "Michiel de Jong")


def test_title_loses_site_suffix_and_date_comes_from_url():
    article = cleanwire.extract(page("<title>Ferry timetable changes | Coast Daily</title>"
                                     "<meta property='og:site_name' content='Coast Daily'>"),
                               url="https://coast.example/2021/05/17/ferry")
    assert article.title == "Ferry timetable changes"
    assert article.published.date().isoformat() == "2021-05-17"
    assert article.published.tzinfo is not None


def test_dates_keep_the_page_offset_and_read_its_day_month_order():
    utc_and_local = """<title>Cuts</title><script type="application/ld+json">{"@type": "NewsArticle",
    "headline": "Cuts", "dateCreated": "2017-02-24T01:18:13Z"}</script>
    <meta property="article:published_time" content="2017-02-23T17:18:13-08:00">"""
    assert cleanwire.extract(page(utc_and_local)).published.isoformat() == "2017-02-23T17:18:13-08:00"
    us = "<title>Party</title><meta name='publish_date' content='05/08/2014 07:01:00'>"
    assert cleanwire.extract(page(us).replace("lang='en'", "lang='en-US'")).published.date().isoformat() == "2014-05-08"
    assert cleanwire.extract(page(us).replace("lang='en'", "lang='en-GB'")).published.date().isoformat() == "2014-08-05"
    short_year = '<span class="publish-time">3/09/15 8:00am</span>'
    found = cleanwire.extract(page("<title>Crap</title>", short_year).replace("lang='en'", "lang='en-US'")).published
    assert found.isoformat() == "2015-03-09T08:00:00+00:00"


def test_visible_datelines_without_a_date_class():
    posted = '<div style="font-size: 11px">Posted by kim, lee on 2019-02-15, <a href="/blog/">all posts</a></div>'
    assert cleanwire.extract(page("<title>Facts</title>", posted)).published.date().isoformat() == "2019-02-15"
    listed = '<dl><dt>Published:</dt><dd class="published">2017-08-15</dd></dl>'
    assert cleanwire.extract(page("<title>Tale</title>", listed)).published.date().isoformat() == "2017-08-15"


def test_default_zone_applies_only_to_times_without_one():
    from cleanwire.document import make_document
    from cleanwire.generic.html import explain_html

    naive = "<title>Ferry</title><meta property='article:published_time' content='2021-05-17T23:30:00'>"
    zoned = "<title>Ferry</title><meta property='article:published_time' content='2021-05-17T23:30:00+02:00'>"
    got = explain_html(make_document(page(naive)), default_tz="Asia/Seoul").article.published
    assert got.isoformat() == "2021-05-17T23:30:00+09:00"
    got = explain_html(make_document(page(zoned)), default_tz="Asia/Seoul").article.published
    assert got.isoformat() == "2021-05-17T23:30:00+02:00"


def test_title_when_the_title_tag_holds_another_headline():
    head = """<title>A Brief History of Lamps - Town Post</title><meta property="og:title" content="Lamps Then">
    <meta name="twitter:title" content="Why Lamps Matter">"""
    assert cleanwire.extract(page(head, "<h1>Why Lamps Matter</h1>")).title == "Why Lamps Matter"


def test_title_loses_a_part_naming_the_home_link_brand():
    head = "<title>Tale - Chapter 1 - Ann | Fandom One | Fandom Two [Story Shelf]</title>"
    home = '<div id="header"><a href="/"><img alt="Story Shelf" src="logo.png"></a></div>'
    assert cleanwire.extract(page(head, home)).title == "Tale - Chapter 1 - Ann | Fandom One"


def test_publication_meta_spelt_with_other_separators():
    head = "<title>Dax</title><meta property='article:published:time' content='2024-10-23T15:48:15+00:00'>"
    assert cleanwire.extract(page(head)).published.date().isoformat() == "2024-10-23"


def test_a_dateline_labelled_in_a_child_beats_a_teaser_date():
    body = ("<ul><li><strong>Datum</strong> 28.04.2023</li></ul>"
            "<div class='teaser'><h2>Other story <span class='date'>24.04.2023</span></h2></div>")
    assert cleanwire.extract(page("<title>Risiken</title>", body)).published.date().isoformat() == "2023-04-28"
    turkish = "<span class='tarih'>05.04.2025 - Güncelleme : 05.04.2025</span>"
    assert cleanwire.extract(page("<title>Şarj</title>", turkish)).published.date().isoformat() == "2025-04-05"


def test_a_publication_time_in_a_data_attribute_but_not_the_update_time():
    body = "<div data-re-deploy-dt='2026.01.30 18:49' data-deploy-dt='2026.01.29 18:40'></div>"
    assert cleanwire.extract(page("<title>Vote</title>", body)).published.date().isoformat() == "2026-01-29"


def test_agencies_declared_beside_the_people_are_credited_after_them():
    both = """<title>Vote</title><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Vote",
    "author": [{"@type": "Person", "name": "Paula Stein"}, {"@type": "Organization", "name": "SDA"},
               {"@type": "Organization", "name": "Town Post"}]}</script>"""
    assert cleanwire.extract(page(both)).authors == ("Paula Stein", "SDA")
    one_line = '<title>Fight</title><meta name="author" content="Felix Roth und Jan Wolf, dpa">'
    assert cleanwire.extract(page(one_line)).authors == ("Felix Roth", "Jan Wolf", "dpa")


def test_a_printed_newsroom_credit_without_the_agencies_material():
    site = '<title>Gangs</title><meta property="og:site_name" content="Euroview">'
    printed = '<div class="c-article-byline">By Euroview with Agencies</div>'
    assert cleanwire.extract(page(site, printed)).authors == ("Euroview",)
    one_word = '<div class="author-name">von Dorfspiegel</div>'
    assert cleanwire.extract(page("<title>Rotary</title>", one_word)).authors == ("Dorfspiegel",)


def test_an_attribution_line_with_the_date_before_by():
    body = '<p class="topAttributionWithDate">Tuesday 15 October 2019 by Brad M. Kuhl</p>'
    assert cleanwire.extract(page("<title>Events</title>", body)).authors == ("Brad M. Kuhl",)
    posted = '<p class="post-attribution">Posted on 2019-10-15 at 09:11 by Ann Lee.</p>'
    assert cleanwire.extract(page("<title>Events</title>", posted)).authors == ("Ann Lee",)


def test_a_name_printed_just_before_the_dateline():
    body = '<div class="row"><span>Sehra Kaya &nbsp;|</span><span class="tarih">05.04.2025 - Güncelleme : 05.04.2025</span></div>'
    assert cleanwire.extract(page("<title>Şarj</title>", body)).authors == ("Sehra Kaya",)
    # A caption before the date is no byline.
    caption = '<div><span>Police officers stand guard outside the court in Ankara</span><span class="date">05.04.2025</span></div>'
    assert cleanwire.extract(page("<title>Şarj</title>", caption)).authors == ()


def test_a_kicker_before_a_colon_is_dropped_unless_the_page_prints_it():
    seo = """<title>x</title><meta property="og:title" content="Chiesa calls for resistance">
    <meta name="twitter:title" content="Party congress: Chiesa calls for resistance">"""
    assert cleanwire.extract(page(seo, "<h1>Party congress: Chiesa calls for resistance</h1>")).title == "Chiesa calls for resistance"
    unprinted = '<title>x</title><meta property="og:title" content="Attack on the port: «Restraint has its reasons»">'
    h1 = '<h1><span class="overline">Escalation</span> <span>«Restraint has its reasons»</span></h1>'
    assert cleanwire.extract(page(unprinted, h1)).title == "«Restraint has its reasons»"
    printed = '<title>Veterans day: Medals for the troops | Paper</title><meta property="og:title" content="Veterans day: Medals for the troops">'
    above = '<div class="kicker">Veterans day</div><h1>Medals for the troops</h1>'
    assert cleanwire.extract(page(printed, above)).title == "Veterans day: Medals for the troops"


def test_the_printed_byline_may_credit_more_people_than_the_metadata():
    head = """<title>Verdict</title><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Verdict",
    "author": [{"@type": "Person", "name": "Marit Holm"}]}</script>"""
    byline = ('<div class="byline"><a rel="author" href="mailto:a@x.no">Ingrid Berg</a></div>'
              '<div class="byline"><a rel="author" href="mailto:b@x.no">Marit Holm</a></div>')
    assert cleanwire.extract(page(head, byline)).authors == ("Ingrid Berg", "Marit Holm")
    # A photo's author is no writer of the story.
    photo = ('<figure><img src="a.jpg"><figcaption><span itemprop="author">Ben Tess/Reuters</span></figcaption></figure>'
             '<span itemprop="author">Marit Holm</span>')
    assert cleanwire.extract(page(head, photo)).authors == ("Marit Holm",)


def test_a_declared_title_cut_at_an_unescaped_quote_gives_way_to_the_printed_one():
    head = '<title>Marathon</title><meta property="og:title" content="Marathon 2024: A clear winner and "a royal visit"">'
    assert cleanwire.extract(page(head, '<h1>Marathon 2024: A clear winner and "a royal visit"</h1>')).title == (
        'Marathon 2024: A clear winner and "a royal visit"')
    # A longer printed line that goes on without a quote is no reason to leave the declared title.
    head = '<title>Rate decision on Thursday: a clear answer | Post</title><meta property="og:title" content="Rate decision on Thursday: a clear answer">'
    assert cleanwire.extract(page(head, "<h1>Rate decision on Thursday: a clear answer from the pros</h1>")).title == (
        "Rate decision on Thursday: a clear answer")


def test_of_a_breadcrumb_h1_and_the_h2_under_it_the_h2_wins_when_any_declared_title_says_it():
    # The breadcrumb's last crumb is marked <h1> (another wording in small type); the page
    # prints its headline as the <h2> that follows, with a kicker inside.
    crumbs = ('<nav data-module-id="BreadcrumbModule"><ul><li><a href="/">Home</a></li>'
              '<li><h1>Harbour works: town pays less than feared</h1></li></ul></nav>')
    printed = '<h2 class="title"><span>Harbour</span><span>Quay costs fall: the town saves a third</span></h2>'
    crumb, headline = "Harbour works: town pays less than feared", "Quay costs fall: the town saves a third"

    def title(og: str, twitter: str, body: str = crumbs + printed) -> str | None:
        head = (f'<title>{crumb} | Post</title><meta property="og:title" content="{og}">'
                f'<meta name="twitter:title" content="{twitter}">')
        return cleanwire.extract(page(head, body)).title

    assert title(og=headline, twitter=crumb) == headline
    # The crumb is the headline cut to fit the trail: the <h2> over the story wins even when
    # only a less trusted declaration says it ...
    assert title(og=crumb, twitter=headline) == headline
    # ... and the crumb only when nothing declares the <h2>.
    assert title(og=crumb, twitter=crumb) == crumb
    # Any attribute may mark the trail (a class, a data attribute's name or value).
    assert title(headline, crumb, crumbs.replace('data-module-id="BreadcrumbModule"', 'class="c-breadcrumb"') + printed) == headline
    assert title(headline, crumb, crumbs.replace('data-module-id="BreadcrumbModule"', "data-breadcrumb-scroll") + printed) == headline
    # An <h1> outside any breadcrumb has no <h2> beside it: it is asked alone, as before.
    assert title(headline, crumb, crumbs.replace('data-module-id="BreadcrumbModule"', "") + printed) == crumb


def test_a_site_named_after_its_writer_credits_them_when_json_ld_types_them_a_person():
    site = '<meta property="og:site_name" content="Ada Quist"><meta name="author" content="Ada Quist">'

    def authors(author: str) -> tuple[str, ...]:
        head = (f'<title>Plain SQL | Ada Quist</title>{site}<script type="application/ld+json">'
                f'{{"@type": "Article", "headline": "Plain SQL", "author": {author}}}</script>')
        return cleanwire.extract(page(head, '<div id="header"><a href="/">Ada Quist</a></div>')).authors

    assert authors('{"@type": "Person", "name": "Ada Quist"}') == ("Ada Quist",)
    # The site's name as an untyped author, or in the author meta tag alone, is still no author.
    assert authors('"Ada Quist"') == ()
    assert authors('{"@type": "Organization", "name": "Ada Quist"}') == ()


def test_a_kicker_printed_inside_the_h1_is_part_of_the_title_when_the_most_trusted_title_says_so():
    h1 = "<h1><span>Big Strike</span>July 9 nears: unions show strength against the government</h1>"

    def title(og: str) -> str | None:
        head = (f'<title>Strike | Post</title><meta property="og:title" content="{og}">'
                '<script type="application/ld+json">{"@type": "NewsArticle", '
                '"headline": "July 9 nears: unions show strength against the government"}</script>')
        return cleanwire.extract(page(head, h1)).title

    assert title("Big Strike / July 9 nears: unions show strength against the government") == (
        "Big Strike / July 9 nears: unions show strength against the government")
    # og:title without the kicker: the headline without it.
    assert title("July 9 nears: unions show strength against the government") == (
        "July 9 nears: unions show strength against the government")


def test_a_writer_printed_in_bold_as_the_first_paragraph_over_the_story():
    # The CMS account (the site) is the declared author; the page prints its writer in bold
    # right over the story.
    head = '<title>Harbour reopens</title><meta name="author" content="Town Post"><meta property="og:site_name" content="Town Post">'
    lead = ("<p><strong>I</strong>N the heart of the town, where the harbour has been closed for two years, the "
            "boats came back this morning and the fishermen who waited for them were the first on the quay.</p>")
    body = f"<h1>Harbour reopens</h1><p>&nbsp;</p><p><strong>Mohloai Mpesi</strong></p>{lead}"
    assert cleanwire.extract(page(head, body), url="https://townpost.example/a/1").authors == ("Mohloai Mpesi",)
    # A bold line over a short paragraph is a sidebar's heading, no byline.
    sidebar = "<h1>Harbour reopens</h1><p><strong>Ayo Infaq Dakwah</strong></p><p>Rekening 0061947069</p>"
    assert "Ayo Infaq Dakwah" not in cleanwire.extract(page(head, sidebar), url="https://townpost.example/a/1").authors


def test_a_wire_credit_closing_the_story_credits_its_reporters_not_the_agency():
    head = '<title>Harbour reopens</title><meta name="author" content="Reuters">'
    credit = ("<p>(Reporting by Greg Roumeliotis, Joshua Franklin, with reporting by Herb Lash and Megan Davies, "
              "editing by Martin Howell.)</p>")
    html = page(head, "<h1>Harbour reopens</h1>").replace("</div></article>", credit + "</div></article>")
    assert cleanwire.extract(html).authors == ("Greg Roumeliotis", "Joshua Franklin")
