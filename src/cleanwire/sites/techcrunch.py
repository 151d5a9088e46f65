"""TechCrunch (techcrunch.com)."""

from cleanwire.blocks import Label, Why
from cleanwire.sitekit import HEADLINE_LIKE, Byline, Captions, Context, Line, XPath

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
    byline = (Byline(Line(r"^(?P<names>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}(?:,? (?:and|&) [A-Z][\w'’.-]+"
                          r"(?: [A-Z][\w'’.-]+){1,3})*)(?: \d+ (?:minutes?|hours?|days?)| \w+ \d{1,2}, \d{4})?$",
                          max_words=16)),)
    container = XPath("//div[contains(concat(' ', normalize-space(@class), ' '), ' article-content ')]")
    # Every photo is credited under it: "Image Credits: UiPath".
    caption = Captions(line=_CREDIT)

    def pass_alt(self, ctx: Context) -> None:
        """A dump prints a photo's alt text above its credit: a headline-shaped line (no
        sentence) right above "Image Credits:" is the photo's, not the story's."""
        for i in range(1, len(ctx)):
            if (ctx.labels[i] is not None and ctx.labels[i][0] is Label.CAPTION and _CREDIT.match(ctx.texts[i])
                    and ctx.free(i - 1) and ctx.elements is None and HEADLINE_LIKE.match(ctx.texts[i - 1])):
                ctx.mark(i - 1, Label.BOILERPLATE, Why.CAPTION_AGAIN, "photo alt text above its credit",
                         f"{self.rule_name}.alt")
