"""AP News (apnews.com), the Associated Press's own site."""

from cleanwire.blocks import Label, Why
from cleanwire.sitekit import SHORT, Byline, Captions, Context, Dateline, Line, XPath, has_class

from ._declared import DeclaredSite

_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_DAY = rf"{_MONTHS} \d{{1,2}}, \d{{4}}"
#: The topics the story is filed under, listed above the headline.
_TOPICS = Line(r"^Related topics$")


class APNews(DeclaredSite):
    name = "apnews"
    site_name = "AP News"
    hosts = ("apnews.com",)
    signatures = (r"^All contents © copyright \d{4} The Associated Press\. All rights reserved\.$",)
    timezone = "America/New_York"
    lang = "en"
    unprinted = frozenset({"section"})

    passes = ("drop", "headline", "topics", "breadcrumb", "byline", "dateline", "story", "tail", "links", "captions",
              "trailing", "body")
    drop = (Line(r"^Click to copy$"), Line(r"^https://apnews\.com/\S+$"))
    # The credit and the day on one line, run together: "Associated PressApril 28, 2023 GMT",
    # "By JANE DOE and JOHN ROE April 28, 2023 GMT". Wire copy credits the agency only.
    byline = (Byline(Line(rf"^(?:By )?(?P<names>[A-Z][^\d]{{2,120}}?)\s*(?:Updated )?{_DAY}", max_words=30)),)
    dateline = (Dateline(Line(rf"(?P<date>{_DAY})(?: GMT)?$", max_words=30), on_byline=True),)
    caption = Captions(html=XPath("//*[contains(@class, 'embed-caption')]"))
    container = XPath(f"//div[{has_class('Article')}]")
    # The footer opens with the masthead again.
    tail = (Line(r"^AP NEWS$"), Line(r"^All contents © copyright \d{4} The Associated Press"))

    def pass_topics(self, ctx: Context) -> None:
        """"Related topics" and one topic a line, above the headline: the tags."""
        i = ctx.first(_TOPICS)
        if i is None:
            return
        ctx.mark(i, Label.METADATA, Why.TAGS, "tags heading", f"{self.rule_name}.topics")
        found = []
        for j in range(i + 1, min(len(ctx), i + 20)):
            if not ctx.free(j) or not SHORT.match(ctx.texts[j]):
                break
            found.append(ctx.texts[j])
            ctx.mark(j, Label.METADATA, Why.TAGS, "tag", f"{self.rule_name}.topics")
        ctx.found.tags = tuple(dict.fromkeys(found)) or None
