"""Where the generic HTML story starts and what inside it is not story: the standfirst above
the story's container, and inserts inside it (on small synthetic pages)."""

from lxml import html

import cleanwire
from cleanwire.blocks import Label, Reason, Why
from cleanwire.generic.html.segment import segments
from cleanwire.generic.html.standfirst import standfirst

PARAS = "".join(f"<p>Paragraph {i}: the council met on Tuesday and agreed to rebuild the old harbour wall.</p>"
                for i in range(8))
LEAD = "The town will spend two million euros on the harbour after the winter storms broke its wall."


def _page(header: str, head: str = "") -> str:
    return (f"<html><head><title>Harbour wall</title>{head}</head><body><article><header>"
            f"<h1>Harbour wall</h1>{header}</header><div class='article-body'>{PARAS}</div>"
            "</article></body></html>")


def _standfirst(page: str) -> list[str]:
    return [b.text for b in cleanwire.explain(page).blocks if b.reason.code is Why.STANDFIRST]


def test_a_lead_paragraph_above_the_story_container_opens_the_body():
    for markup in (f"<p class='article-lead'>{LEAD}</p>", f"<div class='c-summary__intro'>{LEAD}</div>",
                   f"<h2 class='subtitle'>{LEAD}</h2>", f"<div class='detay-spot'><h4>{LEAD}</h4></div>",
                   f"<p class='perex'>{LEAD}</p>"):
        article = cleanwire.extract(_page(markup))
        assert article.paragraphs[0] == LEAD, markup
        assert article.paragraphs[1].startswith("Paragraph 0")


def test_the_standfirst_is_looked_for_above_the_first_paragraph_not_above_a_kept_crumb():
    root = html.fromstring(f"<html><body><p>News</p><h1>Harbour wall</h1><h2 class='sub-title'>{LEAD}</h2>"
                           f"{PARAS}</body></html>")
    segs, _ = segments(root)
    furniture = (Label.BOILERPLATE, Reason(Why.NOT_STORY, "not main text", None))
    decisions = [(Label.BODY, Reason(Why.STORY, "main text", None)) if s.tag == "p" else furniture for s in segs]
    decisions[1] = (Label.METADATA, Reason(Why.HEADLINE, "the headline", None))
    assert standfirst(segs, decisions, root) == [2]


def test_a_standfirst_between_the_headline_and_its_copy_over_the_story():
    page = (f"<html><head><title>Harbour wall</title></head><body><header><h1>Harbour wall</h1>"
            f"<div class='excerpt'><div>{LEAD}</div></div></header><div class='article-body'>"
            f"<h1 class='entry-title'>Harbour wall</h1>{PARAS}</div></body></html>")
    assert cleanwire.extract(page).paragraphs[0] == LEAD


def test_a_dateline_marked_as_a_subhead_is_no_standfirst():
    date = "Nov. 20, 2019 Updated: Nov. 20, 2019 1:35 a.m. by the harbour desk"
    assert _standfirst(_page(f"<div class='subhead-date'>{date}</div>")) == []


def test_a_paragraph_that_is_the_page_description_is_the_standfirst():
    page = _page(f"<p class='x1'>{LEAD}</p>", f"<meta property='og:description' content='{LEAD}'>")
    assert _standfirst(page) == [LEAD]
    assert _standfirst(_page(f"<p class='x1'>{LEAD}</p>")) == []  # no class word, no description


def test_links_bylines_and_asides_above_the_story_are_no_standfirst():
    linked = f"<p class='teaser'><a href='/other'>{LEAD}</a></p>"
    byline = "<p class='intro'>By Ann Lee, a deputy editor who has covered the harbour for ten years.</p>"
    aside = f"<aside><p class='summary'>{LEAD}</p></aside>"
    for markup in (linked, byline, aside):
        result = cleanwire.explain(_page(markup))
        assert not any(b.reason.code is Why.STANDFIRST for b in result.blocks), markup
        assert result.article.paragraphs[0].startswith("Paragraph 0")
    short = "<p class='lead'>Harbour news</p>"
    assert all(b.label is not Label.BODY for b in cleanwire.explain(_page(short)).blocks if b.text == "Harbour news")


def _signal(page: str) -> set[str]:
    return {b.reason.message for b in cleanwire.explain(page).blocks if b.label is Label.BODY}


def test_paragraphs_that_each_carry_the_story_word_make_one_story_container():
    paras = "".join(f"<p class='articleBodyBlock'>Paragraph {i}: the council met on Tuesday and agreed to rebuild "
                    f"the old harbour wall after the storms.</p>" for i in range(8))
    page = f"<html><body><h1>Harbour wall</h1><div class='body'>{paras}</div></body></html>"
    assert _signal(page) == {"main text (story container)"}
    # The same body split in two by an ad, each part in its own wrapper: one story.
    half = len(paras) // 2
    cut = paras.index("<p", half)
    split = (f"<html><body><h1>Harbour wall</h1><div class='row'><div class='body'>{paras[:cut]}</div></div>"
             f"<div class='ad-slot'>Advertisement</div><div class='row'><div class='body'>{paras[cut:]}</div></div>"
             "</body></html>")
    article = cleanwire.extract(split)
    assert len(article.paragraphs) == 8 and _signal(split) == {"main text (story container)"}


def test_a_paragraph_printed_twice_outside_the_container_does_not_outweigh_it():
    para = "The council met on Tuesday and agreed to rebuild the old harbour wall after the winter storms {}."
    body = "".join(f"<p>{para.format(i)}</p>" for i in range(5))
    copies = "".join(f"<div class='intro-copy'><p>{para.format(i)}</p></div>" for i in range(2))
    page = f"<html><body><h1>Harbour wall</h1><div class='article-body'>{body}</div>{copies}</body></html>"
    assert _signal(page) == {"main text (story container)"}


def test_fact_boxes_and_embed_placeholders_inside_the_story_are_not_story():
    box = ("<div class='metro-factbox'><h2>What else is in the plan?</h2><p>The council will also repaint the "
           "lighthouse and widen the promenade by two metres before the summer season starts.</p></div>")
    consent = ("<div class='c-oembed-placeholder'><p>To show embedded content we need your consent to the transfer "
               "and processing of personal data by the provider.</p></div>")
    paras = PARAS[:len(PARAS) // 2] + box + consent + PARAS[len(PARAS) // 2:]
    page = f"<html><body><h1>Harbour wall</h1><div class='article-body'>{paras}</div></body></html>"
    result = cleanwire.explain(page)
    assert "lighthouse" not in result.article.body and "consent" not in result.article.body
    assert len(result.article.paragraphs) == 8
    assert any(b.reason.code is Why.WIDGET and "lighthouse" in b.text for b in result.blocks)


def test_a_line_crediting_the_reporting_is_no_story_text():
    for credit in ("Reporting by Ann Lee; additional reporting by Bo Chan; editing by Cy Diaz",
                   "Associated Press writers Ann Lee and Bo Chan contributed to this report.",
                   "Mit Informationen der ARD-Korrespondenten und der Nachrichtenagenturen."):
        page = f"<html><body><h1>Harbour wall</h1><div class='article-body'>{PARAS}<p>{credit}</p></div></body></html>"
        result = cleanwire.explain(page)
        assert credit not in result.article.body and len(result.article.paragraphs) == 8, credit
        assert any(b.text == credit and b.label is Label.METADATA for b in result.blocks)
    said = "<p>The mayor said reporting by the local paper had helped to find the cracks in the wall.</p>"
    page = f"<html><body><h1>Harbour wall</h1><div class='article-body'>{PARAS}{said}</div></body></html>"
    assert "reporting by the local paper" in cleanwire.extract(page).body


def test_a_story_held_in_a_placeholder_its_script_fills_stays():
    page = (f"<html><body><h1>Harbour wall</h1><div class='article-placeholder'><div class='article-body'>"
            f"{PARAS}</div></div></body></html>")
    assert len(cleanwire.extract(page).paragraphs) == 8
