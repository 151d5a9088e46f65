"""Layout.ends_with_page: a dump that prints nothing after the story ends it at its last line,
without the generic path; a page or a dump with an end anchor is read as before."""

from __future__ import annotations

from cleanwire.document import make_document
from cleanwire.sitekit import Byline, Line, Site
from cleanwire.sitekit.apply import explain_site

STORY = [
    "The council approved the new budget on Tuesday after a long debate about school funding and roads.",
    "Opponents said the plan relied on optimistic forecasts of tax revenue for the next three years.",
    "The mayor said the city would review the figures again in the spring before any money is spent.",
]


class Plain(Site):
    name = "plain-test"
    site_name = "Plain"
    byline = (Byline(Line(r"^By (?P<names>.+)$")),)
    end = (Line(r"^Read more$"),)


class ToTheEnd(Plain):
    name = "to-the-end-test"
    ends_with_page = True


def dump(*tail: str) -> str:
    return "\n".join([" date 2024-03-05  Council approves budget", "Council approves budget", "By Ann Lee", *STORY,
                      *tail]) + "\n"


def test_story_runs_to_the_last_line_without_the_generic_path():
    result = explain_site(ToTheEnd, make_document(dump()))
    assert result.article.paragraphs == tuple(STORY)
    assert "story end: the dump's last line (no end anchor found)" in result.notes
    assert not any("story end: generic" in note for note in result.notes)


def test_an_end_anchor_still_ends_the_story():
    result = explain_site(ToTheEnd, make_document(dump("Read more", "Another story entirely about something else")))
    assert result.article.paragraphs == tuple(STORY)
    assert not any("last line" in note for note in result.notes)


def test_off_by_default():
    result = explain_site(Plain, make_document(dump()))
    assert not any("last line" in note for note in result.notes)
