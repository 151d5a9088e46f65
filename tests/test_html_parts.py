"""Captions and related links from small handwritten pages: each caption once, never in the body."""

import cleanwire

PARAS = "".join(
    f"<p>Sentence number {i} explains how the new library was built by the volunteers of the district.</p>"
    for i in range(8)
)
PAGE = f"""<!doctype html><html><head><title>Library opens</title><base href="https://news.example/city/"></head>
<body><nav><a href="/">Home</a> <a href="/city">City</a></nav>
<article><h1>Library opens</h1>
<figure><img src="a.jpg"><figcaption>The reading room on opening day. Photo: J. Doe</figcaption></figure>
<div class="entry-content">{PARAS}
<figure><img src="a.jpg"><figcaption>The reading room on opening day. Photo: J. Doe</figcaption></figure>
<p class="wp-caption-text">Volunteers carry boxes of books</p>
</div>
<div class="related-stories"><h3>More in City</h3><ul>
<li><a href="park-reopens">Park reopens after the long winter</a></li>
<li><a href="/sport/derby">Derby ends in a late draw</a></li></ul></div>
</article><footer><p>Copyright the publisher, all rights reserved worldwide.</p></footer></body></html>"""


def test_captions_once_and_not_in_body():
    article = cleanwire.extract(PAGE, url="https://news.example/city/library")
    assert article.captions == ("The reading room on opening day. Photo: J. Doe", "Volunteers carry boxes of books")
    assert "reading room" not in article.body and "Volunteers carry" not in article.body
    assert len(article.paragraphs) == 8


def test_related_links_absolute_with_group():
    article = cleanwire.extract(PAGE, url="https://news.example/city/library")
    assert [(r.title, r.url, r.group) for r in article.related] == [
        ("Park reopens after the long winter", "https://news.example/city/park-reopens", "More in City"),
        ("Derby ends in a late draw", "https://news.example/sport/derby", "More in City"),
    ]
    assert "Park reopens" not in article.body and "Copyright" not in article.body


def test_explain_labels_html_blocks_with_paths():
    blocks = cleanwire.explain(PAGE).blocks
    assert all(b.line is None and b.path for b in blocks)
    labels = {b.text: b.label.value for b in blocks}
    assert labels["Library opens"] == "metadata"
    assert labels["Home City"] == "boilerplate"
    assert labels["Volunteers carry boxes of books"] == "caption"


def test_cli_explain_on_html(tmp_path, capsys):
    from cleanwire.cli.main import main

    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    assert main(["explain", str(path)]) == 0
    out = capsys.readouterr().out
    assert "BODY Sentence number 0" in out and "CAPT" in out and "REL " in out


def test_site_rules_hook():
    from cleanwire.document import make_document
    from cleanwire.generic.html.page import HtmlRules, explain_html

    rules = HtmlRules(body=('//div[@class="entry-content"]',), strip=('//p[contains(., "number 7")]',))
    article = explain_html(make_document(PAGE), rules).article
    assert len(article.paragraphs) == 7


def test_site_class_on_html_uses_its_zone_and_xpath_rules():
    from cleanwire.document import make_document
    from cleanwire.sitekit import Site, XPath
    from cleanwire.sitekit.apply import explain_site

    class Harbour(Site):
        name = "harbour-test"
        site_name = "Harbour Test"
        timezone = "Asia/Seoul"
        container = XPath('//div[@class="entry-content"]')
        drop = (XPath('//p[contains(., "number 7")]'),)

    page = PAGE.replace("</head>", "<meta property='article:published_time' content='2021-05-17T23:30:00'></head>")
    article = explain_site(Harbour, make_document(page)).article
    assert article.published.isoformat() == "2021-05-17T23:30:00+09:00"
    assert article.site == "Harbour Test" and article.extractor == "harbour-test"
    assert len(article.paragraphs) == 7


def test_gallery_and_player_text_is_not_body_but_a_prose_list_is():
    story = "".join(f"<p>Sentence number {i} of the report tells what the council decided on the bridge.</p>" for i in range(6))
    quotes = "<ul>" + "".join(f"<li>\"Reply {i}: you clearly have no idea what the bridge is for, go away.\"</li>" for i in range(3)) + "</ul>"
    gallery = "<div class='type-gallery'><h2>Business news in pictures</h2><p>1/50 Bank shares fall after the long weekend of trading</p></div>"
    html = f"<html><body><article><div class='article-body'>{story}{quotes}{gallery}{story.replace('number', 'no.')}</div></article></body></html>"
    body = cleanwire.extract(html).body
    assert "Reply 2" in body and "1/50" not in body and "Business news in pictures" not in body
