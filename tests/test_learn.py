"""Learning templates from a batch: grouping, what is learned, applying it, JSON, the written
site definition, and the API around it. Pages are made-up sites (tests/synthetic_sites.py)."""

from __future__ import annotations

import html
from array import array
from dataclasses import replace

import pytest

import cleanwire
from cleanwire.blocks import Label, Why
from cleanwire.document import make_document
from cleanwire.generic import explain as explain_generic
from cleanwire.learn import LearnError, Template, TemplateError, learn, load_templates
from cleanwire.learn.template import Evidence
from cleanwire.learn.api import spread
from cleanwire.learn.grouping import PageFacts, group_pages
from cleanwire.learn.lines import grouping_keys, host_of, is_prose, is_teaser_text, is_timestamp, quick_lines
from cleanwire.learn.writer import write_site
from synthetic_sites import make_page, make_site

SITE_A, SITE_B = make_site(1), make_site(2)


def pages(site, numbers, kind="dump", **kw):
    return [make_page(site, n, kind, **kw) for n in numbers]


def facts(page_list, with_url=False):
    out = []
    for page in page_list:
        doc = make_document(page.text, url=page.url if with_url else None)
        texts, url = quick_lines(doc)
        out.append(PageFacts(doc.kind, host_of(url) if with_url else None, array("q", grouping_keys(texts))))
    return out


def test_pages_without_url_group_by_their_site_and_never_mix():
    batch = pages(SITE_A, range(4)) + pages(SITE_B, range(3)) + pages(make_site(3), range(1))
    result = group_pages(facts(batch))
    groups = sorted(sorted(g.members) for g in result.groups)
    assert groups == [[0, 1, 2, 3], [4, 5, 6]]
    assert [(i, why) for i, why in result.alone] == [(7, "the only page of its site")]


def test_a_redesign_with_the_same_host_becomes_two_groups():
    old = pages(SITE_A, range(3), "html")
    new_site = make_site(11)
    new = [p.__class__(p.text, p.story, p.url.replace(new_site.host, SITE_A.host)) for p in pages(new_site, range(3), "html")]
    result = group_pages(facts(old + new, with_url=True))
    assert sorted(sorted(g.members) for g in result.groups) == [[0, 1, 2], [3, 4, 5]]
    assert {g.host for g in result.groups} == {host_of(SITE_A.host and old[0].url)}
    assert all("layout" in g.how for g in result.groups)


def test_learned_template_holds_furniture_anchors_and_widgets_but_no_story():
    batch = pages(SITE_A, range(4))
    template = learn([p.text for p in batch])
    furniture = template.furniture_texts
    assert set(SITE_A.nav) <= furniture and set(SITE_A.footer) <= furniture
    assert not any(line in furniture for p in batch for line in p.story)
    assert template.end is not None and template.end.value == SITE_A.end and template.end.pages == 4
    assert SITE_A.widget in {w.heading for w in template.widgets}


def test_a_sentence_two_stories_share_inside_the_story_is_never_removed():
    quote = "The minister said the bridge would open next spring after a long and costly delay."
    batch = pages(SITE_A, range(3), quote=quote)
    template = learn([p.text for p in batch])
    assert quote not in template.furniture_texts
    assert quote in cleanwire.extract(batch[0].text, template=template).paragraphs


def test_extract_with_a_template_removes_the_template_and_keeps_the_story():
    batch = pages(SITE_A, range(4))
    template = learn([p.text for p in batch[:3]])
    page = batch[3]  # a page the template was not learned from
    article = cleanwire.extract(page.text, template=template, site="generic")
    assert article.paragraphs == page.story
    assert article.extractor == f"learned:{template.name}"
    result = cleanwire.explain(page.text, template=template)
    dropped = [b for b in result.blocks if b.reason.code is Why.TEMPLATE and b.label is Label.BOILERPLATE]
    assert {b.text for b in dropped} >= set(SITE_A.nav)
    assert all("of 3 pages" in b.reason.message and b.reason.rule.endswith(".drop") for b in dropped)


def test_a_template_that_does_not_fit_the_page_leaves_it_to_the_generic_path():
    template = learn([p.text for p in pages(SITE_A, range(3))])
    other = make_page(SITE_B, 7)
    assert cleanwire.extract(other.text, template=template).paragraphs == explain_generic(
        make_document(other.text)).article.paragraphs


def test_html_templates_learn_the_story_container():
    batch = pages(SITE_A, range(4), "html")
    template = learn([p.text for p in batch[:3]])
    assert template.kind == "html" and template.hosts == (SITE_A.host.removeprefix("www."),)
    assert template.container is not None and "article-body" in template.container.value
    assert template.site_name == SITE_A.brand
    assert cleanwire.extract(batch[3].text, template=template).paragraphs == batch[3].story


def test_template_json_round_trip_and_bad_files():
    template = learn([p.text for p in pages(SITE_A, range(3))])
    again = Template.from_json(template.to_json())
    assert again == template
    assert load_templates(f"[{template.to_json()}, {template.to_json()}]") == [template, template]
    for bad in ("{", "[]x", '{"format": "other"}', '{"format": "cleanwire-template/1", "name": "x"}'):
        with pytest.raises(TemplateError):
            load_templates(bad)


def test_written_site_definition_reads_pages_like_the_template():
    batch = pages(SITE_A, range(4))
    template = learn([p.text for p in batch[:3]])
    source = write_site(template, "site one")
    assert "class SiteOne(LearnedSite):" in source and "# in 3 of 3 pages" in source
    namespace: dict = {}
    exec(compile(source, "site_one.py", "exec"), namespace)
    from cleanwire.sitekit.apply import explain_site

    written = explain_site(namespace["SiteOne"], make_document(batch[3].text))
    assert written.article.paragraphs == cleanwire.extract(batch[3].text, template=template).paragraphs


def test_on_top_of_a_site_class_only_template_lines_leave_the_body(seed_bytes):
    plain = cleanwire.explain(seed_bytes)
    assert plain.extractor == "koreajoongangdaily"
    first = plain.article.paragraphs[0]
    template = Template(name="t", kind="dump", pages=3,
                        furniture=(Evidence(first, 3),))
    on_top = cleanwire.explain(seed_bytes, template=template)
    assert on_top.extractor == "koreajoongangdaily"
    assert on_top.article.paragraphs == plain.article.paragraphs[1:]
    assert on_top.article.title == plain.article.title and on_top.article.authors == plain.article.authors


def test_learn_refuses_pages_that_share_no_template():
    with pytest.raises(LearnError):
        learn([make_page(SITE_A, 1).text])
    with pytest.raises(LearnError):
        learn([make_page(SITE_A, 1).text, make_page(SITE_B, 2).text])
    with pytest.raises(LearnError):
        learn([make_page(SITE_A, 1).text, make_page(SITE_A, 2, "html").text])


def test_helpers():
    assert spread(list(range(100)), 4) == [0, 25, 50, 75] and spread([1, 2], 4) == [1, 2]
    assert host_of("https://www.Example.org/a") == "example.org" and host_of(None) is None
    assert is_prose("The council said the bridge would open in the spring of next year.")
    assert not is_prose("Read more") and not is_prose("Home")
    assert is_teaser_text("Berlin. The minister quits today. But does she have another job in mind already?")
    assert not is_teaser_text("Does the minister have another job in mind already after her time in office?")
    assert not is_teaser_text("U.S. minister quits: what comes next for the department and its staff?")


def test_an_edited_definition_may_mix_exact_lines_and_patterns():
    from cleanwire.learn.site import LearnedSite
    from cleanwire.sitekit import Line
    from cleanwire.sitekit.apply import explain_site

    page = make_page(SITE_A, 5)

    class Edited(LearnedSite):
        name = "edited"
        drop = (Line("^" + SITE_A.nav[4] + "$"), Line(r"^Share on \w+ \d+$"))

    blocks = {b.text: b for b in explain_site(Edited, make_document(page.text)).blocks}
    assert blocks[SITE_A.nav[4]].reason.code is Why.TEMPLATE
    assert blocks[SITE_A.share].reason.code is Why.RESIDUE


def test_a_dump_that_declares_no_title_learns_the_standfirst_under_its_headline():
    """No header line: the headline is the headline-shaped line above the story's first
    prose; the sentence under it (above the byline) is the standfirst and opens the story
    where the generic path leaves it out."""
    template = learn([p.text for p in pages(SITE_A, range(4), standfirst=True, header=False)])
    assert template.standfirst is not None and template.standfirst.within == 1
    missed = 0
    for page in pages(SITE_A, range(5, 12), standfirst=True, header=False):
        article = cleanwire.extract(page.text, site="generic", template=template)
        assert article.paragraphs[0] == page.story[0]
        missed += cleanwire.extract(page.text, site="generic").paragraphs[0] != page.story[0]
    assert missed  # the generic path alone leaves it out on some of them


def test_a_site_that_dates_teasers_inside_its_stories_has_them_removed():
    """Titles of other stories with their date and time on the next line, inside the story on
    most pages: learned, and both lines leave the body of a new page of the site. A page
    without one loses nothing; a site that prints none learns no such rule."""
    template = learn([p.text for p in pages(SITE_A, range(4), dated_teaser=True)])
    assert template.dated_teasers == 4
    assert "dated_teasers = 4" in write_site(template, "site_a")
    assert Template.from_json(template.to_json()).dated_teasers == 4
    dated = 0
    for page in pages(SITE_A, range(5, 9), dated_teaser=True):
        generic = cleanwire.extract(page.text, site="generic").paragraphs
        learned = cleanwire.extract(page.text, site="generic", template=template).paragraphs
        assert set(page.story) <= set(learned) <= set(generic)
        teaser = [k for k, p in enumerate(generic) if is_timestamp(p)]
        dated += bool(teaser)
        assert not set(generic[k] for t in teaser for k in (t - 1, t)) & set(learned)
    assert dated  # the generic path keeps them
    for page in pages(SITE_A, range(9, 11)):
        assert (cleanwire.extract(page.text, site="generic", template=template).paragraphs
                == cleanwire.extract(page.text, site="generic", template=replace(template, dated_teasers=0)).paragraphs)
    assert learn([p.text for p in pages(SITE_A, range(4))]).dated_teasers == 0


def learned_rule_takes_out(fields: tuple[str, ...], kind: str = "dump", **shape: bool) -> Template:
    """Learn from four pages of SITE_A printing ``shape``: each of ``fields`` holds on all
    four (and survives JSON); on four new pages the learned body is exactly the story, while
    the generic path, and the template without the rule, keep lines that are not story. Pages
    without the shape lose nothing to the rule (and, but for a flat story, which is a fact of
    the site and not a shape, learn none)."""
    template = learn([p.text for p in pages(SITE_A, range(4), kind, **shape)])
    assert all(getattr(template, f) == 4 for f in fields), template
    assert all(getattr(Template.from_json(template.to_json()), f) == 4 for f in fields)
    without = replace(template, **{f: 0 for f in fields})
    kept = rule_kept = 0
    for page in pages(SITE_A, range(5, 9), kind, **shape):
        assert cleanwire.extract(page.text, site="generic", template=template).paragraphs == page.story
        kept += len(set(cleanwire.extract(page.text, site="generic").paragraphs) - set(page.story))
        rule_kept += len(set(cleanwire.extract(page.text, site="generic", template=without).paragraphs) - set(page.story))
    assert kept and rule_kept  # the generic path keeps some; without the rule, so does the template
    plain = learn([p.text for p in pages(SITE_A, range(4), kind)])
    assert not any(getattr(plain, f) for f in fields if f != "flat_story")
    for page in pages(SITE_A, range(5, 7), kind):
        assert cleanwire.extract(page.text, site="generic", template=replace(plain, **{f: 4 for f in fields})
                                 ).paragraphs == cleanwire.extract(page.text, site="generic", template=plain).paragraphs
    return template


def test_a_flat_story_loses_the_boxes_nested_in_it_and_its_lists_of_links():
    """HTML of a site whose story paragraphs sit at one depth on every page: a box of another
    story nested deep inside the story and a list of links in it (with the line that
    introduces it) leave the body of a new page; the story stays whole."""
    template = learned_rule_takes_out(("flat_story",), "html", embeds=True)
    assert "flat_story = 4" in write_site(template, "site_a")


def test_photo_captions_a_site_prints_leave_the_story():
    """A caption printed again with its credit under it (and a photo's title over its caption
    and credit, the same two-line photo), and an image's file name with its caption under it:
    learned from the pages that show them, the photos leave the body."""
    template = learned_rule_takes_out(("captions_again", "image_files"), photos=True)
    assert "captions_again = 4" in write_site(template, "site_a")


def test_a_list_of_teasers_inside_a_dump_story_leaves_it():
    """Titles of other stories one under the other (no blank line between) under a heading,
    inside the story on most pages: the list and its heading leave the body."""
    learned_rule_takes_out(("teaser_runs",), teaser_list=True)


def test_a_flat_story_rule_never_cuts_a_page_whose_story_is_not_flat():
    """A page of the site whose story paragraphs sit at two depths (the last third of them
    nested three levels deeper): taking what sits deeper would cut a large part of the story,
    so the rule is not applied on that page and every paragraph stays."""
    template = learn([p.text for p in pages(SITE_A, range(4), "html", embeds=True)])
    page = make_page(SITE_A, 7, "html")
    cut = len(page.story) * 2 // 3
    text = page.text
    for paragraph in page.story[cut:]:
        escaped = html.escape(paragraph)
        text = text.replace(f"<p>{escaped}</p>", f"<div class='x'><div><div><p>{escaped}</p></div></div></div>")
    assert text.count("class='x'") == len(page.story) - cut
    assert cleanwire.extract(text, site="generic", template=template).paragraphs == page.story


def test_shapes_entry_headers_and_link_lines():
    from cleanwire.learn.shapes import is_entry_header, is_link_line

    for text in ("20:24 Antony Clements-Thrower", "19:11 KEY EVENT", "9.05 Jane Doe"):
        assert is_entry_header(text), text
    for text in ("15:44 Uhr", "21:17 18.11.2019 Get short URL", "12:30 the vote was held.", "20:24",
                 "At 20:24 Jane Doe", "12:51 p.m."):
        assert not is_entry_header(text), text
    for text in (">> Hier finden Sie alle Termine", "→ Alle Folgen", "▶ Video"):
        assert is_link_line(text), text
    for text in ("»Wir haben gewonnen«, sagte sie.", "» Coluna de Adauto", "Kurs >> Ziel", ">>"):
        assert not is_link_line(text), text


def test_kicker_titles():
    from cleanwire.learn.runs import is_kicker_title

    for text in ("Familie: „Tradwives“ – Wie radikale Rechte den Herd politisieren", "Russische Drohnen: Auch hier?"):
        assert is_kicker_title(text), text
    for text in ("12:30 Report", "Die Bundesregierung hat am Montag beschlossen: So geht es", "Ohne Doppelpunkt"):
        assert not is_kicker_title(text), text


def test_a_box_of_another_story_inside_a_dump_story_leaves_it():
    """A heading over a photo (a credit line, the caption under it), two sentences and the
    box's own button: learned from the pages that show it, the whole box leaves the body of
    a new page and the story stays whole."""
    template = learned_rule_takes_out(("story_boxes",), box="Show all")
    assert "story_boxes = 4" in write_site(template, "site_a")


def test_a_subheading_over_a_photo_is_no_box():
    """A subheading over a photo, its section running on to the story's end or past an
    advertisement's label (no button of a box): the rule takes nothing from the story."""
    template = learn([p.text for p in pages(SITE_A, range(4), box="Show all")])
    assert template.story_boxes == 4
    for closing in ("", "Advertisement"):
        for page in pages(SITE_A, range(5, 8), box=closing, box_story=True):
            generic = cleanwire.extract(page.text, site="generic").paragraphs
            learned = cleanwire.extract(page.text, site="generic", template=template).paragraphs
            assert learned == cleanwire.extract(page.text, site="generic",
                                                 template=replace(template, story_boxes=0)).paragraphs
            assert set(page.story) <= set(learned) or set(page.story) - set(learned) <= set(page.story) - set(generic)


def test_credit_lines():
    from cleanwire.learn.boxes import is_credit_line

    for text in ("Foto: Michal Turek, Seznam Zprávy", "Bild: dpa", "Photo: Reuters", "Image : AFP"):
        assert is_credit_line(text), text
    for text in ("Fotografie der Woche", "Foto:", "(Foto: dpa)", "Image:", "Photos of the day: " + "a " * 12):
        assert not is_credit_line(text), text


def test_photo_titles():
    from cleanwire.learn.photos import photo_title

    caption = "Die Experten erwarten keine weiteren Senkungen. © Getty Images / iStock | Noppasin Wongchum"
    assert photo_title("Die EZB in Frankfurt am Main", caption)
    for text, below in (("Die EZB hat am Donnerstag in Frankfurt die Zinsen nicht gesenkt.", caption),
                        ("Die Experten erwarten keine weiteren Senkungen.", caption),
                        ("Die EZB in Frankfurt am Main", "Die Experten erwarten keine weiteren Senkungen."),
                        ("Die EZB in Frankfurt am Main", "© 2025 Funke Mediengruppe")):
        assert not photo_title(text, below), text
