"""TechCrunch (techcrunch.com)."""

from cleanwire.sitekit import HEADLINE_LIKE, Byline, Captions, Context, Line, XPath, has_class
from cleanwire.lexicon.people import PERSON_NAMES
from cleanwire.sitekit.helpers import mark_alt_texts

from ._declared import DeclaredSite

_CREDIT = Line(r"^Image Credits: ")


class TechCrunch(DeclaredSite):
    name = "techcrunch"
    site_name = "TechCrunch"
    hosts = ("techcrunch.com",)
    timezone = "America/Los_Angeles"
    lang = "en"
    unprinted = frozenset({"section", "tags"})

    passes = ("drop", "headline", "breadcrumb", "byline", "dateline", "story", "tail", "links", "tags", "captions",
              "alt", "trailing", "body")
    # The author, then the age or the day: "Kyle Wiggers 7 hours", "Kyle Wiggers April 28, 2024".
    byline = (Byline(Line(rf"^(?P<names>{PERSON_NAMES})(?: \d+ (?:minutes?|hours?|days?)| \w+ \d{{1,2}}, \d{{4}})?$",
                          max_words=16)),)
    # A dump of the site prints the story and nothing after it.
    ends_with_page = True
    container = XPath(f"//div[{has_class('article-content')}]")
    # Every photo is credited under it: "Image Credits: UiPath".
    caption = Captions(line=_CREDIT)

    def pass_alt(self, ctx: Context) -> None:
        mark_alt_texts(ctx, f"{self.rule_name}.alt", shape=HEADLINE_LIKE)
