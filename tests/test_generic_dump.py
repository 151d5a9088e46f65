"""The generic dump extractor on made-up dumps: chrome kinds, fields, robustness, corpus floor."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

import cleanwire
from cleanwire import CleanwireError, Label
from cleanwire.blocks import Why
from cleanwire.lexicon.dates import parse_date

ROOT = Path(__file__).resolve().parent.parent

PAGE = """ date 2021-03-04  Harbour town votes to rebuild its old sea wall | The Example Tribune
Skip to content
Home
World
Business
Sport
Subscribe
Log in

Harbour town votes to rebuild its old sea wall

By Jane Doe and John Roe
Updated 3:45 PM ET, Thu March 4, 2021
Share on Facebook
Share on Twitter

Residents of the small harbour town voted on Tuesday to spend the money they had saved for a decade on rebuilding the sea wall that has protected the old quarter since the nineteenth century.

The council said the vote was the largest turnout it had ever recorded, with nearly four in five of the people on the register taking part in the ballot over two days.
Workers inspect the cracked stones of the sea wall. (Photo: Jane Doe/Example Agency)
Workers inspect the cracked stones of the sea wall. (Photo: Jane Doe/Example Agency)

Engineers had warned last winter that the wall would not survive another season of storms without repairs, and that the cost of doing nothing would be far higher than the cost of acting now.

Advertisement

What happens next

The work is expected to start in the spring, when the weather allows the crews to reach the foot of the wall at low tide, and it should be finished before the autumn storms arrive.

"We have waited long enough, and now the town has spoken with one voice," the mayor told reporters outside the town hall after the result was announced.

Sign up for our newsletter
Get the day's top stories in your inbox every morning.

Related Stories
Storm damage closes the harbour road for a week
Fishermen ask for help after a hard winter
New ferry timetable starts next month

Comments
Log in to comment
Privacy Policy
Terms of Use
© 2021 The Example Tribune. All rights reserved.
"""

PROSE = (
    "The committee met again on Monday to discuss the plan, and its members agreed that the town "
    "would need more time to study the costs before any final decision could be taken this year."
)
STORY = [
    PROSE,
    "Several residents spoke at the meeting, and most of them said that they would support the work "
    "if the council could show them a clear budget and a timetable that the builders could keep.",
    "The mayor promised to publish both documents before the end of the month, so that everyone in "
    "the town would have the chance to read them and to send questions to the council in writing.",
    "A second meeting is planned for the spring, when the engineers are expected to present their "
    "final report on the state of the bridge and on the options that remain open to the town.",
]


def _explain(text: str, url: str | None = None) -> cleanwire.Explanation:
    return cleanwire.explain(text.encode("utf-8"), url=url)


def test_story_comes_out_whole_and_in_order():
    article = cleanwire.extract(PAGE)
    assert article.extractor == "generic"
    assert article.paragraphs[0].startswith("Residents of the small harbour town")
    assert article.paragraphs[-1].startswith('"We have waited long enough')
    assert "What happens next" in article.paragraphs  # an inner heading stays
    assert len(article.paragraphs) == 6


@pytest.mark.parametrize(
    "residue",
    ["Skip to content", "Subscribe", "Share on", "Advertisement", "newsletter", "Related Stories",
     "Storm damage", "Comments", "Privacy Policy", "All rights reserved", "By Jane Doe", "Updated 3:45",
     "(Photo:", "Harbour town votes"],
)
def test_chrome_is_gone(residue):
    assert residue not in cleanwire.extract(PAGE).body


def test_fields():
    article = cleanwire.extract(PAGE)
    assert article.title == "Harbour town votes to rebuild its old sea wall"
    assert article.authors == ("Jane Doe", "John Roe")
    assert article.published is not None
    assert article.published.isoformat() == "2021-03-04T15:45:00-05:00"
    assert article.captions == ("Workers inspect the cracked stones of the sea wall. (Photo: Jane Doe/Example Agency)",)
    assert [(r.title, r.group) for r in article.related] == [
        ("Storm damage closes the harbour road for a week", "Related Stories"),
        ("Fishermen ask for help after a hard winter", "Related Stories"),
        ("New ferry timetable starts next month", "Related Stories"),
    ]
    assert all(r.url is None for r in article.related)
    assert article.language == "en"


def test_every_line_has_a_label_and_a_reason():
    result = _explain(PAGE)
    filled = [line for line in PAGE.split("\n")[1:] if line.strip()]
    assert [b.text for b in result.blocks] == filled
    assert all(b.reason for b in result.blocks)
    labels = {b.text: b.label for b in result.blocks}
    assert labels["By Jane Doe and John Roe"] is Label.METADATA
    assert labels["Related Stories"] is Label.RELATED
    assert labels["Advertisement"] is Label.BOILERPLATE


def test_explain_command_prints_labels(tmp_path, capsys):
    from cleanwire.cli.main import main

    path = tmp_path / "dump.txt"
    path.write_text(PAGE, encoding="utf-8")
    assert main(["explain", str(path)]) == 0
    out = capsys.readouterr().out
    assert "# extractor: generic" in out and "BODY" in out and "REL " in out and "(byline: byline)" in out


def test_headline_printed_twice_without_header_and_name_date_line():
    lines = ["Menu", "News", "Weather", "", "Bridge reopens after a year of repairs", "",
             "Maria Silva - Nov 19, 2019, 10:31 pm CST", "Bridge reopens after a year of repairs", ""]
    lines += [x for p in STORY for x in (p, "")] + ["Most Popular", "Rain expected all weekend in the valley",
                                "Local team wins the regional cup final", ""]
    article = cleanwire.extract("\n".join(lines))
    assert article.title == "Bridge reopens after a year of repairs"
    assert article.authors == ("Maria Silva",)
    assert article.published.isoformat() == "2019-11-19T22:31:00-06:00"
    assert article.paragraphs == tuple(STORY)
    assert [r.group for r in article.related] == ["Most Popular"] * 2


def test_german_byline_and_dateline_and_site_name_is_no_author():
    saetze = [
        "Die Stadt hat am Montag beschlossen, die alte Brücke über den Fluss bis zum nächsten Jahr "
        "zu erneuern, weil die Kosten für die Reparatur sonst weiter steigen würden.",
        "Der Bürgermeister sagte, dass die Arbeiten im Frühjahr beginnen sollen und dass die Brücke "
        "während dieser Zeit für den Verkehr gesperrt werden muss, was viele Pendler ärgert.",
        "Die Händler in der Innenstadt befürchten, dass weniger Kunden kommen, wenn die Brücke "
        "monatelang gesperrt ist, und sie fordern eine Hilfe von der Stadt für diese Zeit.",
        "Im Rat gab es am Ende eine klare Mehrheit für den Plan, nur zwei Mitglieder stimmten "
        "dagegen, weil sie die Kosten für zu hoch halten und eine neue Brücke bauen wollten.",
    ]
    lines = [" date 2018-09-25  Stadt erneuert die alte Brücke", "Startseite", "Politik", "",
             "Stadt erneuert die alte Brücke", "", "Von Max Muster, Beispielzeitung",
             "publiziert am 25. September 2018", ""] + [x for p in saetze for x in (p, "")] + ["Mehr zum Thema", "Neue Radwege für die Innenstadt", ""]
    article = cleanwire.extract("\n".join(lines), url="https://www.beispielzeitung.de/lokales/bruecke")
    assert article.authors == ("Max Muster",)
    assert article.published.date().isoformat() == "2018-09-25"
    assert article.language == "de"
    assert [r.group for r in article.related] == ["Mehr zum Thema"]
    assert article.paragraphs == tuple(saetze)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Nov 19, 2019, 10:31 pm CST", "2019-11-19T22:31:00-06:00"),
        ("October 9, 2018 at 4:02 pm", "2018-10-09T16:02:00+00:00"),
        ("publiziert am 25. September 2018", "2018-09-25T00:00:00+00:00"),
        ("Updated 3:45 PM ET, Tue November 19, 2019", "2019-11-19T15:45:00-05:00"),
        ("Updated 0339 GMT (1139 HKT) November 19, 2019", "2019-11-19T03:39:00+00:00"),
        ("In 2019 November 5, 2020", "2020-11-05T00:00:00+00:00"),
    ],
)
def test_dateline_formats(text, iso):
    value = parse_date(text)
    assert value is not None and value.isoformat() == iso


def test_dates_are_never_authors():
    lines = ["Home", "", "Title of a short report on the town", "", "By November 19, 2019", ""] + [x for p in STORY for x in (p, "")]
    assert cleanwire.extract("\n".join(lines)).authors == ()


def test_comment_thread_after_the_story_is_not_the_story():
    comment = ("I read the whole plan last night and I think the council is right to wait for the "
               "engineers, because the last time they rushed a project like this it cost twice as much.")
    lines = [" date 2018-09-10  Town plans a new bridge", "Home", "", "Town plans a new bridge", ""]
    lines += [x for p in STORY for x in (p, "")]
    lines += ["3 thoughts on this post", "Anna on September 12, 2018 at 4:47 pm said:", comment, "Reply",
              "Ben on September 13, 2018 at 9:02 am said:", comment.replace("night", "week"), "Reply"]
    result = _explain("\n".join(lines))
    assert result.article.paragraphs == tuple(STORY)
    reasons = {b.text: b.reason for b in result.blocks}
    assert reasons["Anna on September 12, 2018 at 4:47 pm said:"].code is Why.COMMENTS


def test_one_said_line_is_no_thread():
    lines = [" date 2018-09-10  Town plans a new bridge", "Town plans a new bridge", ""]
    lines += [STORY[0], "", "The mayor on Monday at 4 pm said:", "", *STORY[1:]]
    assert cleanwire.extract("\n".join(lines)).paragraphs[-1] == STORY[-1]


# Robustness: a sound Article or a clear CleanwireError, never a hang or a traceback.

def _sound_or_error(raw: bytes | str) -> None:
    try:
        article = cleanwire.extract(raw)
    except CleanwireError:
        return
    assert article.paragraphs and all(article.paragraphs)


def test_random_bytes():
    rng = random.Random(7)
    for size in (1, 100, 5000, 200_000):
        _sound_or_error(bytes(rng.randrange(256) for _ in range(size)))


def test_one_huge_line():
    line = (PROSE + " ") * 28_000  # about 5 MB, no newline
    assert len(line) > 5_000_000
    article = cleanwire.extract(line)
    assert len(article.body) == len(line.strip())


def test_many_short_lines():
    text = "\n".join(f"item {i}" for i in range(100_000))
    _sound_or_error(text)


def test_no_newlines_and_blank_input():
    _sound_or_error(PROSE)
    with pytest.raises(CleanwireError):
        cleanwire.extract("\n\n   \n")


def _flags(p: list[float], words: list[int]) -> list[bool]:
    from cleanwire.generic.text.decide import Scores, body_flags

    return body_flags(Scores(None, [], p, (0, -1), [], [], []), 0.5, 0.3, words)


def test_story_resumes_after_a_short_interruption():
    story, headlines, rest = [0.9] * 6, [0.05] * 10, [0.25] * 5
    flags = _flags(story + headlines + rest, [30] * 6 + [8] * 10 + [25] * 5)
    assert flags == [True] * 6 + [False] * 10 + [True] * 5


def test_story_does_not_resume_after_a_long_interruption_or_into_a_scrap():
    story, tail = [0.9] * 6, [0.25] * 5
    far = _flags(story + [0.05] * 30 + tail, [30] * 6 + [8] * 30 + [25] * 5)
    assert far == [True] * 6 + [False] * 35
    scrap = _flags(story + [0.05] * 5 + [0.25], [30] * 6 + [8] * 5 + [10])
    assert scrap == [True] * 6 + [False] * 6


# The dev corpus: the generic path must not regress below its measured score.

# Measured 0.934 on the dev corpus (the model was trained on it: the honest, host-grouped
# cross-validated figure is 0.933, see docs/benchmarks.md); the floor sits just under it.
GENERIC_DUMP_F1_FLOOR = 0.931


def test_generic_dump_f1_on_dev_corpus(dev_corpus):
    import json

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from scoring import score_corpus, score_page

    from cleanwire.document import make_document
    from cleanwire.generic.text.dump import explain_dump

    scores = []
    for line in (dev_corpus / "truth.jsonl").read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        doc = make_document((dev_corpus / "dumps" / f"{item['id']}.txt").read_bytes(), url=item["url"])
        scores.append(score_page(explain_dump(doc).article.body, item["body"]))
    result = score_corpus(scores)
    assert result.f1 >= GENERIC_DUMP_F1_FLOOR, result


DATES = [
    "June 9 -- Harbour Arena, West Bay, FL",
    "June 10 -- The Old Pavilion, Northport, GA",
    "June 14 -- Riverside Music Hall, Eastfield, NC",
    "June 17 -- Lakeside Theatre, Southwick, VA",
]


def _listing(items: list[str]) -> str:
    lines = ["Home", "World", "Sport", "", *STORY, "The tour dates announced so far are these:", *items,
             "", "Share on Facebook", "Subscribe to our newsletter", "Privacy Policy"]
    return "\n".join(lines)


def test_a_list_announced_by_a_colon_is_part_of_the_story():
    article = cleanwire.extract(_listing(DATES))
    assert article.paragraphs[-len(DATES):] == tuple(DATES)
    assert "Privacy Policy" not in article.body
    blocks = {b.text: b for b in _explain(_listing(DATES)).blocks}
    assert blocks[DATES[0]].reason.code is Why.STORY


def test_lines_of_other_shapes_after_a_colon_are_no_list():
    # Two items are no list, and a run of one-word menu items does not match a dated line.
    items = [DATES[0], DATES[1], "Home", "News", "Contact"]
    body = cleanwire.extract(_listing(items)).body
    assert "Contact" not in body and "News" not in body


@pytest.mark.parametrize("text", [PAGE, _listing(DATES), "\n".join(STORY)])
def test_fast_scores_match_the_training_rows(text):
    # score() skips building rows; the training script builds them: both must agree.
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from line_rows import probabilities, stage_one_rows, stage_two_rows

    from cleanwire.document import make_document
    from cleanwire.generic.text.decide import score
    from cleanwire.generic.text.lines import make_page
    from cleanwire.generic.text.model import shipped_model

    model = shipped_model()
    page, _ = make_page(make_document(text))
    _, base = stage_one_rows(page)
    p1 = probabilities(model.stage1, base)
    rows, span = stage_two_rows(page, base, p1)
    fast = score(page, model)
    assert fast.p1 == pytest.approx(p1, abs=1e-12)
    assert fast.p2 == pytest.approx(probabilities(model.stage2, rows), abs=1e-12)


def test_the_story_goes_on_between_its_parts_past_a_long_insert():
    # Story, seven lines of teaser headlines and a photo strip, one paragraph the neighbours
    # drag down, more story: the paragraph between the story's parts is the story.
    p = [0.9] * 4 + [0.05] * 7 + [0.16] + [0.05] * 2 + [0.9] * 3
    words = [30] * 4 + [8] * 7 + [35] + [3] * 2 + [30] * 3
    flags = _flags(p, words)
    assert flags[11] and flags[:4] == [True] * 4 and flags[-3:] == [True] * 3
    assert not any(flags[4:11])


def test_no_bridge_into_a_scrap_or_past_a_long_gap():
    short = _flags([0.9] * 4 + [0.05] * 5 + [0.16] + [0.9] * 3, [30] * 4 + [8] * 5 + [6] + [30] * 3)
    assert not short[9]
    far = [0.9] * 4 + [0.05] * 12 + [0.16] + [0.05] * 12 + [0.9] * 3
    assert not _flags(far, [30] * 4 + [8] * 12 + [35] + [8] * 12 + [30] * 3)[16]


@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        ("Sign up to our newsletter and get the best stories in your inbox every morning of the week.", True),
        ("Der Newsletter informiert Sie immer montags bis freitags über das Wichtigste vom Tag.", True),
        ("Abonniere den Kanal und erhalte die Nachrichten direkt auf dein Handy, jeden Morgen.", True),
        ("The council said the vote was the largest turnout it had ever recorded in the town.", False),
        ("Sie sagte, die Stadt werde den Plan im Herbst vorlegen und die Kosten offenlegen.", False),
    ],
)
def test_lines_that_address_the_reader_are_marked(text, addresses):
    from cleanwire.generic.text.features import TEXT_NAMES, split_all, text_columns

    columns = text_columns([text], split_all([text]), frozenset())
    assert (columns[TEXT_NAMES.index("reader")][0] > 0) is addresses


def _flags_with(p: list[float], words: list[int], chrome: list[bool]) -> list[bool]:
    from cleanwire.generic.text.decide import Scores, body_flags

    return body_flags(Scores(None, [], p, (0, -1), chrome, [False] * len(p), []), 0.5, 0.3, words)


def test_a_small_group_of_prose_past_a_comment_form_is_no_story():
    # The story, a comment form (buttons), then two lines of a consent notice that score high.
    p = [0.9] * 6 + [0.05] * 8 + [0.8] * 2
    words = [30] * 6 + [3] * 8 + [20] * 2
    chrome = [False] * 6 + [True] * 8 + [False] * 2
    assert _flags_with(p, words, chrome) == [True] * 6 + [False] * 10
    # The same gap without buttons (photos, a table): the second group stays.
    assert _flags_with(p, words, [False] * 16)[-2:] == [True, True]


@pytest.mark.parametrize("heading", ["More from UK", "Lesen Sie auch", "Leia também:", "À lire aussi"])
def test_teaser_headlines_under_a_related_heading_inside_the_story_are_no_story(heading):
    from cleanwire.document import make_document
    from cleanwire.generic.text.edges import teasers
    from cleanwire.generic.text.lines import make_page

    lines = [
        STORY[0], STORY[1], heading,
        "Prince of the harbour: three banks abandon ties with the town after the vote",
        "Ferry timetable: the new service starts next month, council says",
        "12.03.2021",
        STORY[2], "What happens next", STORY[3],
    ]
    page, _ = make_page(make_document("\n".join(lines).encode()))
    headings = [text == heading for text in page.texts]
    # The teasers (and the date under them) go; the story goes on at the first sentence, and an
    # inner heading after it is no teaser.
    assert teasers(page, [True] * len(lines), headings) == [3, 4, 5]
    assert teasers(page, [True] * len(lines), [False] * len(lines)) == []


@pytest.mark.parametrize(
    ("text", "inserted"),
    [
        ("Read more", True), ("Weiterlesen »", True), ("Czytaj więcej", True), ("View all (23)", True),
        ("Vis mer", True), ("wyze-sense-yellow.jpg", True),
        ("Read more about the plan in the council's report, which was published on Monday.", False),
        ("More", True), ("More than a thousand people came.", False),
    ],
)
def test_button_lines_inside_the_story_are_inserts(text, inserted):
    from cleanwire.generic.text.edges import is_insert

    assert is_insert(text, len(text.split())) is inserted


@pytest.mark.parametrize(
    ("text", "appeal"),
    [
        ("Subscribe to our newsletter", True),
        ("Click here to read the full court filing.", True),
        ("Der Newsletter informiert Sie montags bis freitags über das Wichtigste aus der Region und dem Rest "
         "der Welt, kostenlos und direkt in Ihr Postfach.", True),
        ("Abonniere den Kanal von 20 Minuten und verpasse nichts mehr.", True),
        ("Recibe las noticias cada mañana: suscríbete gratis.", True),
        ("Informieren Sie sich: Testen Sie zwei Wochen lang die gedruckte Zeitung.", True),
        ("Bitte aktivieren Sie JavaScript.", True),
        ("Forscher testen den neuen Impfstoff an Freiwilligen in drei Ländern.", False),
        ("Start your day with the morning briefing: the stories you need, one newsletter, every weekday at seven "
         "in your inbox.", True),
        # A report may say who signed up, or mention a newsletter, without addressing the reader.
        ("Engineers patched the software as the company continued to sign up additional subscribers throughout "
         "the week, the chief executive said on Tuesday evening.", False),
        ("Die Stadt hat ihren Newsletter eingestellt, weil die Zahl der Leser im vergangenen Jahr um mehr als "
         "die Hälfte gesunken war.", False),
        ("The minister said the reforms would follow within a year.", False),
    ],
)
def test_appeals_to_sign_up_are_no_story(text, appeal):
    from cleanwire.generic.text.edges import is_appeal
    from cleanwire.generic.text.features import split_all

    assert is_appeal(text, split_all([text])[0]) is appeal


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("(Reporting by Jane Doe; editing by John Roe)", True),
        ("Associated Press writers Jane Doe and John Roe contributed to this report.", True),
        ("Mit Informationen der ARD-Korrespondenten und der Nachrichtenagenturen AFP und dpa.", True),
        ("The reporting by local papers was praised by the council on Monday.", False),
    ],
)
def test_a_credit_for_the_reporting_is_no_story(text, credit):
    from cleanwire.generic.text.edges import reporting_credit
    from cleanwire.generic.text.features import split_all

    assert reporting_credit(text, split_all([text])[0]) is credit
    if credit:
        article = cleanwire.extract("\n\n".join([*STORY, text, STORY[0]]))
        assert text not in article.paragraphs


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("Você pode gostar...", True), ("Läs också", True), ("Czytaj także:", True), ("Auch interessant…", True),
        ("Related coverage from Money:", True), ("Ti potrebbe interessare", True),
        ("Related to this story, the court found that he had lied.", False), ("Les meilleurs", False),
    ],
)
def test_related_headings_in_many_languages(text, heading):
    from cleanwire.lexicon.vocab import RELATED_HEADING

    assert (RELATED_HEADING.match(text) is not None) is heading


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Workers carry stones from the old sea wall to a lorry waiting on the harbour road.",
         "Jane Doe | Example Agency | Getty Images"),
        ("Workers carry stones from the old sea wall to a lorry waiting on the harbour road.", "Photo: Jane Doe, AP"),
        # The credit's bracket opens on the caption's line.
        ("Workers carry stones from the old sea wall to a lorry waiting on the harbour road (", "Image: Jane Doe)"),
    ],
)
def test_the_line_above_a_credit_line_is_its_caption(caption, credit):
    text = "\n\n".join(["Harbour town votes to rebuild its old sea wall", STORY[0], STORY[1], caption, credit,
                       STORY[2], STORY[3]])
    article = cleanwire.extract(text.encode("utf-8"))
    assert caption not in article.paragraphs
    assert caption in article.captions
    assert article.paragraphs[-1] == STORY[3]


@pytest.mark.parametrize("heading", ["About the author", "Über Jane Doe", "Sobre Carlos Nadalim"])
def test_a_box_about_the_author_under_the_story_is_no_story(heading):
    bio = ("Jane Doe has reported on the town council for twelve years and lives with her two children in "
           "the old harbour district, where she also coaches the local rowing club.")
    text = "\n\n".join(["Harbour town votes to rebuild its old sea wall", *STORY, heading, bio])
    article = cleanwire.extract(text.encode("utf-8"))
    assert article.paragraphs[-1] == STORY[-1]
    assert bio not in article.body


def test_a_one_word_about_heading_is_no_author_box():
    # "About Acme" under a press release names the company: the truth of such pages keeps it.
    from cleanwire.lexicon.vocab import AUTHOR_BOX

    assert AUTHOR_BOX.match("About Acme") is None
    assert AUTHOR_BOX.match("About 40 people came") is None
    assert AUTHOR_BOX.match("About Jane Doe") is not None


def test_leads_of_other_stories_cut_short_are_no_story():
    teasers = [
        "Council approves new ferry timetable HARBOURTOWN: The council on Tuesday approved a timetable that "
        "will add two crossings a day from next month, the harbour master said after the...",
        "Fishermen ask for help after a hard winter HARBOURTOWN: Fishermen asked the region for money to repair "
        "boats damaged in the storms, saying that the losses were…",
    ]
    text = "\n\n".join(["Harbour town votes to rebuild its old sea wall", *STORY, *teasers])
    article = cleanwire.extract(text.encode("utf-8"))
    assert article.paragraphs[-1] == STORY[-1]
    # One line ending in an ellipsis is the story's own: only a list of them is cut.
    own = STORY[-1][:-1] + "…"
    article = cleanwire.extract("\n\n".join(["Harbour town votes to rebuild its old sea wall", *STORY[:-1], own]).encode())
    assert article.paragraphs[-1] == own


def test_a_post_the_story_embeds_is_story():
    post = "The council has voted. The sea wall will be rebuilt this summer."
    signature = "— Harbour Town Council (@harbourcouncil) March 4, 2021"
    text = "\n\n".join(["Harbour town votes to rebuild its old sea wall", *STORY, post, signature,
                       "Share this:", "Twitter", "Facebook"])
    article = cleanwire.extract(text.encode("utf-8"))
    assert article.paragraphs[-2:] == (post, signature)


@pytest.mark.parametrize("mark", ["(Archivbild)", "(Symbolbild)", "(file photo)"])
def test_a_picture_marked_as_archive_or_symbol_is_a_caption(mark):
    caption = f"Die alte Mauer am Hafen {mark}: Der Rat will sie im Sommer erneuern lassen."
    text = "\n\n".join(["Harbour town votes to rebuild its old sea wall", STORY[0], STORY[1], caption, STORY[2], STORY[3]])
    article = cleanwire.extract(text.encode("utf-8"))
    assert caption not in article.paragraphs
    assert caption in article.captions


def test_a_caption_credited_to_an_agency_photo_with_a_note_is_a_caption():
    caption = "Workers carry stones from the old sea wall in Harbourtown, Maine. (AP Photo/Jane Doe, File)"
    text = "\n\n".join(["Harbour town votes to rebuild its old sea wall", STORY[0], STORY[1], caption, STORY[2], STORY[3]])
    article = cleanwire.extract(text.encode("utf-8"))
    assert caption in article.captions
    assert caption not in article.paragraphs


def test_the_authors_e_mail_address_under_the_story_is_no_story():
    text = "\n\n".join(["Harbour town votes to rebuild its old sea wall", *STORY, "jane.doe@example-news.com"])
    article = cleanwire.extract(text.encode("utf-8"))
    assert article.paragraphs[-1] == STORY[-1]


def test_the_opening_paragraph_above_a_photo_and_share_buttons_is_story():
    from cleanwire.document import make_document
    from cleanwire.generic.text.edges import lede
    from cleanwire.generic.text.lines import make_page

    opening = ("The town council voted on Tuesday night to rebuild the old sea wall, ending a dispute that has "
               "divided the harbour for more than ten years and cost two mayors their jobs.")
    lines = ["Harbour town votes to rebuild its old sea wall", opening, "Workers inspect the cracked stones.",
             "Photo: Jane Doe/Example Agency", "Share on Facebook", "Share on Twitter", "Jane Doe", *STORY]
    page, _ = make_page(make_document("\n\n".join(lines).encode()))
    n = len(lines)
    body = [False] * 7 + [True] * len(STORY)
    p2 = [0.1, 0.4, 0.2, 0.0, 0.0, 0.0, 0.1] + [0.9] * len(STORY)
    p1 = [0.2, 0.9, 0.3, 0.0, 0.0, 0.0, 0.1] + [0.9] * len(STORY)
    assert lede(page, body, p1, p2, 0.3, [False] * n, [False] * n) == [1]
    # Not prose on its own, or too weak in context: no opening paragraph.
    assert lede(page, body, [0.5] * n, p2, 0.3, [False] * n, [False] * n) == []
    assert lede(page, body, p1, p2, 0.5, [False] * n, [False] * n) == []
