"""Lesotho Times (lestimes.com), Maseru: a WordPress site; the story opens with the writer's name."""

from cleanwire.blocks import Label, Why
from cleanwire.sitekit import Breadcrumb, Byline, Context, Dateline, Item, Line, Links, Site, XPath

_TICKER = Line(r"^LATEST$")
_TICKER_HTML = XPath("//div[contains(@class, 'marquee')]")
_NAME = r"[A-Z][\w'’-]+(?: [A-Z][\w'’.-]+){1,3}"


class LesothoTimes(Site):
    name = "lesothotimes"
    site_name = "Lesotho Times"
    hosts = ("lestimes.com", "lestimes.co.ls")
    signatures = (r"^© Copyright \d{4} - Lesotho Times$",)
    timezone = "Africa/Maseru"
    lang = "en"
    declared_time = True  # the day is printed, the time is in the metadata
    # The pages print no tags (the HTML's keywords are not on the page).
    unprinted = frozenset({"tags"})

    drop = (
        Line(r"^Lesotho Times$"),  # the masthead
        Line(r"^\d[\d,]* views \d+ mins? \d+ comments?$"),
        Line(r"^Post navigation$", r"^← .* →$", r"^← ", r" →$"),
    )
    # The categories under the headline: "In Local News, News".
    breadcrumb = Breadcrumb(line=Line(r"^In (?P<trail>[A-Z][^.]{1,80})$", max_words=10), separator=",")
    dateline = (Dateline(Line(r"^(?P<date>[A-Z][a-z]+ \d{1,2}, \d{4})$")),)
    # The writer's name alone on the story's first line: "Mohloai Mpesi"; or "By ...".
    top_window = (1, 15)  # the writer's name under the headline; the menu over it
    byline = (Byline(Line(rf"^(?:By )?(?P<names>{_NAME}(?:(?:,| and| &) {_NAME})*)$", max_words=12), where="header"),)
    container = XPath("//div[contains(@class, 'entry-content')]")
    end = (Line(r"Share on Facebook$"),)
    links = (Links(heading=Line(r"^Related Posts?$"), item=Item(extra=(Line(r"^[A-Z][\w ]+ [A-Z][a-z]+, \d{4}$"),))),)
    tail = (Line(r"^Leave a Reply$"),)

    passes = ("drop", "ticker", "headline", "breadcrumb", "byline", "dateline", "story", "tail", "links", "captions",
              "trailing", "body")

    def pass_ticker(self, ctx: Context) -> None:
        """The "LATEST" ticker over the masthead: the latest headlines, this story's among
        them, on the lines right under it."""
        rule = f"{self.rule_name}.ticker"
        i = ctx.first(_TICKER, 0, 40)
        if i is None:
            return
        ctx.mark(i, Label.BOILERPLATE, Why.WIDGET, "the ticker's heading", rule)
        j = i + 1
        while j < len(ctx) and ctx.free(j) and (ctx.match(_TICKER_HTML, j) or (
                ctx.page is None and ctx.numbers[j] == (ctx.numbers[j - 1] or 0) + 1)):
            ctx.mark(j, Label.BOILERPLATE, Why.WIDGET_ITEM, "a headline in the ticker", rule)
            j += 1
