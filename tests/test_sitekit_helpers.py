"""The sitekit helpers site definitions share (cleanwire.sitekit.helpers, lexicon), on made-up dumps."""

from __future__ import annotations

from cleanwire.blocks import Label, Why
from cleanwire.document import make_document
from cleanwire.article import RelatedLink
from cleanwire.lexicon.spacing import LONE_LETTER, POSSESSIVE, SPACED_HYPHEN, SPACED_QUOTES, repair
from cleanwire.lexicon.titles import without_kicker
from cleanwire.sitekit import SHORT, Context, Line, PullQuotes, Site, TagList, XPath, has_class
from cleanwire.sitekit.apply import explain_site
from cleanwire.sitekit.helpers import (
    Box, article_tags, element_text, headline_by_declared_title, is_caption, mark_alt_texts, mark_author_card, mark_boxes,
    mark_credited_captions, mark_read_more, mark_twice_teasers, take_caption, take_names_below,
)
from cleanwire.sitekit.passes import quotes, tags

STORY = [
    "Die Gewerkschaften zählen an diesem Samstag 25.000 Demonstranten in der Hauptstadt, sagt Nora Back.",
    "Nora Back spricht von einem Warnschuss an die Regierung, die Polizei zählt deutlich weniger Menschen.",
    "Die Regierung muss sich jetzt bewegen.",
    "Nora Back, OGBL-Präsidentin",
    "Der Premierminister war an diesem Tag im Wald spazieren, wie sein Sprecher am Abend mitteilte.",
]


def context(lines: list[str]) -> Context:
    ctx = Context.read(make_document("\n".join([" date 2025-06-28  Demo", *lines]) + "\n"), "Europe/Luxembourg")
    ctx.found.start, ctx.found.end = 0, len(ctx)
    return ctx


def test_dump_gaps_undo_the_spaces_a_dump_sets_around_links():
    text = 'der " Teheran Times " wichtigster Partner, Patriot -Flugabwehr, Ein- und -ausgänge'
    tidy = 'der "Teheran Times" wichtigster Partner, Patriot-Flugabwehr, Ein- und -ausgänge'
    assert repair(text, (SPACED_QUOTES, SPACED_HYPHEN)) == tidy
    assert repair("Taylor Swift ‘s climate treat y, a cat", (POSSESSIVE, LONE_LETTER)) == "Taylor Swift‘s climate treaty, a cat"


class Spaced(Site):
    name = "spaced-test"
    dump_gaps = (SPACED_QUOTES,)


def test_a_site_repairs_its_dump_gaps_in_dumps_only():
    text = ('Die Zeitung " Teheran Times " schreibt, dass die Regierung die Lage im Land ganz anders sieht als alle '
            'anderen Beobachter, die seit Wochen über die Proteste berichten.')
    dump = make_document(f" date 2025-06-28  Demo\nDemo\n{text}\n")
    page = make_document(f"<html><head><title>Demo</title></head><body><h1>Demo</h1><p>{text}</p></body></html>")
    assert explain_site(Spaced, dump).article.paragraphs[-1] == text.replace('" Teheran Times "', '"Teheran Times"')
    assert explain_site(Spaced, page).article.paragraphs[-1] == text


def test_article_tags_cut_a_run_of_tag_words_into_the_phrases_the_article_uses():
    ctx = context(STORY)
    ctx.found.title = "Demo der Gewerkschaften"
    ctx.found.body = list(range(len(ctx)))
    assert article_tags(ctx, "Nora Back Regierung") == ("Nora Back", "Regierung")
    assert article_tags(ctx, "Luxemburg Demo") == ("Luxemburg", "Demo")
    # The related links' titles are the article's words too.
    ctx.found.related.append(RelatedLink("Luxemburg Demo: die Bilder", None, None))
    assert article_tags(ctx, "Luxemburg Demo") == ("Luxemburg Demo",)


def test_comma_closed_tag_lists():
    ctx = context(["Related Topics", "Interiors,", "Clothes,", "How to Save Money", "Ein ganz anderer Satz", *STORY])
    tags(ctx, Commas())
    assert ctx.found.tags == ("Interiors", "Clothes", "How to Save Money")
    assert ctx.free(4)


class Commas(Site):
    name = "commas-test"
    tag_list = TagList(heading=Line(r"^Related Topics$"), item=SHORT, separator=",")


def test_a_box_without_its_closing_line_takes_only_its_opening_line():
    ctx = context(["Newsletter", *STORY])
    mark_boxes(ctx, (Box(open=Line(r"^Newsletter$"), close=Line(r"^Weitere Newsletter$")),), "test.boxes")
    assert ctx.labels[0] is not None and ctx.labels[0][1].code is Why.PROMO
    assert all(ctx.free(i) for i in range(1, len(ctx)))


def test_a_box_runs_to_its_closing_line():
    ctx = context(["Newsletter", "Der Morgen", "Weitere Newsletter", *STORY])
    mark_boxes(ctx, (Box(open=Line(r"^Newsletter$"), close=Line(r"^Weitere Newsletter$")),), "test.boxes")
    assert [ctx.free(i) for i in range(4)] == [False, False, False, True]


SPEAKER = Line(r"^[A-ZÄÖÜ][\w.'-]+(?: [A-ZÄÖÜ][\w.'-]+){1,3}, [^.]+$")


class Quoted(Site):
    name = "quoted-test"
    pull_quotes = PullQuotes(speaker=SPEAKER)


class NamedQuoted(Site):
    name = "named-quoted-test"
    pull_quotes = PullQuotes(speaker=SPEAKER, named_in_story=True)


def test_pull_quote_needs_its_speaker():
    ctx = context(STORY)
    quotes(ctx, Quoted())
    assert [i for i in range(len(ctx)) if not ctx.free(i)] == [2, 3]
    # A speaker line the story does not name is no speaker when the site asks for that.
    ctx = context([*STORY[:3], "Jean Dupont, Minister", STORY[4]])
    quotes(ctx, NamedQuoted())
    assert all(ctx.free(i) for i in range(len(ctx)))


def test_names_under_a_von_line():
    ctx = context(["Von", "Konstantin Furrer", ",", "Deutsche Presse-Agentur", STORY[0]])
    assert take_names_below(ctx, 0, "test.byline")
    assert ctx.found.authors == ("Konstantin Furrer", "Deutsche Presse-Agentur")
    assert all(ctx.labels[i][0] is Label.METADATA for i in range(4)) and ctx.free(4)


def test_without_kicker():
    assert without_kicker("Eskalation im Nahen Osten - «Die Zurückhaltung»", " - ") == "«Die Zurückhaltung»"
    assert without_kicker("«Zitat - mit Strich»", " - ") is None  # a kicker holds no quotes
    assert without_kicker("Kein Kicker hier", " – ") is None
    assert without_kicker(None, " - ") is None
    # By the headline the page declares.
    head = "US-Dream-Team wird immer besser Deutscher  Aggressor beeindruckt"
    assert without_kicker(head, declared="Deutscher Aggressor beeindruckt") == "Deutscher Aggressor beeindruckt"
    assert without_kicker("Ganz etwas anderes", declared="Deutscher Aggressor beeindruckt") is None


def test_alt_texts_above_captions_go_in_dumps_only():
    lines = [": Rainer de Meijer, Irene Lingg", "Rainer de Meijer, Irene Lingg | Foto: Zvg.", *STORY]
    ctx = context(lines)
    ctx.mark(1, Label.CAPTION, Why.CAPTION, "caption", "test")
    mark_alt_texts(ctx, "test.alt")
    assert ctx.labels[0] is not None and ctx.labels[0][1].code is Why.CAPTION_AGAIN
    # A line that the caption does not start with stays, unless the site gives the alt text's shape.
    ctx = context(["Ein Bild", "Rainer de Meijer, Irene Lingg | Foto: Zvg.", *STORY])
    ctx.mark(1, Label.CAPTION, Why.CAPTION, "caption", "test")
    mark_alt_texts(ctx, "test.alt")
    assert ctx.free(0)
    mark_alt_texts(ctx, "test.alt", shape=Line(r"^\S+(?: \S+){0,3}$"))
    assert not ctx.free(0)
    page = Context.read(make_document(f"<html><body><p>{lines[0]}</p><p>{lines[1]}</p></body></html>"), None)
    page.mark(1, Label.CAPTION, Why.CAPTION, "caption", "test")
    mark_alt_texts(page, "test.alt")
    assert page.free(0)  # a page shows no alt text


def test_credited_captions():
    credit = Line(r"^Foto: \S")
    lines = [STORY[0], "Die Demonstranten vor dem Parlament", "Foto: Editpress/Julien Garroy", STORY[1],
             "Die Polizei sperrte die Straße ab.", "Foto: AFP", "Foto: Reuters", STORY[4]]
    ctx = context(lines)
    mark_credited_captions(ctx, credit, "test.photos", caption=Line(r"(?<!\.)$", max_words=25))
    assert ctx.found.captions == ["Die Demonstranten vor dem Parlament", "Foto: Editpress/Julien Garroy", "Foto: AFP",
                                  "Foto: Reuters"]  # a sentence over a credit is no caption here; a credit is none
    assert ctx.free(4) and ctx.free(0) and ctx.free(3)
    ctx = context(lines)
    mark_credited_captions(ctx, credit, "test.photos", credit_in_caption=False)
    assert ctx.found.captions == ["Die Demonstranten vor dem Parlament", "Die Polizei sperrte die Straße ab."]
    assert ctx.labels[2] is not None and ctx.labels[2][0] is Label.BOILERPLATE


def test_read_more_lines_are_related_links_once_and_never_the_page_s_own_entries():
    lines = [STORY[0], "Read more: Streik in Luxemburg", STORY[1], "Read more: Streik in Luxemburg",
             "Read more: Die Regierung muss sich jetzt bewegen.", STORY[4]]
    ctx = context(lines)
    mark_read_more(ctx, Line(r"^Read more: "), "test.read_more", group="Read more")
    assert [(r.title, r.group) for r in ctx.found.related] == [("Streik in Luxemburg", "Read more"),
                                                                 ("Die Regierung muss sich jetzt bewegen.", "Read more")]
    ctx = context([*lines[:4], lines[4], STORY[2]])  # the story prints that headline: a part of this page
    mark_read_more(ctx, Line(r"^Read more: "), "test.read_more")
    assert [r.title for r in ctx.found.related] == ["Streik in Luxemburg"]
    assert all(ctx.labels[i] is not None for i in (1, 3, 4))


def test_teasers_printed_twice_are_related_links_once():
    title = "Streik legt den Flughafen lahm"
    ctx = context([STORY[0], title, title, STORY[1]])
    mark_twice_teasers(ctx, "test.teasers")
    assert [r.title for r in ctx.found.related] == [title]
    assert ctx.labels[1] is not None and ctx.labels[1][0] is Label.BOILERPLATE
    assert ctx.labels[2] is not None and ctx.labels[2][0] is Label.RELATED
    assert ctx.free(0) and ctx.free(3)
    ctx = context([STORY[0], title, STORY[1]])  # a dump's headline printed once is no teaser
    mark_twice_teasers(ctx, "test.teasers")
    assert ctx.found.related == [] and all(ctx.free(i) for i in range(len(ctx)))


def test_the_author_card_runs_from_the_name_to_its_closing_line():
    ctx = context([STORY[0], "Jane Doe", "Ihre letzten Artikel über den Streik", "View all posts by Jane Doe", STORY[1]])
    mark_author_card(ctx, Line(r"^View all posts by (?P<n>.+)$"), "test.card")
    assert [ctx.free(i) for i in range(5)] == [True, False, False, False, True]


class Declared(Site):
    name = "declared-test"


def test_the_headline_is_the_copy_of_the_declared_title_above_the_byline():
    lines = ["Streik am Flughafen", "Menü", "Streik am Flughafen", "Von Anna Schmidt", STORY[0]]
    ctx = context(lines)
    assert headline_by_declared_title(ctx, Declared(), "Streik am „Flughafen“", Line(r"^Von ")) == 2
    assert ctx.found.title == "Streik am Flughafen"
    assert headline_by_declared_title(context(lines), Declared(), "Streik am Flughafen") == 0
    # Reworded for the web: the headline-shaped line sharing most of its words.
    ctx = context(["Menü", "Großer Streik am Flughafen Hamburg", STORY[0]])
    assert headline_by_declared_title(ctx, Declared(), "Streik am Flughafen Hamburg") == 1
    ctx = context(["Menü", "Ganz etwas anderes passiert", STORY[0]])
    assert headline_by_declared_title(ctx, Declared(), "Streik am Flughafen Hamburg") is None
    assert ctx.found.headline is None


def test_a_caption_is_taken_once_and_its_copies_after_it():
    ctx = context([STORY[0], "Die Demonstranten vor dem Parlament", STORY[1], "Die Demonstranten vor dem Parlament"])
    take_caption(ctx, 1, "test.captions")
    take_caption(ctx, 3, "test.captions")
    assert ctx.found.captions == ["Die Demonstranten vor dem Parlament"]
    assert ctx.labels[3] is not None and ctx.labels[3][1].code is Why.CAPTION_AGAIN
    assert [is_caption(ctx, i) for i in range(4)] == [False, True, False, True]
    assert ctx.labelled(Why.CAPTION, Why.CAPTION_AGAIN) == [1, 3] and ctx.first_labelled(Why.CAPTION_AGAIN) == 3
    assert ctx.first_labelled(Why.DATELINE) is None


def test_has_class_matches_a_whole_class_word_and_element_text_reads_like_text_content():
    html = ('<html><body><div class="article-body"><p>Falsch</p></div>'
            '<div class="x\n article  y"><p>Der <a href="/a">Streik</a> geht <b>weiter</b>.</p></div></body></html>')
    page = Context.read(make_document(html), None)
    assert page.page is not None
    found = XPath(f"//div[{has_class('article')}]").elements(page.page.root)
    assert len(found) == 1 and element_text(found[0]) == "Der Streik geht weiter."
    assert element_text(found[0]) == found[0].text_content()  # type: ignore[attr-defined]


def test_mark_inside_labels_only_the_free_lines_of_the_elements_in_order():
    html = ('<html><body><ul class="tags"><li>Politik</li><li>Wahl</li><li>Berlin</li></ul>'
            '<p>Ein Satz der Geschichte, der nicht zu den Schlagworten gehört.</p></body></html>')
    page = Context.read(make_document(html), None)
    lines = sorted(page.inside(XPath("//ul[@class='tags']")))
    assert [page.texts[i] for i in lines] == ["Politik", "Wahl", "Berlin"]
    page.mark(lines[1], Label.BOILERPLATE, Why.WIDGET, "taken before", "test")
    taken = page.mark_inside(XPath("//ul[@class='tags']"), Label.METADATA, Why.TAGS, "tags", "test.tags")
    assert [page.texts[i] for i in taken] == ["Politik", "Berlin"]
    assert page.labels[lines[1]][1].code is Why.WIDGET  # type: ignore[index]
    assert all(page.labels[i][1].code is Why.TAGS for i in taken)  # type: ignore[index]
