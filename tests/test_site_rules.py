"""The declarative SiteExtractor rules on a made-up site (the example in docs/adding-a-site.md)."""

from __future__ import annotations

from cleanwire import Label
from cleanwire.document import make_document
from cleanwire.site import SiteExtractor


class ExampleTimes(SiteExtractor):
    name = "exampletimes"
    site_name = "The Example Times"
    hosts = ("exampletimes.com",)
    signatures = (r"^© \d{4} The Example Times$",)
    timezone = "America/New_York"
    masthead = (r"^The Example Times$",)
    residue = (r"^(?:Share|Tweet|Email)$",)
    breadcrumb = r"^(Home / .+)$"
    breadcrumb_separator = "/"
    dateline = r"^Posted (?P<date>.+)$"
    bylines = (r"^By (?P<names>.+)$",)
    tag_line = r"^Topics: (?P<tags>.+)$"
    caption_credit = r"\((?:Photo|Credit): [^)]+\)$"
    inline_widgets = (r"^Read more$",)
    related_headings = (r"^More from .+$", r"^Most read$")
    tail_markers = (r"^Comments$", r"^Subscribe to our newsletter$")


DUMP = """The Example Times
Home / Science / Space
Share
Tweet
Probe finds water ice near the lunar south pole
Posted March 3, 2024 at 9:15 am
By Ana Lima and Tom Reed
The probe's instruments detected the ice in a crater that never sees sunlight, the agency said.
The lander's camera took this picture of the crater rim. (Photo: Space Agency)
Scientists had expected the ice for decades, but had not measured how much lay there.
Read more
Why the Moon's poles matter to future missions
Ice on Mars: what we know
The finding could make a crewed base cheaper to supply, since water can be turned into fuel.
Email
Topics: lunar south pole water ice space agency
More from Science
Probe finds water ice near the lunar south pole
Comet makes closest approach in 70 years
Most read
Rocket launch delayed by weather
Comments
Great news!
© 2024 The Example Times
"""


def test_every_rule():
    doc = make_document(DUMP)
    assert ExampleTimes.matches_dump(doc)
    result = ExampleTimes().explain(doc)
    a = result.article
    assert a.title == "Probe finds water ice near the lunar south pole"
    assert a.published.isoformat() == "2024-03-03T09:15:00-05:00"
    assert a.section == ("Science", "Space")
    assert a.authors == ("Ana Lima", "Tom Reed")
    assert a.captions == ("The lander's camera took this picture of the crater rim. (Photo: Space Agency)",)
    assert [p[:12] for p in a.paragraphs] == ["The probe's ", "Scientists h", "The finding "]
    assert a.tags == ("lunar south pole", "water ice", "space agency")
    assert [(r.group, r.title[:10]) for r in a.related] == [
        ("Read more", "Why the Mo"), ("Read more", "Ice on Mar"),
        ("More from Science", "Comet make"), ("Most read", "Rocket lau"),
    ]
    reasons = {b.text: (b.label, b.reason.message) for b in result.blocks}
    assert reasons["Share"] == (Label.BOILERPLATE, "button residue")
    assert reasons["Email"] == (Label.BOILERPLATE, "button residue")
    assert reasons["Great news!"][0] is Label.BOILERPLATE
    assert reasons["The Example Times"] == (Label.BOILERPLATE, "masthead")


def test_site_html_falls_back_to_generic_with_site_name():
    page = "<html><head><title>x</title></head><body><article><p>" + "Words in a sentence here. " * 40 + "</p></article></body></html>"
    a = ExampleTimes().explain(make_document(page)).article
    assert a.site == "The Example Times" and a.extractor == "exampletimes" and a.paragraphs
