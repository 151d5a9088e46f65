"""The failure modes of issue 11 on small synthetic pages: sniffing, footer lines, story text
outside the visible markup, titles and bylines in other languages, the block model's plumbing."""

import json

import pytest

import cleanwire
from cleanwire.blocks import Label, Why
from cleanwire.document import looks_like_html, make_document
from cleanwire.lexicon.people import is_person, organisation_credit, person_names
from cleanwire.lexicon.titles import strip_site_affixes

PROSE = " ".join(f"Sentence {i} of the report explains what the council decided about the harbour." for i in range(12))
PARAS = "".join(f"<p>Paragraph {i}: the council met on Tuesday and agreed to rebuild the old harbour wall.</p>" for i in range(6))


def test_a_page_opening_with_a_long_style_block_is_html():
    style = "<style>" + ".a{color:red}" * 800 + "</style>"
    text = f"{style}<html><head><title>T</title></head><body><article>{PARAS}</article></body></html>"
    assert looks_like_html(text)
    article = cleanwire.extract(text)
    assert "color:red" not in article.body and "harbour wall" in article.body
    assert not looks_like_html("A dump line\nAnother line of a dump\n")


def test_footer_rights_and_imprint_lines_are_not_captions():
    page = (f"<html><body><article><div class='article-body'>{PARAS}"
            "<figure><img src='a.jpg'><figcaption>The harbour at dawn. Photo: J. Doe</figcaption></figure>"
            "</div></article><footer><p>© 2024 Example Media. All rights reserved.</p><p>Impressum</p>"
            "<div class='credit'>Impressum</div></footer></body></html>")
    article = cleanwire.extract(page)
    assert article.captions == ("The harbour at dawn. Photo: J. Doe",)


def _blocks(text: str):
    return cleanwire.explain(text)


def test_article_only_in_jsonld_article_body_is_used_and_said():
    body = "\n".join([PROSE, PROSE.replace("harbour", "bridge")])
    ld = json.dumps({"@type": "NewsArticle", "headline": "Harbour", "articleBody": body})
    page = f"<html><head><script type='application/ld+json'>{ld}</script></head><body><div id='app'>Loading…</div></body></html>"
    result = _blocks(page)
    assert "explains what the council decided about the bridge" in result.article.body
    assert any(b.reason.code is Why.EMBEDDED and b.label is Label.BODY for b in result.blocks)
    assert any("JSON-LD articleBody" in note for note in result.notes)


def test_article_in_a_next_js_flight_payload_is_used():
    html = "".join(f"<p>{PROSE[:160]} part {i}.</p>" for i in range(4))
    push = json.dumps([1, f'5:["$","div",null,{{"dangerouslySetInnerHTML":{{"__html":{json.dumps(html)}}}}}]'])
    page = f"<html><body><div id='root'></div><script>self.__next_f.push({push})</script></body></html>"
    result = _blocks(page)
    assert "part 3" in result.article.body
    assert any("script state" in note for note in result.notes)


def test_article_in_noscript_or_a_hidden_container_is_used():
    page = f"<html><body><noscript><article>{PARAS}{PARAS}</article></noscript></body></html>"
    assert "harbour wall" in cleanwire.extract(page).body
    hidden = f"<html><body><div style='display:none' class='article-body'>{PARAS}{PARAS}</div><p>Menu</p></body></html>"
    result = _blocks(hidden)
    assert "harbour wall" in result.article.body
    assert any("hidden container" in note for note in result.notes)


def test_no_article_anywhere_is_no_content():
    with pytest.raises(cleanwire.NoContentError):
        cleanwire.extract("<html><head><script>var x = 1;</script></head><body><div id='app'></div></body></html>")


def test_titles_without_site_suffixes_in_other_scripts_and_bylines():
    assert strip_site_affixes("제목이 여기 있다-정치ㅣ한국일보", {"한국일보"}) == "제목이 여기 있다"
    assert strip_site_affixes("Big news | The Daily | by Ann Lee", {"the daily"}) == "Big news"
    assert strip_site_affixes("Well-known fact - Example", {"example"}) == "Well-known fact"


def test_bylines_in_other_languages_and_agencies():
    assert person_names("신현주 기자") == ["신현주"]
    assert person_names("von David Straub, MDR THÜRINGEN") == ["David Straub"]
    assert not is_person("von") and not is_person("Twitter") and not is_person("Stuttgarter Zeitung")
    assert organisation_credit("By Associated Press 12:20pm Jan 7, 2024") == "Associated Press"
    assert organisation_credit("Von dpa") == "dpa"
    assert organisation_credit("Jane Doe") is None


def test_the_block_model_scores_every_segment():
    from cleanwire.generic.html import read_page
    from cleanwire.generic.html.features import NAMES, rows
    from cleanwire.generic.html.model import shipped_model, story_flags

    page = read_page(make_document(f"<html><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav>"
                                   f"<article><h1>Harbour</h1>{PARAS}</article>"
                                   f"<footer><p>© 2024 Example</p></footer></body></html>"))
    assert all(len(row) == len(NAMES) for row in rows(page.segments, page.zones, page.meta.title))
    assert len(shipped_model().stage1.names) == len(NAMES)
    flags = story_flags(page.segments, page.zones, page.meta.title)
    kept = [s.text for s, f in zip(page.segments, flags) if f]
    assert any("harbour wall" in t for t in kept) and not any(t in ("Home", "World") for t in kept)
