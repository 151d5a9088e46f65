"""The shapes several site classes share (cleanwire.sites._widgets), on made-up dumps."""

from __future__ import annotations

from cleanwire.blocks import Label, Why
from cleanwire.document import make_document
from cleanwire.lexicon.tags import split_tags
from cleanwire.sites._widgets import (
    Box, mark_boxes, mark_pull_quotes, tags_from_line, take_names_below, tidy_dump_text, without_kicker,
)
from cleanwire.sitekit import Context, Line

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


def test_tidy_undoes_the_spaces_a_dump_sets_around_links_only_in_dumps():
    ctx = context(STORY)
    text = 'der " Teheran Times " wichtigster Partner, Patriot -Flugabwehr, Ein- und -ausgänge'
    tidy = 'der "Teheran Times" wichtigster Partner, Patriot-Flugabwehr, Ein- und -ausgänge'
    assert tidy_dump_text(ctx, (text,)) == (tidy,)
    page = Context.read(make_document(f"<html><body><p>{text}</p></body></html>"), None)
    assert tidy_dump_text(page, (text,)) == (text,)
    assert tidy_dump_text(ctx, None) is None


def test_tags_from_line_cuts_as_split_tags_over_the_whole_article():
    ctx = context(STORY)
    ctx.found.title = "Demo der Gewerkschaften"
    ctx.found.body = list(range(len(ctx)))
    whole = "\n".join([ctx.found.title, *ctx.texts])
    for line in ("Nora Back Regierung Polizei", "Gewerkschaften Premierminister Wald", "Luxemburg Demo"):
        assert tags_from_line(ctx, line) == split_tags(line, whole)
    assert tags_from_line(ctx, "Nora Back Regierung") == ("Nora Back", "Regierung")


def test_a_box_without_its_closing_line_takes_only_its_opening_line():
    ctx = context(["Newsletter", *STORY])
    mark_boxes(ctx, (Box(open=Line(r"^Newsletter$"), close=Line(r"^Weitere Newsletter$")),), "test.boxes")
    assert ctx.labels[0] is not None and ctx.labels[0][1].code is Why.PROMO
    assert all(ctx.free(i) for i in range(1, len(ctx)))


def test_a_box_runs_to_its_closing_line():
    ctx = context(["Newsletter", "Der Morgen", "Weitere Newsletter", *STORY])
    mark_boxes(ctx, (Box(open=Line(r"^Newsletter$"), close=Line(r"^Weitere Newsletter$")),), "test.boxes")
    assert [ctx.free(i) for i in range(4)] == [False, False, False, True]


def test_pull_quote_needs_its_speaker():
    speaker = Line(r"^[A-ZÄÖÜ][\w.'-]+(?: [A-ZÄÖÜ][\w.'-]+){1,3}, [^.]+$")
    ctx = context(STORY)
    mark_pull_quotes(ctx, speaker, "test.quotes")
    assert [i for i in range(len(ctx)) if not ctx.free(i)] == [2, 3]
    # A speaker line the story does not name is no speaker when the site asks for that.
    ctx = context([*STORY[:3], "Jean Dupont, Minister", STORY[4]])
    mark_pull_quotes(ctx, speaker, "test.quotes", named_in_story=True)
    assert all(ctx.free(i) for i in range(len(ctx)))


def test_names_under_a_von_line():
    ctx = context(["Von", "Konstantin Furrer", ",", "Deutsche Presse-Agentur", STORY[0]])
    assert take_names_below(ctx, 0, "test.byline")
    assert ctx.found.authors == ("Konstantin Furrer", "Deutsche Presse-Agentur")
    assert all(ctx.labels[i][0] is Label.METADATA for i in range(4)) and ctx.free(4)


def test_without_kicker():
    assert without_kicker("Eskalation im Nahen Osten - «Die Zurückhaltung»", " - ") == "«Die Zurückhaltung»"
    assert without_kicker("«Zitat - mit Strich»", " - ") == "«Zitat - mit Strich»"
    assert without_kicker("Kein Kicker hier", " – ") == "Kein Kicker hier"
    assert without_kicker(None, " - ") is None
