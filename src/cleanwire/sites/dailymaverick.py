"""Daily Maverick (dailymaverick.co.za), Johannesburg.

An article page carries the story in several reading modes (the long read, a speed-reading
copy, a summary); the story is the long read's.
"""

from __future__ import annotations

from cleanwire.blocks import Label, Why
from cleanwire.sitekit import Breadcrumb, Byline, Captions, Context, Dateline, Line, Site, TagList, XPath
from cleanwire.sitekit.helpers import mark_read_more, take_headline
from cleanwire.sitekit.passes import headline

_BYLINE = Line(r"^By (?P<names>[A-Z][^\d]{2,100}?)(?: Follow)?$", max_words=16)
_READ_MORE = Line(r"^Read more:(?= \S)")
#: A caption ends with its credit: "... (Photo: Haitham Imad)".
_CAPTION = Line(r"\((?:Photo|Image|Photos|Video): [^)]{2,120}\)\.?$")


class DailyMaverick(Site):
    name = "dailymaverick"
    site_name = "Daily Maverick"
    hosts = ("dailymaverick.co.za",)
    signatures = (r"^Toggle navigation dm-logo Toggle navigation$",)
    timezone = "Africa/Johannesburg"
    lang = "en"
    declared_time = True  # the day is printed, the time is in the metadata

    passes = ("drop", "headline", "breadcrumb", "byline", "dateline", "read_more", "story", "tail", "links", "tags",
              "captions", "photo_text", "trailing", "body")

    drop = (
        Line(r"^(?:DIVE DEEPER \(\d+ MIN\)|SPEED READ|SUMMARY|LISTEN|mm|advertisement)$"),
        Line(r"^Don't want to see this\? Remove ads$"),
    )
    headline = XPath("//div[contains(@class, 'titles')]//h1", "//h1")
    # The section in capitals over the headline: "MIDDLE EAST CRISIS".
    breadcrumb = Breadcrumb(line=Line(r"^(?P<trail>[A-Z][A-Z0-9&' -]{2,40})$"), above=1)
    # Under the headline, its photo's caption (a sentence), then the writer and the day.
    byline = (Byline(_BYLINE, where="header"),)
    dateline = (Dateline(Line(r"^(?P<date>\d{1,2} [A-Z][a-z]+ \d{4})(?: \d+)?$"), where="header"),)
    container = XPath("//div[@id='long-form']//div[contains(@class, 'article-content')]")
    caption = Captions(line=_CAPTION)
    tag_list = TagList(heading=Line(r"^Gallery$"), item=Line(r"^(?!Comments$)\S.{0,40}$"),
                       html=XPath("//div[@id='long-form']//div[contains(@class, 'article-tags')]//li"))
    tail = (Line(r"^Comments$"),)

    # -- passes of the site's own ---------------------------------------------------------

    def pass_headline(self, ctx: Context) -> None:
        """The headline as printed: the metadata's title is another ("ICJ concludes ..."), and
        a dump prints the headline twice (the photo's text, then the heading) over the byline."""
        headline(ctx, self)
        if ctx.found.headline is not None or (b := ctx.first(_BYLINE)) is None:
            return
        for i in range(b - 1, max(0, b - 20), -1):
            if ctx.free(i) and ctx.texts[i] == ctx.texts[i + 1] and ctx.texts[i].count(" ") >= 2:
                take_headline(ctx, self, i, "headline (printed twice)")
                return

    def pass_read_more(self, ctx: Context) -> None:
        mark_read_more(ctx, _READ_MORE, f"{self.rule_name}.read_more", group="Read more")

    def pass_photo_text(self, ctx: Context) -> None:
        """Dumps: a photo's description, on the line right over its caption."""
        if ctx.page is not None:
            return
        for i in range(1, len(ctx)):
            label = ctx.labels[i]
            if label and label[0] is Label.CAPTION and ctx.free(i - 1) and ctx.texts[i - 1].count(" ") < 25 \
                    and ctx.numbers[i - 1] == (ctx.numbers[i] or 0) - 1:
                ctx.mark(i - 1, Label.BOILERPLATE, Why.CAPTION_AGAIN, "the photo's description",
                         f"{self.rule_name}.photo_text")
