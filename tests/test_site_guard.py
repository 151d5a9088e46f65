"""A layout taken without anchors is checked against the generic reading: a body that keeps
page furniture the generic path leaves out (a redesign the rules do not know) gives way."""

from __future__ import annotations

from cleanwire.document import make_document
from cleanwire.sitekit import Layout, Line, Site
from cleanwire.sitekit.apply import explain_site
from cleanwire.sitekit.guard import holds_furniture

STORY = [
    "The council approved the new budget on Monday after a long debate about school funding and road repairs.",
    "Opposition members said the plan relies on optimistic tax forecasts that may not hold if the economy slows.",
    "The mayor promised a review in the autumn, when the first figures for the new fiscal year will be available.",
    "Residents can comment on the budget at a public meeting next month, the council said in a statement.",
]
#: A widget the redesign prints inside the story.
WIDGET = ["More from The Post", "Five things to know about the budget", "Where the money goes next year",
          "Your questions on the budget answered", "Sign up for our morning newsletter"]


def test_furniture_is_short_lines_that_the_generic_body_lacks():
    assert not holds_furniture(STORY, STORY)
    assert holds_furniture(STORY[:2] + WIDGET + STORY[2:], STORY)
    # More prose than the generic body (story the generic path cut at an edge) is no furniture.
    assert not holds_furniture(STORY, STORY[:2])
    # A little furniture (a line or two in a long story) is tolerated.
    assert not holds_furniture(STORY * 3 + ["Read more"], STORY * 3)
    assert not holds_furniture([], [])
    # A long line without a final stop (a standfirst the generic path missed) is no furniture.
    standfirst = "The first rain in four months fell over the capital on Tuesday and the dams are filling again"
    assert not holds_furniture([standfirst, *STORY], STORY)


class Post(Site):
    name = "post-test"
    site_name = "The Post"
    tail = (Line(r"^© The Post$"),)


class Anchored(Post):
    name = "anchored-test"

    class V1(Layout):
        anchors = (Line(r"^The Post$"),)


def _page(widget: list[str]) -> str:
    return "\n".join([" date 2024-05-03  Council approves budget", "The Post", "Log in", "Council approves budget",
                      *STORY[:2], *widget, *STORY[2:], "© The Post"]) + "\n"


def test_an_unanchored_layout_whose_body_keeps_a_new_widget_gives_way_to_the_generic_body():
    old = explain_site(Post, make_document(_page([])))
    assert list(old.article.paragraphs[-4:]) == STORY
    assert not any("page furniture" in note for note in old.notes)
    # The redesign prints a widget inside the story, which the site's rules do not know.
    new = explain_site(Post, make_document(_page(WIDGET)))
    assert any("page furniture" in note for note in new.notes)
    assert not set(WIDGET) & set(new.article.paragraphs)
    assert STORY[0] in new.article.paragraphs
    # The site's fields still come from the site's reading.
    assert new.article.extractor == "post-test"


def test_a_layout_confirmed_by_its_anchors_is_trusted():
    result = explain_site(Anchored, make_document(_page(WIDGET)))
    assert not any("page furniture" in note for note in result.notes)
    assert set(WIDGET) <= set(result.article.paragraphs)


def test_rules_that_cannot_be_out_of_date_are_not_checked():
    class Learned(Post):
        name = "learned-test"
        checked_without_anchors = False  # as templates learned from the batch itself

    result = explain_site(Learned, make_document(_page(WIDGET)))
    assert not any("page furniture" in note for note in result.notes)
    assert set(WIDGET) <= set(result.article.paragraphs)
