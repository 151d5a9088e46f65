"""The i newspaper (inews.co.uk)."""

from cleanwire.blocks import Label, Why
from cleanwire.lexicon.people import PERSON_NAMES
from cleanwire.sitekit import (
    SHORT, Byline, Captions, Context, Dateline, Item, Line, Links, Site, TagList, XPath,
)
from cleanwire.sitekit.helpers import take_headline

from cleanwire.sitekit.passes import PASSES


_BYLINE = Line(rf"^By (?P<names>{PERSON_NAMES})$", max_words=16)
_CAPTION = Line(r"\(Photos?: [^()]+\)$", r"\bREUTERS/[\w .'-]+")


class INews(Site):
    name = "inews"
    site_name = "The i Paper"
    hosts = ("inews.co.uk",)
    timezone = "Europe/London"
    lang = "en"
    # The page's breadcrumb metadata names only the home page.
    unprinted = frozenset({"section"})

    passes = ("drop", "headline", "breadcrumb", "byline", "dateline", "job", "story", "tail", "links", "tags",
              "captions", "trailing", "body")
    drop = (Line(r"^author avatar image$"), Line(r"^share via email share via twitter"))
    # The page's social title differs from its printed headline, which is sought from the
    # byline upwards: the lead photo's caption, the standfirst, then the headline.
    headline = XPath("//h1")
    byline = (Byline(_BYLINE, where="any"),)
    dateline = (Dateline(Line(r"^(?P<date>[A-Z][a-z]+ \d{1,2}, \d{4} \d{1,2}:\d{2} [ap]m)"), where="any"),)
    caption = Captions(line=_CAPTION)
    links = (Links(heading=Line(r"^Related Article$"), end=Line(r"^Read More$"),
                   item=Item(kicker=Line(r"^[A-Z][\w &]{0,24}$"), kicker_optional=True)),)
    end = (Line(r"^Additional reporting (?:from|by) "),)
    tag_list = TagList(heading=Line(r"^Topics$"))
    tail = (Line(r"^Most Read By Subscribers$"), Line(r"^More from \w+$"))

    def pass_headline(self, ctx: Context) -> None:
        if ctx.page is None:
            at = ctx.first(_BYLINE)
            above = [] if at is None else [
                i for i in range(at - 1, max(-1, at - 8), -1) if ctx.free(i) and not _CAPTION.match(ctx.texts[i])]
            if len(above) >= 2:
                take_headline(ctx, self, above[1], "headline (above the standfirst)")
                return
        PASSES["headline"](ctx, self)

    def pass_job(self, ctx: Context) -> None:
        """The author's job under the byline ("Freelance sports writer")."""
        for i in range(1, len(ctx)):
            label = ctx.labels[i - 1]
            if label and label[1].code is Why.BYLINE and ctx.free(i) and SHORT.match(ctx.texts[i]):
                ctx.mark(i, Label.METADATA, Why.BYLINE, "the author's job", f"{self.rule_name}.job")
