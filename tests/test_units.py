"""Small units: dates, names and tag splitting."""

from __future__ import annotations

from datetime import timedelta

import pytest

from cleanwire.lexicon.credits import credits
from cleanwire.lexicon.dates import parse_date
from cleanwire.lexicon.people import fix_case, names_from_byline, person_names
from cleanwire.lexicon.tags import split_tags
from cleanwire.lexicon.titles import slug, strip_site_affixes


@pytest.mark.parametrize(
    "text, tz, iso",
    [
        ("Published: 13 Aug. 2025, 14:41", "Asia/Seoul", "2025-08-13T14:41:00+09:00"),
        ("Nov 19, 2019, 10:31 pm CST", None, "2019-11-19T22:31:00-06:00"),
        ("October 9, 2018 at 4:02 pm", "America/New_York", "2018-10-09T16:02:00-04:00"),
        ("publiziert am 25. September 2018", "Europe/Berlin", "2018-09-25T00:00:00+02:00"),
        ("2019-11-19T22:31:00-06:00", None, "2019-11-19T22:31:00-06:00"),
        ("2019-11-19T22:31:00Z", None, "2019-11-19T22:31:00+00:00"),
        ("02 Sept. 2025, 18:05", "Asia/Seoul", "2025-09-02T18:05:00+09:00"),
        # Month names of more languages, and their short forms.
        ("2024. május 3. 14:20", None, "2024-05-03T14:20:00+00:00"),
        ("3 d’abril de 2024", None, "2024-04-03T00:00:00+00:00"),
        ("julkaistu 7. tammikuuta 2026", None, "2026-01-07T00:00:00+00:00"),
        ("15 января 2024, 10:31", None, "2024-01-15T10:31:00+00:00"),
        ("12 Μαΐου 2023", None, "2023-05-12T00:00:00+00:00"),
        ("12 decembrie 2023", None, "2023-12-12T00:00:00+00:00"),
        ("10 out. 2024, 10:31", None, "2024-10-10T10:31:00+00:00"),
        ("5 mrt 2024", None, "2024-03-05T00:00:00+00:00"),
        ("12 janv. 2024", None, "2024-01-12T00:00:00+00:00"),
        ("3. júna 2024", None, "2024-06-03T00:00:00+00:00"),
    ],
)
def test_parse_date(text, tz, iso):
    assert parse_date(text, tz).isoformat() == iso


def test_parse_date_rejects_nonsense():
    assert parse_date("no date here, 99 problems") is None
    assert parse_date("31 Feb. 2025") is None


def test_parse_date_is_always_aware():
    assert parse_date("13 Aug. 2025").utcoffset() == timedelta(0)


def test_romanised_names():
    assert names_from_byline("BY SEO JI-EUN [seo.jieun1@joongang.co.kr]", romanised=True) == ("Seo Ji-eun",)
    assert names_from_byline("BY KIM JI-HYE, LEE SOO-JUNG [k@x.kr]", romanised=True) == ("Kim Ji-hye", "Lee Soo-jung")
    assert fix_case("JEAN-PAUL O'NEIL") == "Jean-Paul O'Neil"
    assert fix_case("Mixed Case Stays") == "Mixed Case Stays"


def test_split_tags_uses_phrases_from_the_text():
    text = "North Korea said Kim Jong-un met Vladimir Putin. Russia agreed."
    assert split_tags("North Korea Russia Kim Jong-un Vladimir Putin", text) == (
        "North Korea", "Russia", "Kim Jong-un", "Vladimir Putin")


def test_split_tags_does_not_join_across_sentences():
    text = "They met in South Korea. Seoul hosted them. South Korea welcomed Seoul's offer."
    assert split_tags("South Korea Seoul", text) == ("South Korea", "Seoul")


def test_split_tags_unknown_words_stay_single():
    assert split_tags("alpha beta", "nothing relevant") == ("alpha", "beta")


@pytest.mark.parametrize(
    "byline, names",
    [
        ("By John E. Smith and Y. Tanaka", ("John E. Smith", "Y. Tanaka")),  # initials are no "e" / "y"
        ("Anna Nowak i Jan Kowalski", ("Anna Nowak", "Jan Kowalski")),
        ("door Jan de Vries en Piet Jansen", ("Jan de Vries", "Piet Jansen")),
        ("Maija Virtanen ja Matti Meikäläinen", ("Maija Virtanen", "Matti Meikäläinen")),
        ("Kovács Anna és Nagy Péter", ("Kovács Anna", "Nagy Péter")),
        ("Ayşe Yılmaz ve Mehmet Demir", ("Ayşe Yılmaz", "Mehmet Demir")),
        ("Jan Novák a Petr Svoboda", ("Jan Novák", "Petr Svoboda")),
        ("Ann Lee, Bo Park, and Cy Doe", ("Ann Lee", "Bo Park", "Cy Doe")),
        ("BY ANNA NOWAK AND JOHN DOE", ("Anna Nowak", "John Doe")),
    ],
)
def test_names_split_at_and_in_many_languages(byline, names):
    assert names_from_byline(byline) == names
    assert credits(byline)[0] == list(names)


@pytest.mark.parametrize(
    "title, names, host, headline",
    [
        ("Neue Regeln für Radwege - Süddeutsche Zeitung", set(), "www.sueddeutsche.de", "Neue Regeln für Radwege"),
        ("Le gouvernement recule | Le Café", set(), "lecafe.fr", "Le gouvernement recule"),
        ("Big news • The Daily", {"the daily"}, None, "Big news"),
        ("Big news › Example", set(), "example.com", "Big news"),
        ("Alpha beta gamma ~ Delta Blog", {"delta blog"}, None, "Alpha beta gamma"),
        ("Example • Big news", set(), "example.com", "Big news"),
    ],
)
def test_site_affixes_in_more_shapes(title, names, host, headline):
    assert strip_site_affixes(title, names, host) == headline


def test_slug_spells_accents_as_urls_do():
    assert slug("Le café où tout a commencé") == "le-cafe-ou-tout-a-commence"
    assert slug("Die Schweiz ist ein großer Tummelplatz") == "die-schweiz-ist-ein-grosser-tummelplatz"


@pytest.mark.parametrize(
    "byline, names",
    [
        ("Von Anna Weber aus Berlin", ["Anna Weber"]),
        ("Par Jean Martin à Paris", ["Jean Martin"]),
        ("By Luiz Inácio Lula da Silva", ["Luiz Inácio Lula da Silva"]),  # "da" is part of the name
        ("Reporting by Gopal Sharma in Kathmandu; Editing by Ann Lee", ["Gopal Sharma"]),
        ("By Ann Lee, Additional reporting by Bo Park", ["Ann Lee"]),
    ],
)
def test_a_place_and_other_roles_are_no_part_of_the_names(byline, names):
    assert credits(byline)[0] == names
    assert person_names(byline) == names
