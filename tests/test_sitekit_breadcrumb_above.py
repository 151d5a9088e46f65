"""Breadcrumb(above=N): the trail is sought just over the headline, not in the menu above."""

from __future__ import annotations

from cleanwire.document import make_document
from cleanwire.sitekit import Breadcrumb, Line, Site
from cleanwire.sitekit.apply import explain_site

STORY = [
    "Farmers in the south said it came too late for the maize, but would help the cattle through the winter.",
    "The weather service expects more rain over the weekend, with storms in the north and floods near the coast.",
]
DUMP = "\n".join([" date 2024-03-05  Rain at last", "News", "Sport", "Lifestyle", "Travel", "Your location: Sydney",
                  "News", "World", "Rain at last", *STORY]) + "\n"


def site(above: int | None) -> type[Site]:
    class Crumbs(Site):
        name = f"crumbs-test-{above}"
        breadcrumb = Breadcrumb(first=Line(r"^News$"), item=Line(r"^[A-Z]\w+$"), above=above)

    return Crumbs


def test_without_above_the_menu_is_taken():
    assert explain_site(site(None), make_document(DUMP)).article.section == ("News", "Sport", "Lifestyle", "Travel")


def test_above_takes_the_trail_over_the_headline():
    assert explain_site(site(2), make_document(DUMP)).article.section == ("News", "World")


def test_above_without_a_headline_finds_nothing():
    text = DUMP.replace("date 2024-03-05  Rain at last", "date 2024-03-05  Something else")  # no headline
    assert explain_site(site(2), make_document(text)).article.section == ()
